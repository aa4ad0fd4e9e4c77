import Foundation

extension GraphvizEngine {
  /// Where a layout engine places each node of a diagram, in points, read from Graphviz's own
  /// JSON output. Used to pin nodes so a series of diagrams keeps one layout.
  /// - Throws: `GraphvizError` from the layout, or at the render stage if the JSON is not as
  ///   Graphviz documents it.
  public func positions(of diagram: Diagram, engine: LayoutEngine) throws(GraphvizError) -> [String: (x: Double, y: Double)] {
    try Self.positions(inJSON: try render(diagram, engine: engine, format: .json))
  }

  /// The node positions in Graphviz's JSON output (`render(_:formats:)` with `.json`).
  /// - Throws: `GraphvizError` at the render stage when the JSON is not as Graphviz writes it.
  public static func positions(inJSON bytes: [UInt8]) throws(GraphvizError) -> [String: (x: Double, y: Double)] {
    guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
      throw GraphvizError(stage: .render, message: "Graphviz's JSON output could not be read")
    }
    var positions: [String: (x: Double, y: Double)] = [:]
    for node in object["objects"] as? [[String: Any]] ?? [] {
      guard let name = node["name"] as? String, let pos = node["pos"] as? String else { continue }
      let parts = pos.split(separator: ",").compactMap { Double($0) }
      if parts.count == 2 { positions[name] = (parts[0], parts[1]) }
    }
    return positions
  }
}
