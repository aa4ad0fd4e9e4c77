/// Which part of a graph to show or query: a date range, relations, actor types, a minimum of
/// supporting articles, and an ego neighbourhood.
public struct GraphView: Sendable, Hashable {
  public var from: Day?
  public var to: Day?
  public var relations: Set<RelationKind>?
  public var types: Set<ActorType>?
  public var minArticles: Int
  public var focus: ActorID?
  public var hops: Int

  public init(
    from: Day? = nil, to: Day? = nil, relations: Set<RelationKind>? = nil, types: Set<ActorType>? = nil, minArticles: Int = 1,
    focus: ActorID? = nil, hops: Int = 1
  ) {
    self.from = from
    self.to = to
    self.relations = relations
    self.types = types
    self.minArticles = minArticles
    self.focus = focus
    self.hops = hops
  }
}

extension RelationGraph {
  /// The part of the graph a view selects.
  public func applying(_ view: GraphView) -> RelationGraph {
    var g = (view.from != nil || view.to != nil) ? between(from: view.from, to: view.to) : self
    g.edges = g.edges.filter { edge in
      (view.relations.map { $0.contains(edge.relation) } ?? true) && edge.articleCount >= view.minArticles
        && (view.types.map { types in [edge.source, edge.target].allSatisfy { g.actors[$0].map { types.contains($0.type) } ?? false } } ?? true)
    }
    if let focus = view.focus {
      let keep = g.neighbourhood(of: focus, hops: view.hops)
      g.edges = g.edges.filter { keep.contains($0.source) && keep.contains($0.target) }
    }
    return g
  }

  /// The actors within `hops` edges of `center`, whatever the edges' direction, `center` included.
  /// - Complexity: O(E × hops).
  public func neighbourhood(of center: ActorID, hops: Int) -> Set<ActorID> {
    var seen: Set<ActorID> = [center]
    var frontier: Set<ActorID> = [center]
    for _ in 0..<max(0, hops) {
      var next: Set<ActorID> = []
      for edge in edges {
        if frontier.contains(edge.source), !seen.contains(edge.target) { next.insert(edge.target) }
        if frontier.contains(edge.target), !seen.contains(edge.source) { next.insert(edge.source) }
      }
      seen.formUnion(next)
      frontier = next
    }
    return seen
  }
}
