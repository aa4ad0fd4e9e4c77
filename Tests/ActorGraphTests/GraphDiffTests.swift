import Testing

@testable import ActorGraph

@Suite struct GraphDiffTests {
  static func graph(_ triples: [(String, RelationKind, String, String)]) -> RelationGraph {
    let ids = Set(triples.flatMap { [$0.0, $0.2] })
    let actors = Dictionary(uniqueKeysWithValues: ids.map { (ActorID($0), NewsActor(id: ActorID($0), name: $0.uppercased(), type: .state)) })
    let assertions = triples.map { s, r, t, day in
      Assertion(source: ActorID(s), relation: r, subtype: r.rawValue, target: ActorID(t),
        evidence: Evidence(article: "art-\(day)", date: Day(day), sentence: "\(s) \(r) \(t)", start: 0, end: 1, confidence: 0.9))
    }
    let articles = Set(triples.map(\.3)).map { RelationGraph.ArticleInfo(id: "art-\($0)", metadata: ArticleMetadata(date: Day($0), dateSource: .sidecar)) }
    return RelationGraph(actors: actors, assertions: assertions, articles: articles)
  }

  @Test func addedRemovedFlippedAndActors() {
    let graph = Self.graph([
      ("a", .backs, "b", "2020-01-01"), ("c", .meets, "a", "2020-01-01"),
      ("a", .opposes, "b", "2020-03-01"), ("d", .backs, "a", "2020-03-01"),
    ])
    // A 30-day window: January's edges are gone by March.
    let january = graph.snapshot(on: Day("2020-01-10")!, window: 30)
    let march = graph.snapshot(on: Day("2020-03-05")!, window: 30)
    let diff = january.diff(to: march)
    #expect(diff.flipped.count == 1)
    #expect(diff.flipped.first?.before.relation == .backs)
    #expect(diff.flipped.first?.after.relation == .opposes)
    #expect(diff.added.map { "\($0.source) \($0.relation) \($0.target)" } == ["d backs a"])
    #expect(diff.removed.map { "\($0.source) \($0.relation) \($0.target)" } == ["a meets c"])
    #expect(diff.newActors == ["d"])
    #expect(diff.goneActors == ["c"])
  }

  @Test func cumulativeSnapshotsOnlyGrow() {
    let graph = Self.graph([("a", .backs, "b", "2020-01-01"), ("a", .opposes, "b", "2020-03-01")])
    let diff = graph.snapshot(on: Day("2020-01-01")!).diff(to: graph.snapshot(on: Day("2020-03-01")!))
    #expect(diff.removed.isEmpty)
    #expect(diff.flipped.isEmpty)
    #expect(diff.added.count == 1)
  }

  @Test func dayOrdinalsRoundTrip() {
    for text in ["1970-01-01", "2000-02-29", "2022-09-15", "1999-12-31"] {
      let day = Day(text)!
      #expect(Day(ordinal: day.ordinal) == day)
    }
    #expect(Day(ordinal: Day("2020-03-01")!.ordinal - 1) == Day("2020-02-29"))
  }
}
