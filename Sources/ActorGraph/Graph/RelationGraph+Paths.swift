extension RelationGraph {
  /// One step of a path: the edge taken and whether it was walked along its direction.
  public struct Hop: Sendable, Hashable {
    public var from: ActorID
    public var to: ActorID
    public var edge: Edge
    /// False when the hop walks the edge from its target to its source.
    public var forward: Bool
  }

  /// The shortest connection between two actors, edges taken in either direction; among paths
  /// of the same length, the one whose edges have the most supporting articles.
  /// - Returns: the hops in order, or nil when the two are not connected. Empty when `from == to`.
  /// - Complexity: a bidirectional breadth-first search over the compact form of the graph.
  public func shortestPath(from: ActorID, to: ActorID, filter: CompactGraph.Filter = .init()) -> [Hop]? {
    if from == to { return [] }
    let indexed = IndexedGraph(self)
    guard let a = indexed.number(of: from), let b = indexed.number(of: to),
      let path = PathSearch(indexed.compact).shortestPath(from: a, to: b, filter: filter)
    else { return nil }
    return indexed.hops(of: path)
  }
}
