/// A `RelationGraph` with its compact form and the mapping between actor ids and integers.
public struct IndexedGraph: Sendable {
  public let graph: RelationGraph
  public let compact: CompactGraph
  public let ids: [ActorID]
  private let index: [ActorID: Int32]
  /// The `RelationGraph` edge behind each compact edge.
  public let edges: [RelationGraph.Edge]

  public init(_ graph: RelationGraph) {
    self.graph = graph
    ids = Array(Set(graph.edges.flatMap { [$0.source, $0.target] })).sorted()
    index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, Int32($0)) })
    edges = graph.edges
    compact = CompactGraph(graph)
  }

  /// The integer of an actor, if it takes part in an edge.
  public func number(of id: ActorID) -> Int32? { index[id] }

  /// A compact path as graph hops.
  public func hops(of path: CompactPath) -> [RelationGraph.Hop] {
    path.edges.indices.map { i in
      RelationGraph.Hop(from: ids[Int(path.nodes[i])], to: ids[Int(path.nodes[i + 1])], edge: edges[Int(path.edges[i])], forward: path.forward[i])
    }
  }
}
