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
  /// - Complexity: O(V² + E); enough for article graphs, not for million-actor ones.
  public func shortestPath(from: ActorID, to: ActorID) -> [Hop]? {
    if from == to { return [] }
    var adjacency: [ActorID: [(ActorID, Int, Bool)]] = [:]
    for (index, edge) in edges.enumerated() {
      adjacency[edge.source, default: []].append((edge.target, index, true))
      adjacency[edge.target, default: []].append((edge.source, index, false))
    }
    // Cost: hops first, then fewer articles costs more.
    var best: [ActorID: (hops: Int, articles: Int)] = [from: (0, 0)]
    var previous: [ActorID: (ActorID, Int, Bool)] = [:]
    var frontier: [(ActorID, Int, Int)] = [(from, 0, 0)]
    while !frontier.isEmpty {
      let index = frontier.indices.min { (frontier[$0].1, -frontier[$0].2, frontier[$0].0) < (frontier[$1].1, -frontier[$1].2, frontier[$1].0) }!
      let (node, hops, articles) = frontier.remove(at: index)
      if let known = best[node], (known.hops, -known.articles) < (hops, -articles) { continue }
      if node == to { break }
      for (next, edgeIndex, forward) in adjacency[node] ?? [] {
        let candidate = (hops: hops + 1, articles: articles + edges[edgeIndex].articleCount)
        if let known = best[next], (known.hops, -known.articles) <= (candidate.hops, -candidate.articles) { continue }
        best[next] = candidate
        previous[next] = (node, edgeIndex, forward)
        frontier.append((next, candidate.hops, candidate.articles))
      }
    }
    guard previous[to] != nil else { return nil }
    var hops: [Hop] = []
    var node = to
    while node != from, let (before, edgeIndex, forward) = previous[node] {
      hops.append(Hop(from: before, to: node, edge: edges[edgeIndex], forward: forward))
      node = before
    }
    return hops.reversed()
  }
}
