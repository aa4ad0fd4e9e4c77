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
  /// Edges whose relation flipped sign, drawn marked.
  public var flipped: Set<EdgeKey> = []
  /// Edges to draw emphasised as new (added in a diff).
  public var added: Set<EdgeKey> = []
  /// The places of an earlier layout of a graph that holds this one (the whole graph, for a
  /// snapshot or a diff): nodes and edges are drawn where that layout put them, so nothing
  /// moves from one diagram to the next, and nothing is laid out again. The diagram's `layout`
  /// attribute says how to draw it: `nop2` (keep every place) when the layout has every node
  /// and edge, else `neato` (keep the nodes, route the other edges).
  public var pinned: PinnedLayout?

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

  /// Whether this draws a diff (some edge is marked added, removed or flipped).
  var isDiff: Bool { !added.isEmpty || !faded.isEmpty || !flipped.isEmpty }

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
      diagram.nodes.append(Diagram.Node(name: actor.id.rawValue, attributes: attributes))
    }
    for edge in graph.edges {
      var attributes = DiagramStyle.edge(edge.relation)
      let articles = edge.articleCount
      attributes["penwidth"] = String(format: "%.1f", min(6.0, 1.0 + 1.2 * Double(articles - 1)))
      // Edge marks are external labels (`xlabel`), placed after layout: Graphviz 2.43 orders
      // labelled edges within a rank by the address of their label (`edgecmp` in
      // dotsplines.c), so with `label` the same graph was laid out differently from run to run.
      if articles > 1 { attributes["xlabel"] = "×\(articles)" }
      attributes["tooltip"] = Self.escape(Self.tooltip(edge, graph))
      if let url = edge.evidence.lazy.compactMap({ urls[$0.article] }).first { attributes["URL"] = Self.escape(url) }
      let key = EdgeKey(source: edge.source, relation: edge.relation, target: edge.target)
      if highlighted.contains(key) {
        attributes["penwidth"] = "4"
        attributes["color"] = "#ff6f00"
        attributes["fontcolor"] = "#ff6f00"
      }
      // In a diff, what did not change steps back.
      if isDiff, !added.contains(key), !faded.contains(key), !flipped.contains(key) {
        attributes["color"] = (attributes["color"] ?? "#000000") + "40"
        attributes["penwidth"] = "1"
        attributes["fontcolor"] = "#bbbbbb"
      }
      if added.contains(key) {
        attributes["penwidth"] = "4"
        attributes["xlabel"] = "new" + (articles > 1 ? " ×\(articles)" : "")
        attributes["fontcolor"] = attributes["color"]
      }
      if faded.contains(key) {
        attributes["style"] = "dashed"
        attributes["color"] = "#bbbbbb"
        attributes["fontcolor"] = "#999999"
        attributes["xlabel"] = "removed"
      }
      if flipped.contains(key) {
        attributes["penwidth"] = "4"
        attributes["style"] = "bold"
        attributes["xlabel"] = "flipped to \(edge.relation.rawValue)"
        attributes["fontcolor"] = "#e65100"
      }
      diagram.edges.append(Diagram.Edge(tail: edge.source.rawValue, head: edge.target.rawValue, key: edge.relation.rawValue, attributes: attributes))
    }
    Self.releaseCycles(in: &diagram)
    if !actors.isEmpty { addLegend(to: &diagram, types: Set(actors.map(\.type)), relations: Set(graph.edges.map(\.relation))) }
    if let pinned { Self.pin(&diagram, to: pinned) }
    return diagram
  }

  /// Gives every node and edge its place in `layout` and chooses the engine that keeps them.
  static func pin(_ diagram: inout Diagram, to layout: PinnedLayout) {
    var complete = true
    for index in diagram.nodes.indices {
      guard let p = layout.nodes[diagram.nodes[index].name] else {
        complete = false
        continue
      }
      diagram.nodes[index].attributes["pos"] = String(format: "%.1f,%.1f!", p.x, p.y)
    }
    for index in diagram.edges.indices {
      let edge = diagram.edges[index]
      let id = PinnedLayout.EdgeID(tail: edge.tail, head: edge.head, key: edge.key)
      guard let route = layout.edges[id] else {
        complete = false
        continue
      }
      diagram.edges[index].attributes["pos"] = route
      // A pinned count label keeps its place too, and spares Graphviz placing labels again.
      if edge.attributes["xlabel"] != nil, let label = layout.edgeLabels[id] { diagram.edges[index].attributes["xlp"] = label }
    }
    // Positions are in points; keep them as they are.
    diagram.graphAttributes["inputscale"] = "72"
    diagram.graphAttributes["overlap"] = "true"
    diagram.graphAttributes["layout"] = complete ? "nop2" : "neato"
  }

  /// Marks the back edges of a depth-first search `constraint=false`, so the edges that rank
  /// nodes form no cycle.
  ///
  /// `dot` breaks cycles itself by reversing edges, but Graphviz 2.43 never frees the virtual
  /// edges it makes for them (`acyclic` → `reverse_edge` → `virtual_edge`): a long-running
  /// process leaks a few kilobytes per drawing. With no cycle left, nothing is reversed, and
  /// the ranking is the one `dot` would have chosen.
  static func releaseCycles(in diagram: inout Diagram) {
    var outgoing: [String: [Int]] = [:]
    for (index, edge) in diagram.edges.enumerated() { outgoing[edge.tail, default: []].append(index) }
    enum Mark { case active, done }
    var mark: [String: Mark] = [:]
    for root in diagram.nodes.map(\.name) where mark[root] == nil {
      // Iterative DFS: (node, next outgoing edge to look at).
      var stack: [(String, Int)] = [(root, 0)]
      mark[root] = .active
      while let (node, next) = stack.last {
        let edges = outgoing[node] ?? []
        guard next < edges.count else {
          mark[node] = .done
          stack.removeLast()
          continue
        }
        stack[stack.count - 1].1 += 1
        let index = edges[next]
        let head = diagram.edges[index].head
        switch mark[head] {
        case .active?: diagram.edges[index].attributes["constraint"] = "false"
        case .done?: break
        case nil:
          mark[head] = .active
          stack.append((head, 0))
        }
      }
    }
  }

  /// A legend listing only what the diagram shows: real nodes and edges in each style, held
  /// together by invisible edges from a title node.
  ///
  /// Not an HTML table and not a cluster: Graphviz 2.43's `dot` never frees the structures it
  /// builds for HTML labels or for clusters (`build_skeleton`), so a long-running process would
  /// leak a few kilobytes per drawing.
  private func addLegend(to diagram: inout Diagram, types: Set<ActorType>, relations: Set<RelationKind>) {
    let title = "__legend"
    var legend: [Diagram.Node] = [
      Diagram.Node(name: title, attributes: ["shape": "plaintext", "label": "Legend\\nline weight: supporting articles", "fontsize": "10", "tooltip": "legend"])
    ]
    var edges: [Diagram.Edge] = []
    let invisible = ["style": "invis", "arrowhead": "none"]
    for type in ActorType.allCases where types.contains(type) {
      var attributes = DiagramStyle.node(type)
      attributes["label"] = DiagramStyle.typeLabel(type)
      attributes["tooltip"] = "actor type: \(DiagramStyle.typeLabel(type))"
      attributes["fontsize"] = "9"
      let name = "__legend_\(type.rawValue)"
      legend.append(Diagram.Node(name: name, attributes: attributes))
      edges.append(Diagram.Edge(tail: title, head: name, key: "legend", attributes: invisible))
    }
    for relation in RelationKind.allCases where relations.contains(relation) {
      let point = ["shape": "point", "width": "0.05", "label": "", "tooltip": relation.rawValue]
      let a = "__legend_\(relation.rawValue)_a"
      let b = "__legend_\(relation.rawValue)_b"
      legend.append(Diagram.Node(name: a, attributes: point))
      legend.append(Diagram.Node(name: b, attributes: point))
      var attributes = DiagramStyle.edge(relation)
      attributes["label"] = relation.rawValue
      attributes["fontcolor"] = attributes["color"]
      attributes["tooltip"] = "relation: \(relation.rawValue)"
      edges.append(Diagram.Edge(tail: title, head: a, key: "legend", attributes: invisible))
      edges.append(Diagram.Edge(tail: a, head: b, key: relation.rawValue, attributes: attributes))
    }
    diagram.nodes += legend
    diagram.edges += edges
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
    let backslash = UInt8(ascii: "\\"), newline = UInt8(ascii: "\n")
    guard text.utf8.contains(where: { $0 == backslash || $0 == newline }) else { return text }
    var escaped: [UInt8] = []
    escaped.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      switch byte {
      case backslash: escaped += [backslash, backslash]
      case newline: escaped += [backslash, UInt8(ascii: "n")]
      default: escaped.append(byte)
      }
    }
    return String(decoding: escaped, as: UTF8.self)
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
