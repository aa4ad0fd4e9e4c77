/// Where one layout put every node and edge of a diagram, in points, so that diagrams of parts
/// of the same graph (snapshots, diffs) can be drawn in exactly those places without being
/// laid out again.
public struct PinnedLayout: Sendable {
  /// Names an edge: its end nodes and its key (parallel edges differ by key).
  public struct EdgeID: Hashable, Sendable {
    public var tail: String
    public var head: String
    public var key: String

    public init(tail: String, head: String, key: String) {
      self.tail = tail
      self.head = head
      self.key = key
    }
  }

  /// Node centres by node name.
  public var nodes: [String: (x: Double, y: Double)]
  /// Edge routes as Graphviz writes them in an edge's `pos` attribute (a B-spline with its
  /// arrow end points), by edge.
  public var edges: [EdgeID: String]
  /// Where an edge's external label (`xlabel`, the article count) went, as Graphviz writes it
  /// in the edge's `xlp` attribute, by edge.
  public var edgeLabels: [EdgeID: String]

  public init(nodes: [String: (x: Double, y: Double)] = [:], edges: [EdgeID: String] = [:], edgeLabels: [EdgeID: String] = [:]) {
    self.nodes = nodes
    self.edges = edges
    self.edgeLabels = edgeLabels
  }
}
