import ActorGraph
import Foundation
import Testing

@testable import ActorGraphRender

/// ActorGraph's Graphviz plugins (the SVG shape writer and the text-measure cache) must change
/// nothing but speed: their output is checked byte for byte against Graphviz as installed.
@Suite struct GraphvizPluginTests {
  static let reference = GraphvizEngine(plugins: .graphvizOnly)

  @Test func numbersArePrintedAsGraphvizPrintsThem() {
    var values: [Double] = [
      0, -0.0, 1e-9, -1e-9, 1e-8, -1e-8, 0.004, -0.004, 0.005, -0.005, 0.006, -0.006, 0.125, -0.125, 0.375, 2.675,
      1.005, 1.015, 10, -10, 99.995, 100, 123456.785, 1e9, -1e9, 1e12, 1e300, .infinity, -.infinity, .nan,
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 { values.append(Double.random(in: -5000...5000, using: &generator)) }
    for thousandths in -20_000...20_000 { values.append(Double(thousandths) / 1000) }
    for eighths in -2000...2000 { values.append(Double(eighths) / 8) }
    var mismatches: [String] = []
    for value in values {
      var fast: [UInt8] = []
      var printed: [UInt8] = []
      GraphvizNumber.append(value, to: &fast)
      let graphviz = value > -1e-8 && value < 1e-8 ? 0 : value
      GraphvizNumber.appendPrinted(graphviz, to: &printed)
      if fast != printed { mismatches.append("\(value): \(String(decoding: fast, as: UTF8.self)) vs \(String(decoding: printed, as: UTF8.self))") }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
  }

  /// Every shape, fill, stroke style, colour kind and text the plugins see, and those they hand
  /// back to Graphviz (gradients, labels along edges).
  static let shapes = #"""
    digraph shapes {
      graph [label="Shapes & <styles>", fontname=Helvetica, bgcolor="#ffffff80"]
      node [fontname=Helvetica]
      a [shape=box, style="rounded,filled", fillcolor="#fff2cc", color="#a68a2e", label="Rounded \"box\""]
      b [shape=ellipse, style=filled, fillcolor="#d9ead380", color=navy, penwidth=2.5, label="Ердоган"]
      c [shape=tab, style="filled,dashed", fillcolor=lightblue, label="أردوغان"]
      d [shape=hexagon, style=dotted, color="#00000000", label="土耳其"]
      e [shape=box, style=filled, fillcolor="red:blue", label="gradient"]
      f [shape=ellipse, style=radial, fillcolor="white:gray", label="radial"]
      g [shape=point, width=0.1]
      a -> b [color="#c62828", penwidth=4.6, arrowhead=tee, label="×4"]
      b -> c [color="#1565c080", style=dashed, dir=both, arrowtail=odiamond]
      c -> d [style=dotted, arrowhead=box]
      d -> e [arrowhead=inv, headlabel="head", taillabel="tail"]
      e -> f [labelangle=30, xlabel="x&y"]
      f -> g [arrowhead=crow]
      g -> a [arrowhead=none, style=bold]
    }
    """#

  @Test(arguments: [LayoutEngine.dot, .neato])
  func svgIsByteForByteGraphvizs(engine: LayoutEngine) throws {
    let ours = try GraphvizEngine.shared.render(dot: Self.shapes, engine: engine.rawValue, format: .svg)
    let graphviz = try Self.reference.render(dot: Self.shapes, engine: engine.rawValue, format: .svg)
    // Graphviz numbers gradients from a counter that lives as long as the process.
    let gradientIDs = /(url\(#|id=")([lr])_\d+/
    let mine = String(decoding: ours, as: UTF8.self).replacing(gradientIDs) { "\($0.output.1)\($0.output.2)_N" }
    let theirs = String(decoding: graphviz, as: UTF8.self).replacing(gradientIDs) { "\($0.output.1)\($0.output.2)_N" }
    #expect(mine.contains("<path") && mine.contains("<polyline") && mine.contains("<ellipse") && mine.contains("linearGradient"))
    #expect(Self.firstDifference(mine, theirs) == nil)
  }

  /// Where two outputs part, with some context; nil when they are the same.
  static func firstDifference(_ a: String, _ b: String) -> String? {
    guard a != b else { return nil }
    let common = zip(a.utf8, b.utf8).prefix { $0 == $1 }.count
    return "at byte \(common): \(String(decoding: a.utf8.dropFirst(max(0, common - 60)).prefix(120), as: UTF8.self)) | \(String(decoding: b.utf8.dropFirst(max(0, common - 60)).prefix(120), as: UTF8.self))"
  }

  @Test func diagramsAreByteForByteGraphvizs() throws {
    let diagram = DiagramBuilder().diagram(GraphvizEngineTests.graph(names: GraphvizEngineTests.awkward + ["Alpha", "Beta"]))
    for format in [OutputFormat.svg, .json, .layoutDot] {
      // Twice through the shared engine: the second time text sizes come from the cache.
      let first = try GraphvizEngine.shared.render(diagram, format: format)
      let second = try GraphvizEngine.shared.render(diagram, format: format)
      let graphviz = try Self.reference.render(diagram, format: format)
      let expected = String(decoding: graphviz, as: UTF8.self)
      #expect(Self.firstDifference(String(decoding: first, as: UTF8.self), expected) == nil, "\(format)")
      #expect(Self.firstDifference(String(decoding: second, as: UTF8.self), expected) == nil, "\(format), text sizes cached")
    }
  }

  @Test(arguments: [nil, 5] as [Int?])
  func pinnedSnapshotsAreByteForByteGraphvizs(window: Int?) throws {
    // Snapshots are drawn by neato's `nop2` in the whole graph's places: SVG, JSON and the DOT
    // that writes the layout back must all be Graphviz's.
    for (index, diagram) in try DiagramSeriesTests.snapshots(window: window).enumerated() where index % 3 == 0 {
      for format in [OutputFormat.svg, .json, .layoutDot] {
        let ours = String(decoding: try GraphvizEngine.shared.render(diagram, format: format), as: UTF8.self)
        let graphviz = String(decoding: try Self.reference.render(diagram, format: format), as: UTF8.self)
        #expect(Self.firstDifference(ours, graphviz) == nil, "snapshot \(index), \(format)")
      }
    }
  }

  @Test func theSharedEngineUsesThePlugins() throws {
    let diagram = DiagramBuilder().diagram(GraphvizEngineTests.graph(names: ["Alpha", "Beta", "Gamma"]))
    let shapes = SVGRenderPlugin.shapesWritten
    _ = try GraphvizEngine.shared.render(diagram, format: .svg)
    #expect(SVGRenderPlugin.shapesWritten > shapes)
    #expect(TextMeasureCache.count > 0)
  }

  @Test func pngAndPDFStillDrawText() throws {
    let diagram = DiagramBuilder().diagram(GraphvizEngineTests.graph(names: ["Alpha", "Beta"]))
    // Measure through the cache first, then draw with cairo, which needs pango's layouts.
    _ = try GraphvizEngine.shared.render(diagram, format: .svg)
    let outputs = try GraphvizEngine.shared.render(diagram, formats: [.png, .pdf])
    let reference = try Self.reference.render(diagram, formats: [.png, .pdf])
    #expect(outputs[0].starts(with: [0x89, 0x50, 0x4E, 0x47]))
    #expect(outputs[0].count == reference[0].count)
    #expect(String(decoding: outputs[1].prefix(5), as: UTF8.self) == "%PDF-")
    #expect(abs(outputs[1].count - reference[1].count) < 64)
  }
}
