import ActorGraph
import ActorGraphRender
import ArgumentParser
import Foundation

/// Draws graphs through Graphviz and writes the bytes, for the drawing commands.
enum DiagramOutput {
  /// The engine for a diagram: `dot` for small graphs, `sfdp` for large ones.
  static func automaticEngine(for graph: RelationGraph) -> LayoutEngine {
    graph.connectedActors.count <= 80 ? .dot : .sfdp
  }

  static func render(_ graph: RelationGraph, builder: DiagramBuilder = DiagramBuilder(), engine: LayoutEngine? = nil, format: OutputFormat) throws -> [UInt8] {
    do {
      return try GraphvizEngine.shared.render(builder.diagram(graph), engine: engine ?? automaticEngine(for: graph), format: format)
    } catch {
      throw CommandFailure(error.description)
    }
  }

  /// Writes to a file atomically (all or nothing), or to standard output when `path` is nil.
  static func write(_ bytes: [UInt8], to path: String?) throws {
    guard let path else {
      FileHandle.standardOutput.write(Data(bytes))
      return
    }
    do { try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
      throw CommandFailure("\(path): cannot be written (\(error.localizedDescription))")
    }
  }
}

extension LayoutEngine: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
