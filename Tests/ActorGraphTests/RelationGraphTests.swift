import Testing

@testable import ActorGraph

@Suite struct RelationGraphTests {
  /// A small graph with known answers: a backs b (2 articles), b opposes c, a meets d, d opposes c.
  static func sample() -> RelationGraph {
    func actor(_ id: String, _ type: ActorType = .state) -> NewsActor { NewsActor(id: ActorID(id), name: id.uppercased(), type: type) }
    func assertion(_ s: String, _ r: RelationKind, _ t: String, _ article: String, _ date: String) -> Assertion {
      Assertion(source: ActorID(s), relation: r, subtype: r.rawValue, target: ActorID(t),
        evidence: Evidence(article: article, date: Day(date), sentence: "\(s) \(r) \(t)", start: 0, end: 5, confidence: 0.9))
    }
    let actors = Dictionary(uniqueKeysWithValues: ["a", "b", "c", "d", "e"].map { (ActorID($0), actor($0)) })
    return RelationGraph(
      actors: actors,
      assertions: [
        assertion("a", .backs, "b", "x1", "2020-01-01"), assertion("a", .backs, "b", "x2", "2020-02-01"),
        assertion("b", .opposes, "c", "x2", "2020-02-01"), assertion("d", .meets, "a", "x3", "2020-03-01"),
        assertion("d", .opposes, "c", "x3", "2020-03-01"),
      ],
      articles: [])
  }

  @Test func parallelAssertionsMergeIntoOneEdge() {
    let graph = Self.sample()
    #expect(graph.edges.count == 4)
    #expect(graph.edges.first { $0.source == "a" && $0.relation == .backs }?.articleCount == 2)
  }

  @Test func shortestPathPrefersBetterSupportedEdgesOnTies() throws {
    let graph = Self.sample()
    let path = try #require(graph.shortestPath(from: "a", to: "c"))
    #expect(path.map(\.to) == ["b", "c"])
    #expect(path[0].forward)
    #expect(graph.shortestPath(from: "a", to: "e") == nil)
  }

  @Test func asOfKeepsOnlyEvidenceUpToTheDay() {
    let graph = Self.sample().asOf(Day("2020-02-01")!)
    #expect(graph.edges.count == 2)
    #expect(graph.edges.first { $0.relation == .backs }?.articleCount == 2)
  }

  @Test func egoViewHoldsExactlyTheActorsWithinNHops() {
    let graph = Self.sample()
    #expect(graph.neighbourhood(of: "b", hops: 1) == ["a", "b", "c"])
    #expect(graph.neighbourhood(of: "b", hops: 2) == ["a", "b", "c", "d"])
    let view = graph.applying(GraphView(focus: "b", hops: 1))
    #expect(Set(view.connectedActors.map(\.id)) == ["a", "b", "c"])
  }

  @Test func unknownActorsGetTheClosestNames() {
    let lookup = ActorLookup(graph: Self.sample())
    #expect((try? lookup.resolve("the a")) == "a")
    #expect(throws: QueryError.unknownActor(name: "zz", suggestions: ["A", "B", "C"])) { try lookup.resolve("zz") }
  }
}
