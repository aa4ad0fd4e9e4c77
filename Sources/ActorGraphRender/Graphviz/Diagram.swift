/// A diagram as plain values: what to draw, before Graphviz sees it.
///
/// `DiagramBuilder` makes one from a `RelationGraph`; `GraphvizEngine.render` turns it into
/// cgraph objects and lets gvc write every output format.
public struct Diagram: Sendable, Hashable {
  public struct Node: Sendable, Hashable {
    public var name: String
    public var attributes: [String: String]

    public init(name: String, attributes: [String: String] = [:]) {
      self.name = name
      self.attributes = attributes
    }
  }

  public struct Edge: Sendable, Hashable {
    public var tail: String
    public var head: String
    /// Distinguishes parallel edges between the same two nodes.
    public var key: String
    public var attributes: [String: String]

    public init(tail: String, head: String, key: String, attributes: [String: String] = [:]) {
      self.tail = tail
      self.head = head
      self.key = key
      self.attributes = attributes
    }
  }

  public var name: String
  public var graphAttributes: [String: String]
  public var nodeDefaults: [String: String]
  public var edgeDefaults: [String: String]
  public var nodes: [Node]
  public var edges: [Edge]

  public init(
    name: String, graphAttributes: [String: String] = [:], nodeDefaults: [String: String] = [:], edgeDefaults: [String: String] = [:],
    nodes: [Node] = [], edges: [Edge] = []
  ) {
    self.name = name
    self.graphAttributes = graphAttributes
    self.nodeDefaults = nodeDefaults
    self.edgeDefaults = edgeDefaults
    self.nodes = nodes
    self.edges = edges
  }
}
