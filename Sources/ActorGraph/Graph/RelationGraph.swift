/// A typed multigraph of actors: one edge per (source, relation, target), carrying every
/// sentence that asserts it.
///
/// A value type: filtering by date or relation makes a cheap copy.
public struct RelationGraph: Sendable, Hashable {
  /// One relation between two actors, with its evidence.
  public struct Edge: Sendable, Hashable {
    public var source: ActorID
    public var relation: RelationKind
    public var target: ActorID
    /// The most frequent finer subtype among the evidence.
    public var subtype: String
    public var cameo: String?
    public var evidence: [Evidence]

    public init(source: ActorID, relation: RelationKind, target: ActorID, subtype: String, cameo: String? = nil, evidence: [Evidence]) {
      self.source = source
      self.relation = relation
      self.target = target
      self.subtype = subtype
      self.cameo = cameo
      self.evidence = evidence
    }

    /// The number of distinct articles that support the edge.
    public var articleCount: Int { Set(evidence.map(\.article)).count }
    /// The earliest and latest article dates among the evidence.
    public var firstDate: Day? { evidence.compactMap(\.date).min() }
    public var lastDate: Day? { evidence.compactMap(\.date).max() }
  }

  /// Descriptive fields of an article in the graph.
  public struct ArticleInfo: Sendable, Hashable, Codable {
    public var id: String
    public var metadata: ArticleMetadata

    public init(id: String, metadata: ArticleMetadata) {
      self.id = id
      self.metadata = metadata
    }
  }

  public var actors: [ActorID: NewsActor]
  public var edges: [Edge]
  public var articles: [ArticleInfo]

  public init(actors: [ActorID: NewsActor] = [:], edges: [Edge] = [], articles: [ArticleInfo] = []) {
    self.actors = actors
    self.edges = edges
    self.articles = articles
  }

  /// Builds a graph from extractions, merging assertions of the same triple.
  public init(extractions: [Extraction]) {
    var actors: [ActorID: NewsActor] = [:]
    var assertions: [Assertion] = []
    var articles: [ArticleInfo] = []
    for extraction in extractions {
      for actor in extraction.actors { actors[actor.id] = actor }
      assertions += extraction.assertions
      articles.append(ArticleInfo(id: extraction.article.id, metadata: extraction.article.metadata))
    }
    self.init(actors: actors, assertions: assertions, articles: articles)
  }

  /// Builds a graph from actors and assertions, merging assertions of the same triple
  /// (symmetric relations in one canonical order).
  public init(actors: [ActorID: NewsActor], assertions: [Assertion], articles: [ArticleInfo]) {
    struct Key: Hashable { var s: ActorID; var r: RelationKind; var t: ActorID }
    var order: [Key] = []
    var grouped: [Key: [Assertion]] = [:]
    for a in assertions {
      let key = a.relation.isSymmetric ? Key(s: min(a.source, a.target), r: a.relation, t: max(a.source, a.target)) : Key(s: a.source, r: a.relation, t: a.target)
      if grouped[key] == nil { order.append(key) }
      grouped[key, default: []].append(a)
    }
    let edges = order.map { key -> Edge in
      let group = grouped[key]!
      let counts = Dictionary(group.map { ($0.subtype, 1) }, uniquingKeysWith: +)
      let subtype = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
      let evidence = group.map(\.evidence).sorted { ($0.date?.description ?? "", $0.article, $0.start) < ($1.date?.description ?? "", $1.article, $1.start) }
      return Edge(source: key.s, relation: key.r, target: key.t, subtype: subtype, cameo: group.first { $0.subtype == subtype }?.cameo, evidence: evidence)
    }
    self.init(actors: actors, edges: edges.sorted { ($0.source, $0.relation, $0.target) < ($1.source, $1.relation, $1.target) }, articles: articles.sorted { $0.id < $1.id })
  }

  /// The actors that take part in at least one edge, sorted by id.
  public var connectedActors: [NewsActor] {
    let ids = Set(edges.flatMap { [$0.source, $0.target] })
    return ids.compactMap { actors[$0] }.sorted { $0.id < $1.id }
  }

  /// The graph as it stood on a day: only evidence from articles dated on or before it.
  /// Undated evidence is left out.
  public func asOf(_ day: Day) -> RelationGraph {
    filteringEvidence { $0.date.map { $0 <= day } ?? false }
  }

  /// Evidence dated within `from...to` (either bound optional).
  public func between(from: Day?, to: Day?) -> RelationGraph {
    filteringEvidence { e in
      guard let d = e.date else { return from == nil && to == nil }
      return (from.map { d >= $0 } ?? true) && (to.map { d <= $0 } ?? true)
    }
  }

  /// The graph keeping only the evidence `keep` accepts, and the edges left with any.
  public func filteringEvidence(_ keep: (Evidence) -> Bool) -> RelationGraph {
    var copy = self
    copy.edges = edges.compactMap { edge in
      var e = edge
      e.evidence = edge.evidence.filter(keep)
      return e.evidence.isEmpty ? nil : e
    }
    let articleIDs = Set(copy.edges.flatMap { $0.evidence.map(\.article) })
    copy.articles = articles.filter { articleIDs.contains($0.id) }
    return copy
  }

  /// The distinct article dates, in order.
  public var dates: [Day] { Array(Set(articles.compactMap(\.metadata.date))).sorted() }
  /// Articles without a date.
  public var undatedArticles: [ArticleInfo] { articles.filter { $0.metadata.date == nil } }
}
