import CGraphviz

extension GraphvizEngine {
  /// Lays a diagram out once, writes it in the given formats, and returns where the layout put
  /// every node and edge, for later diagrams that keep those places.
  /// - Throws: `GraphvizError` naming the stage.
  public func renderKeepingLayout(_ diagram: Diagram, engine: LayoutEngine? = nil, formats: [OutputFormat]) throws(GraphvizError) -> (outputs: [[UInt8]], layout: PinnedLayout) {
    try withLaidOut(diagram, engine: engine, formats: formats) { (gvc, g) throws(GraphvizError) in
      let outputs = try Self.renderLaidOut(gvc, g, formats: formats)
      if !formats.contains(.layoutDot) && !formats.contains(.json) {
        // Writing DOT is what stores the layout in the graph's `pos` attributes.
        _ = try Self.renderLaidOut(gvc, g, format: .layoutDot)
      }
      return (outputs, Self.pinnedLayout(of: g))
    }
  }

  /// Reads the `pos` attributes a layout left on the nodes and edges of `g`.
  private static func pinnedLayout(of g: UnsafeMutablePointer<Agraph_t>) -> PinnedLayout {
    var layout = PinnedLayout()
    var node = agfstnode(g)
    while let n = node {
      let name = String(cString: agnameof(UnsafeMutableRawPointer(n)))
      if let pos = ag_get(UnsafeMutableRawPointer(n), "pos") {
        let parts = String(cString: pos).split(separator: ",").compactMap { Double($0) }
        if parts.count == 2 { layout.nodes[name] = (parts[0], parts[1]) }
      }
      var edge = agfstout(g, n)
      while let e = edge {
        if let pos = ag_get(UnsafeMutableRawPointer(e), "pos"), pos.pointee != 0, let key = agnameof(UnsafeMutableRawPointer(e)) {
          let id = PinnedLayout.EdgeID(tail: name, head: String(cString: agnameof(UnsafeMutableRawPointer(ag_head(e)))), key: String(cString: key))
          layout.edges[id] = String(cString: pos)
          if let label = ag_get(UnsafeMutableRawPointer(e), "xlp"), label.pointee != 0 { layout.edgeLabels[id] = String(cString: label) }
        }
        edge = agnxtout(g, e)
      }
      node = agnxtnode(g, n)
    }
    return layout
  }
}
