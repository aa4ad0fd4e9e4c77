import CGraphviz
import Foundation

/// Graphviz layout engines.
public enum LayoutEngine: String, Sendable, CaseIterable {
  case dot, neato, fdp, sfdp, circo, twopi
}

/// Output formats, all written by gvc.
public enum OutputFormat: String, Sendable, CaseIterable {
  /// Canonical DOT, without layout (`-Tcanon`).
  case dot
  /// DOT with layout positions (`-Tdot`).
  case layoutDot = "dot-layout"
  case svg, png, pdf
  /// Graphviz's JSON with coordinates.
  case json

  /// Whether Graphviz draws this format's text with cairo from pango's layouts, which the
  /// text-measure cache does not keep.
  var drawsTextWithCairo: Bool { self == .png || self == .pdf }

  /// The gvc format name.
  var gvcName: String {
    switch self {
    case .dot: return "canon"
    case .layoutDot: return "dot"
    case .json: return "json"
    default: return rawValue
    }
  }
}

extension GraphvizEngine {
  /// Lays out and renders a diagram.
  /// - Parameter engine: the layout engine; nil for the diagram's own `layout` attribute (as
  ///   Graphviz's programs read it), else `dot`.
  /// - Throws: `GraphvizError` naming the stage (build, layout, render) and Graphviz's message;
  ///   the engine stays usable after an error.
  public func render(_ diagram: Diagram, engine: LayoutEngine? = nil, format: OutputFormat) throws(GraphvizError) -> [UInt8] {
    try render(diagram, engine: engine, formats: [format])[0]
  }

  /// Lays a diagram out once and writes it in several formats from that one layout, so the
  /// outputs agree with each other (Graphviz 2.43's `dot` can lay the same graph out
  /// differently the second time in a process).
  /// - Parameter engine: as for `render(_:engine:format:)`.
  /// - Throws: `GraphvizError` naming the stage.
  public func render(_ diagram: Diagram, engine: LayoutEngine? = nil, formats: [OutputFormat]) throws(GraphvizError) -> [[UInt8]] {
    try withLaidOut(diagram, engine: engine, formats: formats) { (gvc, g) throws(GraphvizError) in try Self.renderLaidOut(gvc, g, formats: formats) }
  }

  /// Builds the diagram, lays it out in the context that can write `formats`, and runs `body` on
  /// the laid-out graph; the layout and the graph are freed afterwards. Canonical DOT alone
  /// needs no layout, and gets none.
  func withLaidOut<T>(
    _ diagram: Diagram, engine: LayoutEngine?, formats: [OutputFormat],
    _ body: (OpaquePointer, UnsafeMutablePointer<Agraph_t>) throws(GraphvizError) -> T
  ) throws(GraphvizError) -> T {
    try withContext(for: formats) { (gvc) throws(GraphvizError) -> T in
      let graph = try CGraph(name: diagram.name)
      return try graph.withUnsafeGraph { (g) throws(GraphvizError) -> T in
        try Self.build(diagram, into: g)
        if formats.allSatisfy({ $0 == .dot }) { return try body(gvc, g) }
        let name = engine?.rawValue ?? diagram.graphAttributes["layout"] ?? LayoutEngine.dot.rawValue
        guard gvLayout(gvc, g, name) == 0 else { throw GraphvizError(stage: .layout, message: Self.messages()) }
        defer { gvFreeLayout(gvc, g) }
        return try body(gvc, g)
      }
    }
  }

  /// Parses DOT text and renders it (for reading DOT back, and for tests and benchmarks).
  /// - Throws: `GraphvizError` at the parse, layout or render stage.
  public func render(dot: String, engine: String = "dot", format: OutputFormat) throws(GraphvizError) -> [UInt8] {
    try withContext(for: [format]) { (gvc) throws(GraphvizError) -> [UInt8] in
      let graph = try CGraph(dot: dot)
      return try graph.withUnsafeGraph { (g) throws(GraphvizError) -> [UInt8] in
        try Self.layoutAndRender(gvc, g, engine: engine, format: format)
      }
    }
  }

  private static func layoutAndRender(_ gvc: OpaquePointer, _ g: UnsafeMutablePointer<Agraph_t>, engine: String, format: OutputFormat) throws(GraphvizError) -> [UInt8] {
    guard gvLayout(gvc, g, engine) == 0 else { throw GraphvizError(stage: .layout, message: messages()) }
    defer { gvFreeLayout(gvc, g) }
    return try renderLaidOut(gvc, g, format: format)
  }

  /// Writes a laid-out graph in each of `formats`, in order.
  static func renderLaidOut(_ gvc: OpaquePointer, _ g: UnsafeMutablePointer<Agraph_t>, formats: [OutputFormat]) throws(GraphvizError) -> [[UInt8]] {
    var outputs: [[UInt8]] = []
    for format in formats { outputs.append(try renderLaidOut(gvc, g, format: format)) }
    return outputs
  }

  static func renderLaidOut(_ gvc: OpaquePointer, _ g: UnsafeMutablePointer<Agraph_t>, format: OutputFormat) throws(GraphvizError) -> [UInt8] {
    if format == .dot { return try canonicalDOT(g) }
    var data: UnsafeMutablePointer<CChar>?
    var length: UInt32 = 0
    guard gvRenderData(gvc, g, format.gvcName, &data, &length) == 0, let data else {
      throw GraphvizError(stage: .render, message: messages())
    }
    defer { gvFreeRenderData(data) }
    return Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
  }

  /// The graph as canonical DOT, written by cgraph's `agwrite`: what gvc's `canon` format
  /// writes (it calls `agwrite`), without the layout gvc would insist on first.
  private static func canonicalDOT(_ g: UnsafeMutablePointer<Agraph_t>) throws(GraphvizError) -> [UInt8] {
    var buffer: UnsafeMutablePointer<CChar>?
    var size = 0
    guard let stream = open_memstream(&buffer, &size) else { throw GraphvizError(stage: .render, message: "cannot open a memory stream for DOT") }
    let written = agwrite(g, stream)
    fclose(stream)
    defer { free(buffer) }
    guard written == 0, let buffer else { throw GraphvizError(stage: .render, message: "cannot write DOT: \(messages())") }
    return Array(UnsafeRawBufferPointer(start: buffer, count: size))
  }

  /// Creates the diagram's nodes, edges and attributes with cgraph calls.
  private static func build(_ diagram: Diagram, into g: UnsafeMutablePointer<Agraph_t>) throws(GraphvizError) {
    for (name, value) in diagram.graphAttributes.sorted(by: { $0.key < $1.key }) { _ = ag_set(UnsafeMutableRawPointer(g), name, value) }
    for (name, value) in diagram.nodeDefaults.sorted(by: { $0.key < $1.key }) { ag_default(g, ag_kind_node(), name, value) }
    for (name, value) in diagram.edgeDefaults.sorted(by: { $0.key < $1.key }) { ag_default(g, ag_kind_edge(), name, value) }
    // Each attribute is declared once, when first met, then set by its symbol. The order of
    // declaration shows nowhere: cgraph keeps and writes attributes in name order.
    var nodeAttributes = AttributeSymbols(kind: ag_kind_node(), graph: g)
    var edgeAttributes = AttributeSymbols(kind: ag_kind_edge(), graph: g)
    var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
    nodes.reserveCapacity(diagram.nodes.count)
    for node in diagram.nodes {
      guard let n = ag_node(g, node.name) else { throw GraphvizError(stage: .build, message: "cannot create node \(node.name): \(messages())") }
      nodes[node.name] = n
      for (name, value) in node.attributes { _ = ag_xset(UnsafeMutableRawPointer(n), nodeAttributes.symbol(name), value) }
    }
    for edge in diagram.edges {
      guard let t = nodes[edge.tail], let h = nodes[edge.head] else {
        throw GraphvizError(stage: .build, message: "edge \(edge.tail) -> \(edge.head) names a node the diagram does not have")
      }
      guard let e = ag_edge(g, t, h, edge.key) else { throw GraphvizError(stage: .build, message: "cannot create edge: \(messages())") }
      for (name, value) in edge.attributes { _ = ag_xset(UnsafeMutableRawPointer(e), edgeAttributes.symbol(name), value) }
    }
  }

  /// The attributes of one kind of object in a graph being built, each declared (keeping a
  /// default already declared) the first time it is asked for.
  private struct AttributeSymbols {
    let kind: Int32
    let graph: UnsafeMutablePointer<Agraph_t>
    var symbols: [String: UnsafeMutablePointer<Agsym_t>] = [:]

    mutating func symbol(_ name: String) -> UnsafeMutablePointer<Agsym_t>? {
      if let known = symbols[name] { return known }
      let declared = ag_declare(graph, kind, name)
      symbols[name] = declared
      return declared
    }
  }
}
