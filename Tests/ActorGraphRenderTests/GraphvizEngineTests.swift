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

  @Test func aPinnedLayoutKeepsNodesAndEdgesAcrossSnapshots() throws {
    let whole = Self.graph(names: ["Alpha", "Beta", "Gamma", "Delta"])
    let (outputs, layout) = try GraphvizEngine.shared.renderKeepingLayout(DiagramBuilder().diagram(whole), engine: .dot, formats: [.json])
    #expect(layout.nodes["n0"] != nil && layout.nodes["n3"] != nil)
    #expect(layout.edges.count == DiagramBuilder().diagram(whole).edges.count)
    var builder = DiagramBuilder()
    builder.pinned = layout
    var part = whole
    part.edges.removeLast()
    let diagram = builder.diagram(part)
    #expect(diagram.graphAttributes["layout"] == "nop2")
    let placed = try Self.placement(try GraphvizEngine.shared.render(diagram, format: .json))
    let before = try Self.placement(outputs[0])
    #expect(placed.nodes["n0"] != nil)
    #expect(placed.nodes["n0"] == before.nodes["n0"])
    let kept = try #require(part.edges.first)
    let id = "\(kept.source.rawValue)>\(kept.target.rawValue)"
    #expect(placed.edges[id] != nil && placed.edges[id] == before.edges[id])

    // An actor the layout does not know: neato places it and keeps the others where they were
    // relative to each other (it may shift the whole drawing).
    let partial = builder.diagram(Self.graph(names: ["Alpha", "Beta", "Gamma", "Delta", "Omega"]))
    #expect(partial.graphAttributes["layout"] == "neato")
    let moved = try Self.placement(try GraphvizEngine.shared.render(partial, format: .json))
    #expect(moved.nodes["n4"] != nil)
    func offset(_ nodes: [String: String]) -> [Double] {
      let p = [nodes["n0"], nodes["n3"]].map { ($0 ?? "").split(separator: ",").compactMap { Double($0) } }
      return p.allSatisfy { $0.count == 2 } ? [p[1][0] - p[0][0], p[1][1] - p[0][1]] : []
    }
    #expect(offset(moved.nodes).count == 2)
    #expect(zip(offset(moved.nodes), offset(before.nodes)).allSatisfy { abs($0 - $1) < 1 })
  }

  /// Node and edge `pos` strings by node name and "tail>head", from Graphviz's JSON.
  static func placement(_ json: [UInt8]) throws -> (nodes: [String: String], edges: [String: String]) {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
    let objects = object["objects"] as? [[String: Any]] ?? []
    var nodes: [String: String] = [:]
    var names: [Int: String] = [:]
    for node in objects {
      guard let name = node["name"] as? String, let id = node["_gvid"] as? Int else { continue }
      names[id] = name
      nodes[name] = node["pos"] as? String
    }
    var edges: [String: String] = [:]
    for edge in object["edges"] as? [[String: Any]] ?? [] {
      guard let tail = (edge["tail"] as? Int).flatMap({ names[$0] }), let head = (edge["head"] as? Int).flatMap({ names[$0] }) else { continue }
      edges["\(tail)>\(head)"] = edge["pos"] as? String
    }
    return (nodes, edges)
  }

  @Test func cyclesAreReleasedForDot() {
    var diagram = Diagram(name: "g", nodes: ["a", "b", "c"].map { Diagram.Node(name: $0) })
    diagram.edges = [("a", "b"), ("b", "c"), ("c", "a"), ("b", "a")].map { Diagram.Edge(tail: $0.0, head: $0.1, key: "k") }
    DiagramBuilder.releaseCycles(in: &diagram)
    let released = diagram.edges.filter { $0.attributes["constraint"] == "false" }.map { "\($0.tail)>\($0.head)" }
    #expect(Set(released) == ["c>a", "b>a"])
  }
}
