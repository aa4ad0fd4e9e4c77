/// A `RelationGraph` with its compact form (`CompactGraph`) and the mapping between actor ids
/// and the compact graph's integers.
public struct IndexedGraph: Sendable {
  public let graph: RelationGraph
  public let compact: CompactGraph
  public let ids: [ActorID]
  private let index: [ActorID: Int32]
  /// The `RelationGraph` edge behind each compact edge.
  public let edges: [RelationGraph.Edge]

  public init(_ graph: RelationGraph) {
    self.graph = graph
    let ids = Array(Set(graph.edges.flatMap { [$0.source, $0.target] })).sorted()
    let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, Int32($0)) })
    self.ids = ids
    self.index = index
    edges = graph.edges
    compact = CompactGraph(
      nodeCount: ids.count, sources: graph.edges.map { index[$0.source]! }, targets: graph.edges.map { index[$0.target]! },
      relations: graph.edges.map(\.relation), weights: graph.edges.map { Int32($0.articleCount) })
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
