import ActorGraph
import Foundation

/// Makes a styled `Diagram` from a graph: shape and fill by actor type, colour and line by
/// relation, weight by supporting articles, evidence in tooltips, a legend and a title.
public struct DiagramBuilder: Sendable {
  /// Edges to draw emphasised (a path), as (source, relation, target).
  public var highlighted: Set<EdgeKey> = []
  /// Edges to draw faded and dashed (removed in a diff).
  public var faded: Set<EdgeKey> = []
  /// A title; by default the date range and article count.
  public var title: String?
  /// Fixed node positions in points, for layouts that stay put across snapshots.
  public var positions: [ActorID: (x: Double, y: Double)] = [:]

  /// Identifies a drawn edge.
  public struct EdgeKey: Hashable, Sendable {
    public var source: ActorID
    public var relation: RelationKind
    public var target: ActorID
    public init(source: ActorID, relation: RelationKind, target: ActorID) {
      self.source = source
      self.relation = relation
      self.target = target
    }
  }

  public init(title: String? = nil) { self.title = title }

  public func diagram(_ graph: RelationGraph) -> Diagram {
    let dates = graph.dates
    let range = dates.isEmpty ? "undated" : (dates.first == dates.last ? "\(dates.first!)" : "\(dates.first!) to \(dates.last!)")
    let count = graph.articles.count
    let heading = title ?? "ActorGraph: \(range), \(count) article\(count == 1 ? "" : "s")"
    var diagram = Diagram(
      name: "actorgraph",
      graphAttributes: [
        "label": Self.escape(heading), "labelloc": "t", "fontname": "Helvetica", "fontsize": "18", "rankdir": "LR", "overlap": "false",
        "splines": "true", "nodesep": "0.4", "ranksep": "0.8", "bgcolor": "white", "tooltip": Self.escape(heading),
      ],
      nodeDefaults: ["fontname": "Helvetica", "fontsize": "11"],
      edgeDefaults: ["fontname": "Helvetica", "fontsize": "9"])
    let urls = Dictionary(graph.articles.compactMap { a in a.metadata.url.map { (a.id, $0) } }, uniquingKeysWith: { a, _ in a })
    let actors = graph.connectedActors
    for actor in actors {
      var attributes = DiagramStyle.node(actor.type)
      attributes["label"] = Self.escape(Self.wrap(actor.name))
      let aliases = actor.aliases.isEmpty ? "" : "\naliases: " + actor.aliases.prefix(8).joined(separator: ", ")
      attributes["tooltip"] = Self.escape("\(actor.name) (\(DiagramStyle.typeLabel(actor.type))\(actor.discovered ? ", discovered" : ""))\(aliases)")
      if let p = positions[actor.id] { attributes["pos"] = String(format: "%.1f,%.1f!", p.x, p.y) }
      diagram.nodes.append(Diagram.Node(name: actor.id.rawValue, attributes: attributes))
    }
    for edge in graph.edges {
      var attributes = DiagramStyle.edge(edge.relation)
      let articles = edge.articleCount
      attributes["penwidth"] = String(format: "%.1f", min(6.0, 1.0 + 1.2 * Double(articles - 1)))
      if articles > 1 { attributes["label"] = "×\(articles)" }
      attributes["tooltip"] = Self.escape(Self.tooltip(edge, graph))
      if let url = edge.evidence.lazy.compactMap({ urls[$0.article] }).first { attributes["URL"] = Self.escape(url) }
      let key = EdgeKey(source: edge.source, relation: edge.relation, target: edge.target)
      if highlighted.contains(key) {
        attributes["penwidth"] = "4"
        attributes["color"] = "#ff6f00"
        attributes["fontcolor"] = "#ff6f00"
      }
      if faded.contains(key) {
        attributes["style"] = "dashed"
        attributes["color"] = "#bbbbbb"
      }
      diagram.edges.append(Diagram.Edge(tail: edge.source.rawValue, head: edge.target.rawValue, key: edge.relation.rawValue, attributes: attributes))
    }
    if !actors.isEmpty { diagram.nodes.append(legend(types: Set(actors.map(\.type)), relations: Set(graph.edges.map(\.relation)))) }
    return diagram
  }

  /// A legend listing only what the diagram shows.
  private func legend(types: Set<ActorType>, relations: Set<RelationKind>) -> Diagram.Node {
    var rows = "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
    for type in ActorType.allCases where types.contains(type) {
      let style = DiagramStyle.node(type)
      rows += "<TR><TD BGCOLOR=\"\(style["fillcolor"]!)\" WIDTH=\"24\"> </TD><TD ALIGN=\"LEFT\">\(DiagramStyle.typeLabel(type)) (\(style["shape"]!))</TD></TR>"
    }
    for relation in RelationKind.allCases where relations.contains(relation) {
      let style = DiagramStyle.edge(relation)
      let line = style["style"] == "dotted" ? "· · ·" : style["style"] == "dashed" ? "- - -" : "───"
      rows += "<TR><TD><FONT COLOR=\"\(style["color"]!)\">\(line)</FONT></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(style["color"]!)\">\(relation.rawValue)</FONT></TD></TR>"
    }
    rows += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">line weight: supporting articles</TD></TR>"
    let html = "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\">\(rows)</TABLE>"
    return Diagram.Node(name: "__legend", attributes: ["shape": "plaintext", "style": "", "tooltip": "legend"], htmlLabel: html)
  }

  private static func tooltip(_ edge: RelationGraph.Edge, _ graph: RelationGraph) -> String {
    let name = { (id: ActorID) in graph.actors[id]?.name ?? id.rawValue }
    var lines = ["\(name(edge.source)) \(edge.relation.rawValue) \(name(edge.target)) (\(edge.subtype), \(edge.articleCount) article\(edge.articleCount == 1 ? "" : "s"))"]
    for e in edge.evidence.prefix(6) {
      let sentence = e.sentence.count > 240 ? String(e.sentence.prefix(237)) + "..." : e.sentence
      lines.append("[\(e.article), \(e.date?.description ?? "undated")\(e.hedged ? ", reported" : "")] \(sentence)")
    }
    if edge.evidence.count > 6 { lines.append("... and \(edge.evidence.count - 6) more") }
    return lines.joined(separator: "\n")
  }

  /// Escapes text for a Graphviz string attribute, which reads `\N`, `\n` and similar: a
  /// backslash is doubled and a newline becomes Graphviz's `\n`.
  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
  }

  /// Breaks long names onto two lines at a space near the middle.
  static func wrap(_ name: String) -> String {
    guard name.count > 22, let space = name.indices.filter({ name[$0] == " " }).min(by: {
      abs(name.distance(from: name.startIndex, to: $0) - name.count / 2) < abs(name.distance(from: name.startIndex, to: $1) - name.count / 2)
    }) else { return name }
    var wrapped = name
    wrapped.replaceSubrange(space...space, with: "\n")
    return wrapped
  }
}
