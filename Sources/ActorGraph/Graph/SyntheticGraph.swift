/// A small, fast, seeded random number generator (SplitMix64), so benchmarks and tests build
/// the same graphs on every run.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Scale-free random graphs (preferential attachment) for benchmarks and tests.
public enum SyntheticGraph {
  /// Edges of a scale-free graph: each new actor links to `perActor` earlier ones chosen in
  /// proportion to their degree (Barabási–Albert), so a few hubs have many edges.
  /// - Returns: (source, relation, target, day offset) for each edge, actors numbered from 0.
  public static func scaleFreeEdges(actors: Int, perActor: Int, seed: UInt64) -> [(Int32, RelationKind, Int32, Int32)] {
    var rng = SeededGenerator(seed: seed)
    var endpoints: [Int32] = []
    endpoints.reserveCapacity(actors * perActor * 2)
    var edges: [(Int32, RelationKind, Int32, Int32)] = []
    edges.reserveCapacity(actors * perActor)
    let relations = RelationKind.allCases
    let start = min(actors, perActor + 1)
    for a in 0..<start {
      for b in 0..<a {
        edges.append((Int32(a), relations[Int(rng.next() % UInt64(relations.count))], Int32(b), Int32(rng.next() % 3650)))
        endpoints += [Int32(a), Int32(b)]
      }
    }
    guard start < actors else { return edges }
    for a in start..<actors {
      for _ in 0..<perActor {
        let b = endpoints[Int(rng.next() % UInt64(endpoints.count))]
        edges.append((Int32(a), relations[Int(rng.next() % UInt64(relations.count))], b, Int32(rng.next() % 3650)))
        endpoints.append(Int32(a))
        endpoints.append(b)
      }
    }
    return edges
  }

  /// A small article-like graph: `actors` actors of mixed types and about twice as many edges,
  /// each with one piece of evidence, for rendering benchmarks.
  public static func diagramGraph(actors: Int, seed: UInt64) -> RelationGraph {
    var rng = SeededGenerator(seed: seed)
    let types = ActorType.allCases.filter { $0 != .location }
    var table: [ActorID: NewsActor] = [:]
    for i in 0..<actors {
      let id = ActorID("actor-\(i)")
      table[id] = NewsActor(id: id, name: "Actor \(i) \(["Front", "Council", "Republic", "Brigade"][i % 4])", type: types[i % types.count])
    }
    let day = Day(ordinal: 18000 + Int(seed % 1000))
    let assertions = scaleFreeEdges(actors: actors, perActor: 2, seed: seed).map { s, r, t, _ in
      Assertion(
        source: ActorID("actor-\(s)"), relation: r, subtype: r.rawValue, target: ActorID("actor-\(t)"),
        evidence: Evidence(article: "a\(rng.next() % 50)", date: day, sentence: "Actor \(s) \(r.rawValue) actor \(t).", start: 0, end: 20, confidence: 0.9))
    }
    return RelationGraph(actors: table, assertions: assertions, articles: [RelationGraph.ArticleInfo(id: "a", metadata: ArticleMetadata(date: day, dateSource: .sidecar))])
  }

  /// A graph that grows over `days` article dates, for snapshot benchmarks: the edges of
  /// `diagramGraph` appear over the first tenth of the days (each in its own article), then
  /// every later day one article adds support to an edge already there, so each date has a
  /// snapshot and later snapshots hold all `actors` actors.
  public static func timelineGraph(actors: Int, days: Int, seed: UInt64) -> RelationGraph {
    var rng = SeededGenerator(seed: seed)
    let base = diagramGraph(actors: actors, seed: seed)
    let first = Day(ordinal: 18000)
    let opening = max(1, days / 10)
    var articles: [RelationGraph.ArticleInfo] = []
    func evidence(_ edge: RelationGraph.Edge, day: Int) -> Evidence {
      let date = Day(ordinal: first.ordinal + day)
      let id = "t\(articles.count)"
      articles.append(RelationGraph.ArticleInfo(id: id, metadata: ArticleMetadata(date: date, dateSource: .sidecar)))
      return Evidence(article: id, date: date, sentence: "\(edge.source) \(edge.relation.rawValue) \(edge.target).", start: 0, end: 20, confidence: 0.9)
    }
    var edges = base.edges
    for index in edges.indices { edges[index].evidence = [evidence(edges[index], day: index % opening)] }
    for day in opening..<max(opening, days) where !edges.isEmpty {
      let index = Int(rng.next() % UInt64(edges.count))
      edges[index].evidence.append(evidence(edges[index], day: day))
    }
    return RelationGraph(actors: base.actors, edges: edges, articles: articles)
  }
}
