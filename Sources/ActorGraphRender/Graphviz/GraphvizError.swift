/// A failure inside Graphviz, with the stage it happened at and Graphviz's own message.
public struct GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Where in the pipeline Graphviz failed.
  public enum Stage: String, Sendable {
    /// Building the graph with cgraph calls.
    case build
    /// Parsing DOT text.
    case parse
    /// Running the layout engine.
    case layout
    /// Writing the output format.
    case render
  }

  public var stage: Stage
  public var message: String

  public init(stage: Stage, message: String) {
    self.stage = stage
    self.message = message
  }

  public var description: String {
    let detail = message.isEmpty ? "no message from Graphviz" : message
    return "Graphviz \(stage.rawValue) failed: \(detail)"
  }
}
