import CGraphviz
import Synchronization

/// A Graphviz text-layout plugin that remembers what pango measured.
///
/// Graphviz asks its text-layout plugin for the size of every label each time a graph is laid
/// out; with pango that is a font lookup and a shaping run per label, some 15% of drawing a
/// snapshot. Snapshots of one timeline show the same names again and again, so this plugin
/// answers from a table keyed by font, size, style and text, and asks pango only on a miss. The
/// answers are pango's own, so diagrams come out byte for byte as without the cache.
///
/// The plugin drops pango's `PangoLayout` after measuring: only the cairo renderers (PNG, PDF)
/// draw with it, so a context that has this plugin must only write vector formats.
enum TextMeasureCache {
  /// What pango answered for one span.
  private struct Measure {
    var width: Double
    var height: Double
    var yOffsetLayout: Double
    var yOffsetCenterline: Double
    var found: Bool
  }

  /// The font, size, style and text of a span.
  private struct Key: Hashable {
    var font: String
    var size: Double
    var flags: UInt32
    var text: String
  }

  /// Beyond this many entries the table starts afresh, so a process drawing ever new names
  /// does not grow without bound.
  private static let capacity = 20_000

  private static let table = Mutex<[Key: Measure]>([:])

  /// Pango's text-layout engine, set once by `plugin(pluginDirectory:)` before Graphviz can
  /// call `measure`, and only read afterwards.
  nonisolated(unsafe) private static var pango: UnsafeMutablePointer<gvtextlayout_engine_t>?

  /// The plugin entry for `GraphvizPluginLibrary.make`, or nil when Graphviz has no pango plugin
  /// in `pluginDirectory` (it then estimates text sizes itself, with nothing to cache).
  static func plugin(pluginDirectory: String) -> GraphvizPluginLibrary.Plugin? {
    guard let layout = GraphvizPluginLibrary.installed(package: "pango", in: pluginDirectory, api: API_textlayout, type: "textlayout"),
      let engine = layout.pointee.engine?.assumingMemoryBound(to: gvtextlayout_engine_t.self)
    else { return nil }
    pango = engine
    let cached = UnsafeMutablePointer<gvtextlayout_engine_t>.allocate(capacity: 1)
    cached.initialize(to: gvtextlayout_engine_t(textlayout: measure))
    // Ranked above pango's own text layout.
    return GraphvizPluginLibrary.Plugin(api: API_textlayout, type: "textlayout", quality: layout.pointee.quality + 1, engine: UnsafeMutableRawPointer(cached), features: nil)
  }

  /// How many spans are remembered.
  static var count: Int { table.withLock { $0.count } }

  /// The plugin's entry point: fills in the span's size and offsets, from the table or from pango.
  private static let measure: @convention(c) (UnsafeMutablePointer<textspan_t>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> boolean = { span, fontPath in
    guard let span, let font = span.pointee.font, let pango, let layout = pango.pointee.textlayout else { return 0 }
    // Graphviz asks for the font's file only when verbose; pass such calls straight through.
    if fontPath != nil { return layout(span, fontPath) }
    let key = Key(
      font: font.pointee.name.map { String(cString: $0) } ?? "",
      size: font.pointee.size,
      flags: ag_font_flags(font),
      text: span.pointee.str.map { String(cString: $0) } ?? "")
    if let known = table.withLock({ $0[key] }) {
      apply(known, to: span)
      return known.found ? 1 : 0
    }
    let found = layout(span, nil) != 0
    if let drawing = span.pointee.layout, let free = span.pointee.free_layout { free(drawing) }
    span.pointee.layout = nil
    span.pointee.free_layout = nil
    let measured = Measure(
      width: span.pointee.size.x, height: span.pointee.size.y,
      yOffsetLayout: span.pointee.yoffset_layout, yOffsetCenterline: span.pointee.yoffset_centerline, found: found)
    table.withLock { table in
      if table.count >= capacity { table.removeAll(keepingCapacity: true) }
      table[key] = measured
    }
    return found ? 1 : 0
  }

  private static func apply(_ measure: Measure, to span: UnsafeMutablePointer<textspan_t>) {
    span.pointee.size = pointf(x: measure.width, y: measure.height)
    span.pointee.yoffset_layout = measure.yOffsetLayout
    span.pointee.yoffset_centerline = measure.yOffsetCenterline
    span.pointee.layout = nil
    span.pointee.free_layout = nil
  }
}
