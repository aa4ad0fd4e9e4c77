import CGraphviz

/// Graphviz's own SVG renderer with its four shape primitives (ellipse, polygon, Bézier path,
/// polyline) written by ActorGraph.
///
/// Graphviz prints every coordinate of those shapes with `snprintf`, a quarter of the time it
/// takes to draw a snapshot. These primitives write the same bytes with integer arithmetic (see
/// `GraphvizNumber`); everything else (document, groups, anchors, text) stays Graphviz's, and so
/// do shapes this does not handle: gradient fills, labels along edges, colours that are neither
/// names nor RGBA bytes. The plugin ranks above Graphviz's SVG renderer, so the `svg` format uses it.
enum SVGRenderPlugin {
  /// Graphviz's SVG renderer, whose other entries the plugin keeps and to which it hands the
  /// shapes it does not handle; set once by `plugin(pluginDirectory:)` before Graphviz can call
  /// the primitives, and only read afterwards.
  nonisolated(unsafe) private static var graphviz = gvrender_engine_t()

  /// How many shapes the plugin has written itself (Graphviz's lock guards it, as it guards the
  /// calls that count).
  nonisolated(unsafe) private(set) static var shapesWritten = 0

  /// The plugin entry for `GraphvizPluginLibrary.make`, or nil when Graphviz's core plugin
  /// package has no SVG renderer in `pluginDirectory`.
  static func plugin(pluginDirectory: String) -> GraphvizPluginLibrary.Plugin? {
    guard let svg = GraphvizPluginLibrary.installed(package: "core", in: pluginDirectory, api: API_render, type: "svg"),
      let engine = svg.pointee.engine?.assumingMemoryBound(to: gvrender_engine_t.self)
    else { return nil }
    graphviz = engine.pointee
    var ours = engine.pointee
    ours.ellipse = ellipse
    ours.polygon = polygon
    ours.beziercurve = bezier
    ours.polyline = polyline
    let table = UnsafeMutablePointer<gvrender_engine_t>.allocate(capacity: 1)
    table.initialize(to: ours)
    return GraphvizPluginLibrary.Plugin(api: API_render, type: "svg", quality: svg.pointee.quality + 1, engine: UnsafeMutableRawPointer(table), features: svg.pointee.features)
  }

  private static let ellipse: @convention(c) (UnsafeMutablePointer<GVJ_t>?, UnsafeMutablePointer<pointf>?, Int32) -> Void = { job, points, filled in
    guard let job, let points, var bytes = opening("<ellipse", job, filled: filled) else {
      return graphviz.ellipse(job, points, filled)
    }
    let center = points[0], corner = points[1]
    append(" cx=\"", to: &bytes)
    GraphvizNumber.append(center.x, to: &bytes)
    append("\" cy=\"", to: &bytes)
    GraphvizNumber.append(-center.y, to: &bytes)
    append("\" rx=\"", to: &bytes)
    GraphvizNumber.append(corner.x - center.x, to: &bytes)
    append("\" ry=\"", to: &bytes)
    GraphvizNumber.append(corner.y - center.y, to: &bytes)
    append("\"/>\n", to: &bytes)
    write(bytes, to: job)
  }

  private static let polygon: @convention(c) (UnsafeMutablePointer<GVJ_t>?, UnsafeMutablePointer<pointf>?, Int32, Int32) -> Void = { job, points, count, filled in
    guard let job, let points, count > 0, var bytes = opening("<polygon", job, filled: filled) else {
      return graphviz.polygon(job, points, count, filled)
    }
    append(" points=\"", to: &bytes)
    for index in 0..<Int(count) {
      appendPoint(points[index], to: &bytes)
      bytes.append(UInt8(ascii: " "))
    }
    // Graphviz repeats the first point (for Adobe's old SVG viewer).
    appendPoint(points[0], to: &bytes)
    append("\"/>\n", to: &bytes)
    write(bytes, to: job)
  }

  private static let bezier: @convention(c) (UnsafeMutablePointer<GVJ_t>?, UnsafeMutablePointer<pointf>?, Int32, Int32, Int32, Int32) -> Void = {
    job, points, count, arrowAtStart, arrowAtEnd, filled in
    guard let job, let points, let state = job.pointee.obj, ag_label_edge_aligned(state) == 0,
      var bytes = opening("<path", job, filled: filled)
    else { return graphviz.beziercurve(job, points, count, arrowAtStart, arrowAtEnd, filled) }
    append(" d=\"", to: &bytes)
    for index in 0..<Int(count) {
      bytes.append(UInt8(ascii: index == 0 ? "M" : index == 1 ? "C" : " "))
      appendPoint(points[index], to: &bytes)
    }
    append("\"/>\n", to: &bytes)
    write(bytes, to: job)
  }

  private static let polyline: @convention(c) (UnsafeMutablePointer<GVJ_t>?, UnsafeMutablePointer<pointf>?, Int32) -> Void = { job, points, count in
    guard let job, let points, var bytes = opening("<polyline", job, filled: 0) else {
      return graphviz.polyline(job, points, count)
    }
    append(" points=\"", to: &bytes)
    for index in 0..<Int(count) {
      appendPoint(points[index], to: &bytes)
      bytes.append(UInt8(ascii: " "))
    }
    append("\"/>\n", to: &bytes)
    write(bytes, to: job)
  }

  /// The element's opening and its fill and stroke attributes, as Graphviz writes them; nil for
  /// what Graphviz must draw itself (gradient fills, colours of other kinds).
  private static func opening(_ element: String, _ job: UnsafeMutablePointer<GVJ_t>, filled: Int32) -> [UInt8]? {
    guard let state = job.pointee.obj, filled == 0 || filled == 1 else { return nil }
    let object = state.pointee
    guard isPrintable(object.pencolor), filled == 0 || isPrintable(object.fillcolor) else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(256)
    append(element, to: &bytes)
    append(" fill=\"", to: &bytes)
    if filled == 1 {
      appendColor(object.fillcolor, to: &bytes)
      appendOpacity(of: object.fillcolor, named: "\" fill-opacity=\"", to: &bytes)
    } else {
      append("none", to: &bytes)
    }
    append("\" stroke=\"", to: &bytes)
    appendColor(object.pencolor, to: &bytes)
    if object.penwidth != PENWIDTH_NORMAL {
      append("\" stroke-width=\"", to: &bytes)
      GraphvizNumber.append(object.penwidth, to: &bytes)
    }
    if object.pen == PEN_DASHED {
      append("\" stroke-dasharray=\"5,2", to: &bytes)
    } else if object.pen == PEN_DOTTED {
      append("\" stroke-dasharray=\"1,5", to: &bytes)
    }
    appendOpacity(of: object.pencolor, named: "\" stroke-opacity=\"", to: &bytes)
    bytes.append(UInt8(ascii: "\""))
    return bytes
  }

  private static func isPrintable(_ color: gvcolor_t) -> Bool {
    color.type == RGBA_BYTE || (color.type == COLOR_STRING && color.u.string != nil)
  }

  private static func appendColor(_ color: gvcolor_t, to bytes: inout [UInt8]) {
    if color.type == COLOR_STRING, let name = color.u.string {
      bytes.append(contentsOf: UnsafeRawBufferPointer(start: name, count: strlen(name)))
      return
    }
    let (red, green, blue, alpha) = color.u.rgba
    guard alpha != 0 else { return append("transparent", to: &bytes) }
    bytes.append(UInt8(ascii: "#"))
    for byte in [red, green, blue] {
      bytes.append(hexDigit(byte >> 4))
      bytes.append(hexDigit(byte & 0xF))
    }
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }

  /// Graphviz's `%f` of a partly transparent colour's alpha.
  private static func appendOpacity(of color: gvcolor_t, named attribute: String, to bytes: inout [UInt8]) {
    guard color.type == RGBA_BYTE, color.u.rgba.3 > 0, color.u.rgba.3 < 255 else { return }
    append(attribute, to: &bytes)
    bytes.append(contentsOf: GraphvizNumber.cPrinted(Double(color.u.rgba.3) / 255, format: "%f"))
  }

  /// `x,-y`: Graphviz's y axis points up, SVG's down.
  private static func appendPoint(_ point: pointf, to bytes: inout [UInt8]) {
    GraphvizNumber.append(point.x, to: &bytes)
    bytes.append(UInt8(ascii: ","))
    GraphvizNumber.append(-point.y, to: &bytes)
  }

  private static func append(_ text: String, to bytes: inout [UInt8]) {
    bytes.append(contentsOf: text.utf8)
  }

  private static func write(_ bytes: [UInt8], to job: UnsafeMutablePointer<GVJ_t>) {
    shapesWritten += 1
    bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { _ = gvwrite(job, $0.baseAddress, $0.count) }
    }
  }
}
