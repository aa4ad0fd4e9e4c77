import Testing

@testable import ActorGraph

/// Path and ranking queries on a small graph whose answers are known by hand.
///
///     a --backs--> b --backs--> d          a --opposes--> c --meets-- d
///     a --backs--> e --backs--> f --backs--> d      (a 3-hop route)
///     b has 3 articles on a->b; c's edges have 1.
@Suite struct PathQueryTests {
  static let graph: RelationGraph = {
    func assertion(_ s: String, _ r: RelationKind, _ t: String, _ articles: Int, _ day: String = "2020-01-01") -> [Assertion] {
      (0..<articles).map { i in
        Assertion(source: ActorID(s), relation: r, subtype: r.rawValue, target: ActorID(t),
          evidence: Evidence(article: "\(s)\(t)\(i)", date: Day(day), sentence: "\(s) \(r) \(t)", start: 0, end: 1, confidence: 0.9))
      }
    }
    let names = ["a", "b", "c", "d", "e", "f"]
    let actors = Dictionary(uniqueKeysWithValues: names.map { (ActorID($0), NewsActor(id: ActorID($0), name: $0, type: .state)) })
    let assertions =
      assertion("a", .backs, "b", 3) + assertion("b", .backs, "d", 1) + assertion("a", .opposes, "c", 1)
      + assertion("c", .meets, "d", 1, "2021-06-01") + assertion("a", .backs, "e", 1) + assertion("e", .backs, "f", 1) + assertion("f", .backs, "d", 1)
    return RelationGraph(actors: actors, assertions: assertions, articles: [])
  }()

  func route(_ path: CompactPath, _ indexed: IndexedGraph) -> String { path.nodes.map { indexed.ids[Int($0)].rawValue }.joined() }

  @Test func kShortestPathsComeInOrderWithTiesByArticles() throws {
    let indexed = IndexedGraph(Self.graph)
    let search = PathSearch(indexed.compact)
    let paths = search.kShortestPaths(from: indexed.number(of: "a")!, to: indexed.number(of: "d")!, k: 5)
    #expect(paths.map { route($0, indexed) } == ["abd", "acd", "aefd"])
    #expect(paths.map(\.hops) == [2, 2, 3])
  }

  @Test func hopCapAndLimit() {
    let indexed = IndexedGraph(Self.graph)
    let search = PathSearch(indexed.compact)
    let (a, d) = (indexed.number(of: "a")!, indexed.number(of: "d")!)
    #expect(search.allPaths(from: a, to: d, maxHops: 2, limit: 10).paths.count == 2)
    let all = search.allPaths(from: a, to: d, maxHops: 3, limit: 10)
    #expect(all.paths.count == 3 && !all.capped)
    let capped = search.allPaths(from: a, to: d, maxHops: 3, limit: 2)
    #expect(capped.paths.count == 2 && capped.capped)
  }

  @Test func relationSignAndDirectionFilters() {
    let indexed = IndexedGraph(Self.graph)
    let search = PathSearch(indexed.compact)
    let (a, d) = (indexed.number(of: "a")!, indexed.number(of: "d")!)
    let cooperative = search.shortestPath(from: a, to: d, filter: .init(sign: .cooperative))
    #expect(cooperative.map { route($0, indexed) } == "abd")
    let hostileOnly = search.shortestPath(from: a, to: d, filter: .init(sign: .hostile))
    #expect(hostileOnly == nil)
    let viaMeets = search.shortestPath(from: a, to: d, filter: .init(relations: [.opposes, .meets]))
    #expect(viaMeets.map { route($0, indexed) } == "acd")
    // Directed: d cannot reach a along the edges' directions.
    #expect(search.shortestPath(from: d, to: a, filter: .init(directed: true)) == nil)
    #expect(search.shortestPath(from: a, to: d, filter: .init(directed: true)) != nil)
  }

  @Test func asOfDropsLaterEdges() {
    let early = Self.graph.asOf(Day("2020-12-31")!)
    let indexed = IndexedGraph(early)
    let paths = PathSearch(indexed.compact).kShortestPaths(from: indexed.number(of: "a")!, to: indexed.number(of: "d")!, k: 5)
    #expect(paths.map { route($0, indexed) } == ["abd", "aefd"])
  }

  @Test func balanceFindsTheUnbalancedTriad() {
    // a backs b, b backs d, a opposes ... add d opposes a: (+,+,-) on a,b,d.
    var graph = Self.graph
    let extra = Assertion(source: "d", relation: .opposes, subtype: "attacks", target: "a",
      evidence: Evidence(article: "x", date: Day("2020-01-01"), sentence: "d opposes a", start: 0, end: 1, confidence: 0.9))
    graph = RelationGraph(actors: graph.actors, assertions: graph.edges.flatMap { e in e.evidence.map { Assertion(source: e.source, relation: e.relation, subtype: e.subtype, target: e.target, evidence: $0) } } + [extra], articles: [])
    let triads = graph.unbalancedTriads()
    #expect(triads.map { $0.actors.map(\.rawValue).joined() } == ["abd"])
    #expect(graph.partners(of: "a", sign: .hostile).map(\.actor).sorted() == ["c", "d"])
    #expect(graph.partners(of: "a", sign: .cooperative).map(\.actor) == ["b", "e"])
  }

  @Test func betweennessOnAPathGraph() {
    // x - y - z: y lies on the one shortest path between x and z.
    let actors = Dictionary(uniqueKeysWithValues: ["x", "y", "z"].map { (ActorID($0), NewsActor(id: ActorID($0), name: $0, type: .state)) })
    let evidence = Evidence(article: "p", date: nil, sentence: "", start: 0, end: 0, confidence: 1)
    let graph = RelationGraph(actors: actors, assertions: [
      Assertion(source: "x", relation: .meets, subtype: "meets", target: "y", evidence: evidence),
      Assertion(source: "y", relation: .backs, subtype: "backs", target: "z", evidence: evidence),
      Assertion(source: "y", relation: .meets, subtype: "meets", target: "z", evidence: evidence),
    ], articles: [])
    let indexed = IndexedGraph(graph)
    let scores = indexed.compact.betweenness()
    #expect(scores[Int(indexed.number(of: "y")!)] == 1)
    #expect(scores[Int(indexed.number(of: "x")!)] == 0)
    #expect(indexed.compact.degrees()[Int(indexed.number(of: "y")!)] == 3)
  }

  @Test func scaleFreeGeneratorIsSeeded() {
    let a = SyntheticGraph.scaleFreeEdges(actors: 500, perActor: 3, seed: 7)
    let b = SyntheticGraph.scaleFreeEdges(actors: 500, perActor: 3, seed: 7)
    #expect(a.map(\.0) == b.map(\.0) && a.map(\.2) == b.map(\.2))
    #expect(a.count == 6 + (500 - 4) * 3)
  }
}
