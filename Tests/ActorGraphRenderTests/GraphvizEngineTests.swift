import ActorGraph
import Foundation
#if canImport(FoundationXML)
  import FoundationXML
#endif
import Testing

@testable import ActorGraphRender

@Suite struct GraphvizEngineTests {
  static let awkward = [
    "Quote \"in\" name", "Back\\slash", "<angle> & ampersand", "Ердоган", "أردوغان", "土耳其",
    String(repeating: "Very long name ", count: 12),
  ]

  static func graph(names: [String]) -> RelationGraph {
    let actors = names.enumerated().map { NewsActor(id: ActorID("n\($0.offset)"), name: $0.element, type: .organization) }
    let assertions = zip(actors, actors.dropFirst()).map { a, b in
      Assertion(source: a.id, relation: .opposes, subtype: "attacks", target: b.id,
        evidence: Evidence(article: "x", date: Day("2020-01-01"), sentence: "<\(a.name)> & \"\(b.name)\"", start: 0, end: 1, confidence: 0.9))
    }
    let article = RelationGraph.ArticleInfo(id: "x", metadata: ArticleMetadata(date: Day("2020-01-01"), dateSource: .sidecar))
    return RelationGraph(actors: Dictionary(uniqueKeysWithValues: actors.map { ($0.id, $0) }), assertions: assertions, articles: [article])
  }

  @Test func awkwardLabelsSurviveIntoSVGAndDOT() throws {
    let diagram = DiagramBuilder().diagram(Self.graph(names: Self.awkward))
    let svg = String(decoding: try GraphvizEngine.shared.render(diagram, format: .svg), as: UTF8.self)
    let document = try XMLDocument(xmlString: svg)
    let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue).joined(separator: " ")
    for name in Self.awkward where name.count < 30 { #expect(texts.contains(name), "\(name) missing from SVG") }
    let dot = String(decoding: try GraphvizEngine.shared.render(diagram, format: .dot), as: UTF8.self)
    // Parse the DOT back through cgraph: the labels must come out as they went in.
    let reparsed = String(decoding: try GraphvizEngine.shared.render(dot: dot, format: .svg), as: UTF8.self)
    let again = try XMLDocument(xmlString: reparsed).nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue).joined(separator: " ")
    for name in Self.awkward where name.count < 30 { #expect(again.contains(name), "\(name) lost in DOT round trip") }
  }

  @Test func errorsAreTypedAndTheEngineStaysUsable() throws {
    let parse = #expect(throws: GraphvizError.self) { try GraphvizEngine.shared.render(dot: "digraph { a -> ", format: .svg) }
    #expect(parse?.stage == .parse)
    #expect(parse?.message.contains("syntax error") == true)
    let layout = #expect(throws: GraphvizError.self) { try GraphvizEngine.shared.render(dot: "digraph { a -> b }", engine: "no-such-engine", format: .svg) }
    #expect(layout?.stage == .layout)
    let svg = try GraphvizEngine.shared.render(dot: "digraph { a -> b }", format: .svg)
    #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
  }

  @Test func concurrentRendersAreSerialisedSafely() async throws {
    let diagram = DiagramBuilder().diagram(Self.graph(names: ["A", "B", "C"]))
    let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
      for _ in 0..<16 { group.addTask { try GraphvizEngine.shared.render(diagram, format: .svg).count } }
      return try await group.reduce(into: [Int]()) { $0.append($1) }
    }
    #expect(sizes.count == 16)
    #expect(Set(sizes).count == 1)
  }

  @Test func diagramsHaveLegendTooltipsAndTitle() throws {
    let diagram = DiagramBuilder().diagram(Self.graph(names: ["Alpha", "Beta"]))
    let svg = String(decoding: try GraphvizEngine.shared.render(diagram, format: .svg), as: UTF8.self)
    #expect(svg.contains("Legend"))
    #expect(svg.contains("opposes"))
    let document = try XMLDocument(xmlString: svg)
    let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
    #expect(texts.contains("ActorGraph: 2020-01-01, 1 article"))
    let titles = try document.nodes(forXPath: "//@*[local-name()='title']").compactMap(\.stringValue)
    #expect(titles.contains { $0.contains("[x, 2020-01-01] <Alpha> & \"Beta\"") }, "\(titles)")
  }

  @Test func pinnedPositionsKeepTheLayoutAcrossSnapshots() throws {
    let whole = Self.graph(names: ["Alpha", "Beta", "Gamma", "Delta"])
    let positions = try GraphvizEngine.shared.positions(of: DiagramBuilder().diagram(whole), engine: .dot)
    #expect(positions["n0"] != nil && positions["n3"] != nil)
    var builder = DiagramBuilder()
    builder.positions = positions
    var part = whole
    part.edges.removeLast()
    let json = try GraphvizEngine.shared.render(builder.diagram(part), engine: .neato, format: .json)
    let object = try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any]
    let placed = (object?["objects"] as? [[String: Any]] ?? []).filter { ($0["name"] as? String) == "n0" }
    let pos = (placed.first?["pos"] as? String)?.split(separator: ",").compactMap { Double($0) } ?? []
    #expect(pos.count == 2)
    if pos.count == 2, let expected = positions["n0"] {
      #expect(abs(pos[0] - expected.x) < 1 && abs(pos[1] - expected.y) < 1)
    }
  }

  @Test func cyclesAreReleasedForDot() {
    var diagram = Diagram(name: "g", nodes: ["a", "b", "c"].map { Diagram.Node(name: $0) })
    diagram.edges = [("a", "b"), ("b", "c"), ("c", "a"), ("b", "a")].map { Diagram.Edge(tail: $0.0, head: $0.1, key: "k") }
    DiagramBuilder.releaseCycles(in: &diagram)
    let released = diagram.edges.filter { $0.attributes["constraint"] == "false" }.map { "\($0.tail)>\($0.head)" }
    #expect(Set(released) == ["c>a", "b>a"])
  }
}
