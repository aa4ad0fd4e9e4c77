extension RelationGraph {
  /// Three actors whose signed relations do not balance: two cooperative ties and one hostile
  /// ("A backs B, B backs C, A opposes C"), or all three hostile.
  public struct UnbalancedTriad: Sendable {
    public var actors: [ActorID]
    /// The edges that make it, one per pair.
    public var edges: [Edge]
    /// Supporting articles over the three edges.
    public var support: Int { edges.reduce(0) { $0 + $1.articleCount } }
  }

  /// The sign between two actors, whatever the direction: nil when they have no signed edge
  /// or edges of both signs.
  func pairSigns() -> [Pair: (sign: RelationSign, edges: [Edge])] {
    var result: [Pair: (sign: RelationSign, edges: [Edge])] = [:]
    var mixed: Set<Pair> = []
    for edge in edges where edge.relation.sign != .neutral && edge.source != edge.target {
      let pair = Pair(edge.source, edge.target)
      if let current = result[pair] {
        if current.sign != edge.relation.sign { mixed.insert(pair) }
        result[pair]?.edges.append(edge)
      } else {
        result[pair] = (edge.relation.sign, [edge])
      }
    }
    for pair in mixed { result[pair] = nil }
    return result
  }

  /// An unordered pair of actors.
  struct Pair: Hashable {
    let a: ActorID
    let b: ActorID
    init(_ x: ActorID, _ y: ActorID) { (a, b) = x < y ? (x, y) : (y, x) }
  }

  /// Unbalanced triads, most supported first. Pairs with edges of both signs are left out.
  /// - Complexity: O(Σ degree²) over actors.
  public func unbalancedTriads() -> [UnbalancedTriad] {
    let signs = pairSigns()
    var neighbours: [ActorID: Set<ActorID>] = [:]
    for pair in signs.keys {
      neighbours[pair.a, default: []].insert(pair.b)
      neighbours[pair.b, default: []].insert(pair.a)
    }
    var triads: [UnbalancedTriad] = []
    for (a, around) in neighbours {
      for b in around where a < b {
        for c in neighbours[b] ?? [] where b < c && around.contains(c) {
          let ab = signs[Pair(a, b)]!, bc = signs[Pair(b, c)]!, ac = signs[Pair(a, c)]!
          let hostile = [ab, bc, ac].filter { $0.sign == .hostile }.count
          guard hostile == 1 || hostile == 3 else { continue }
          let strongest = { (edges: [Edge]) in edges.max { $0.articleCount < $1.articleCount }! }
          triads.append(UnbalancedTriad(actors: [a, b, c], edges: [strongest(ab.edges), strongest(bc.edges), strongest(ac.edges)]))
        }
      }
    }
    return triads.sorted { ($0.support, $1.actors.map(\.rawValue).joined()) > ($1.support, $0.actors.map(\.rawValue).joined()) }
  }

  /// Actors tied to `actor` by a cooperative relation and by no hostile one, with the edges,
  /// most supported first (`rivals`: the reverse).
  public func partners(of actor: ActorID, sign: RelationSign) -> [(actor: ActorID, edges: [Edge])] {
    pairSigns().compactMap { pair, value -> (ActorID, [Edge])? in
      guard value.sign == sign, pair.a == actor || pair.b == actor else { return nil }
      return (pair.a == actor ? pair.b : pair.a, value.edges)
    }
    .sorted { ($0.1.reduce(0) { $0 + $1.articleCount }, $1.0) > ($1.1.reduce(0) { $0 + $1.articleCount }, $0.0) }
  }
}
