import CGraphviz

/// Draws a series of diagrams that share most of their nodes and edges, such as the snapshots
/// of one graph over time pinned to one layout, to SVG, keeping one cgraph graph from one
/// diagram to the next and changing only what differs.
///
/// Building a cgraph graph and closing it again is about 40% of the time of drawing a pinned
/// snapshot: cgraph interns every attribute string of every node and edge in a dictionary and
/// frees each one again. A series pays that once, then only for what changed: the attributes
/// that differ, and the nodes and edges that came or went.
///
/// Every output is byte for byte the SVG that `GraphvizEngine.render(_:format: .svg)` writes
/// for the same diagram. Graphviz draws nodes in the order they were made, each followed by its
/// out-edges in the order those were made, and numbers the SVG ids the same way; so the series
/// keeps nodes, and each node's out-edges, in the diagram's order (remaking the rest of a list
/// from the first place where it differs) and gives every node and edge the `id` Graphviz
/// would have numbered it with. A diagram with other defaults, graph attributes or attribute
/// names than the graph holds starts a new graph.
///
/// Every Graphviz call is made through the engine's lock; a series itself is for one thread
/// at a time.
public final class DiagramSeries {
  private let engine: GraphvizEngine
  private let layoutEngine: LayoutEngine?
  /// The graph and what it holds; nil before the first diagram and after an error.
  private var held: HeldGraph?
  /// How many graphs the series has opened (one, while the diagrams allow it).
  private(set) var graphsOpened = 0

  /// A series drawn by `engine`.
  /// - Parameter layoutEngine: as for `GraphvizEngine.render(_:engine:format:)`: nil for each
  ///   diagram's own `layout` attribute, else that engine.
  public init(engine: GraphvizEngine = .shared, layoutEngine: LayoutEngine? = nil) {
    self.engine = engine
    self.layoutEngine = layoutEngine
  }

  deinit {
    guard let graph = held?.graph else { return }
    engine.withLock { agclose(graph) }
  }

  /// Lays out and draws the next diagram of the series as SVG.
  /// - Throws: `GraphvizError` naming the stage; the series stays usable (the next diagram
  ///   starts a new graph).
  public func render(_ diagram: Diagram) throws(GraphvizError) -> [UInt8] {
    // A name given twice sets one node (or edge) twice over in cgraph; draw such a diagram anew.
    guard Set(diagram.nodes.map(\.name)).count == diagram.nodes.count,
      Set(diagram.edges.map { PinnedLayout.EdgeID(tail: $0.tail, head: $0.head, key: $0.key) }).count == diagram.edges.count
    else { return try engine.render(diagram, engine: layoutEngine, format: .svg) }
    return try engine.withContext(for: [.svg]) { (gvc) throws(GraphvizError) -> [UInt8] in
      do throws(GraphvizError) {
        if held.map({ !$0.canDraw(diagram) }) ?? true { try replaceGraph(for: diagram) }
        try held!.update(to: diagram)
        if held!.declaresUnused {
          try replaceGraph(for: diagram)
          try held!.update(to: diagram)
        }
        let graph = held!.graph
        let name = layoutEngine?.rawValue ?? diagram.graphAttributes["layout"] ?? LayoutEngine.dot.rawValue
        guard gvLayout(gvc, graph, name) == 0 else { throw GraphvizError(stage: .layout, message: GraphvizEngine.messages()) }
        defer { gvFreeLayout(gvc, graph) }
        return try GraphvizEngine.renderLaidOut(gvc, graph, format: .svg)
      } catch {
        if let graph = held?.graph { agclose(graph) }
        held = nil
        throw error
      }
    }
  }

  /// Closes the graph held, if any, and opens an empty one with the diagram's defaults.
  private func replaceGraph(for diagram: Diagram) throws(GraphvizError) {
    if let graph = held?.graph { agclose(graph) }
    held = nil
    guard let graph = ag_open_directed(diagram.name) else { throw GraphvizError(stage: .build, message: GraphvizEngine.messages()) }
    held = HeldGraph(graph: graph, diagram: diagram)
    graphsOpened += 1
  }
}

/// A cgraph graph kept across the diagrams of a series, with what was last set on it.
private struct HeldGraph {
  let graph: UnsafeMutablePointer<Agraph_t>
  let name: String
  let nodeDefaults: [String: String]
  let edgeDefaults: [String: String]
  var graphAttributes: [String: String] = [:]
  var nodeAttributes: HeldAttributes
  var edgeAttributes: HeldAttributes
  /// The nodes, in the order cgraph keeps them.
  var nodes: [HeldObject<Agnode_t>] = []
  /// Each node's out-edges, in the order cgraph keeps them, by tail name.
  var outEdges: [String: [HeldObject<Agedge_t>]] = [:]

  init(graph: UnsafeMutablePointer<Agraph_t>, diagram: Diagram) {
    self.graph = graph
    name = diagram.name
    nodeDefaults = diagram.nodeDefaults
    edgeDefaults = diagram.edgeDefaults
    for (name, value) in diagram.graphAttributes.sorted(by: { $0.key < $1.key }) { _ = ag_set(UnsafeMutableRawPointer(graph), name, value) }
    graphAttributes = diagram.graphAttributes
    for (name, value) in nodeDefaults.sorted(by: { $0.key < $1.key }) { ag_default(graph, ag_kind_node(), name, value) }
    for (name, value) in edgeDefaults.sorted(by: { $0.key < $1.key }) { ag_default(graph, ag_kind_edge(), name, value) }
    nodeAttributes = HeldAttributes(graph: graph, kind: ag_kind_node())
    edgeAttributes = HeldAttributes(graph: graph, kind: ag_kind_edge())
  }

  /// Whether `diagram` can be drawn on this graph with the output a new graph would give it:
  /// the same name, defaults and graph attribute names. (An attribute this graph declares and
  /// the diagram does not use shows after `update`, as `declaresUnused`.)
  func canDraw(_ diagram: Diagram) -> Bool {
    diagram.name == name && diagram.nodeDefaults == nodeDefaults && diagram.edgeDefaults == edgeDefaults
      && diagram.graphAttributes.count == graphAttributes.count && diagram.graphAttributes.keys.allSatisfy { graphAttributes[$0] != nil }
  }

  /// Whether some attribute is declared that no node or edge uses: a new graph would not
  /// declare it (and cgraph cannot forget one), so the output could differ.
  var declaresUnused: Bool { nodeAttributes.declaresUnused || edgeAttributes.declaresUnused }

  /// Changes the graph to hold exactly `diagram`, whose node names and edges are each unique.
  mutating func update(to diagram: Diagram) throws(GraphvizError) {
    for (name, value) in diagram.graphAttributes where graphAttributes[name] != value { _ = ag_set(UnsafeMutableRawPointer(graph), name, value) }
    graphAttributes = diagram.graphAttributes
    let pointers = try updateNodes(to: diagram.nodes)
    try updateEdges(to: diagram.edges, nodes: pointers)
  }

  /// Keeps the nodes that stay in the diagram's order, remakes the rest, and sets attributes;
  /// returns every node by name.
  private mutating func updateNodes(to targets: [Diagram.Node]) throws(GraphvizError) -> [String: UnsafeMutablePointer<Agnode_t>] {
    var kept = nodes
    if kept.count != targets.count || !zip(kept, targets).allSatisfy({ $0.name == $1.name }) {
      let wanted = Set(targets.map(\.name))
      var removed: Set<String> = []
      kept = []
      for node in nodes {
        if wanted.contains(node.name) { kept.append(node) } else { removed.insert(node.name); deleteNode(node) }
      }
      var same = 0
      while same < kept.count, kept[same].name == targets[same].name { same += 1 }
      for node in kept[same...] { removed.insert(node.name); deleteNode(node) }
      kept.removeSubrange(same...)
      // Deleting a node deleted its edges too.
      for tail in removed {
        if let edges = outEdges.removeValue(forKey: tail) { forgetEdges(edges) }
      }
      for (tail, edges) in outEdges {
        let gone = edges.filter { removed.contains($0.head) }
        guard !gone.isEmpty else { continue }
        forgetEdges(gone)
        outEdges[tail] = edges.filter { !removed.contains($0.head) }
      }
    }
    var pointers: [String: UnsafeMutablePointer<Agnode_t>] = [:]
    pointers.reserveCapacity(targets.count)
    for (index, target) in targets.enumerated() {
      if index == kept.count {
        guard let n = ag_node(graph, target.name) else { throw GraphvizError(stage: .build, message: "cannot create node \(target.name): \(GraphvizEngine.messages())") }
        kept.append(HeldObject(name: target.name, pointer: n))
      }
      kept[index].set(target.attributes, id: "node\(index + 1)", in: &nodeAttributes)
      pointers[target.name] = kept[index].pointer
    }
    nodes = kept
    return pointers
  }

  /// Keeps each node's out-edges that stay in the diagram's order, remakes the rest, and sets
  /// attributes.
  private mutating func updateEdges(to targets: [Diagram.Edge], nodes pointers: [String: UnsafeMutablePointer<Agnode_t>]) throws(GraphvizError) {
    var wantedByTail: [String: [Int]] = [:]
    for (index, edge) in targets.enumerated() { wantedByTail[edge.tail, default: []].append(index) }
    for (tail, edges) in outEdges where wantedByTail[tail] == nil {
      for edge in edges { deleteEdge(edge) }
      outEdges[tail] = nil
    }
    for (tail, wanted) in wantedByTail {
      var kept = outEdges[tail] ?? []
      let inOrder = kept.count == wanted.count && zip(kept, wanted).allSatisfy { $0.head == targets[$1].head && $0.name == targets[$1].key }
      if !inOrder {
        let wantedNames = Set(wanted.map { EdgeName(head: targets[$0].head, key: targets[$0].key) })
        kept = kept.filter { edge in
          if wantedNames.contains(EdgeName(head: edge.head, key: edge.name)) { return true }
          deleteEdge(edge)
          return false
        }
        var same = 0
        while same < kept.count, kept[same].head == targets[wanted[same]].head, kept[same].name == targets[wanted[same]].key { same += 1 }
        for edge in kept[same...] { deleteEdge(edge) }
        kept.removeSubrange(same...)
      }
      for (position, index) in wanted.enumerated() {
        let target = targets[index]
        if position == kept.count {
          guard let t = pointers[tail], let h = pointers[target.head] else {
            throw GraphvizError(stage: .build, message: "edge \(target.tail) -> \(target.head) names a node the diagram does not have")
          }
          guard let e = ag_edge(graph, t, h, target.key) else { throw GraphvizError(stage: .build, message: "cannot create edge: \(GraphvizEngine.messages())") }
          kept.append(HeldObject(name: target.key, pointer: e, head: target.head))
        }
        kept[position].set(target.attributes, id: "edge\(index + 1)", in: &edgeAttributes)
      }
      outEdges[tail] = kept
    }
  }

  /// An edge by its head and key (the tail is the list it is in).
  private struct EdgeName: Hashable {
    var head: String
    var key: String
  }

  private mutating func deleteNode(_ node: HeldObject<Agnode_t>) {
    nodeAttributes.forget(node.attributes)
    _ = agdelnode(graph, node.pointer)
  }

  private mutating func deleteEdge(_ edge: HeldObject<Agedge_t>) {
    edgeAttributes.forget(edge.attributes)
    _ = agdeledge(graph, edge.pointer)
  }

  /// Forgets edges cgraph deleted with their nodes.
  private mutating func forgetEdges(_ edges: [HeldObject<Agedge_t>]) {
    for edge in edges { edgeAttributes.forget(edge.attributes) }
  }
}

/// The attributes of one kind of object in a held graph: their symbols, and how many objects
/// set each.
private struct HeldAttributes {
  let graph: UnsafeMutablePointer<Agraph_t>
  let kind: Int32
  /// The `id` attribute, which every object sets.
  let id: UnsafeMutablePointer<Agsym_t>?
  private var symbols: [String: UnsafeMutablePointer<Agsym_t>] = [:]
  private var uses: [String: Int] = [:]

  init(graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) {
    self.graph = graph
    self.kind = kind
    id = ag_declare(graph, kind, "id")
  }

  var declaresUnused: Bool { uses.values.contains(0) }

  /// The symbol of `name`, declared (keeping a default already declared) when first asked for;
  /// one more object sets it.
  mutating func use(_ name: String) -> UnsafeMutablePointer<Agsym_t>? {
    if name == "id" { return id }
    uses[name, default: 0] += 1
    if let known = symbols[name] { return known }
    let declared = ag_declare(graph, kind, name)
    symbols[name] = declared
    return declared
  }

  /// One object fewer sets `name`; returns its symbol.
  mutating func release(_ name: String) -> UnsafeMutablePointer<Agsym_t>? {
    if name == "id" { return id }
    uses[name, default: 1] -= 1
    return symbols[name]
  }

  /// An object that set `attributes` is gone.
  mutating func forget(_ attributes: [String: String]) {
    for name in attributes.keys where name != "id" { uses[name, default: 1] -= 1 }
  }

  func symbol(_ name: String) -> UnsafeMutablePointer<Agsym_t>? { name == "id" ? id : symbols[name] }
}

/// A node or edge of a held graph, with the attributes last set on it.
private struct HeldObject<Pointee> {
  /// A node's name, or an edge's key.
  let name: String
  let pointer: UnsafeMutablePointer<Pointee>
  /// An edge's head node ("" for a node).
  let head: String
  var attributes: [String: String] = [:]
  var id = ""

  init(name: String, pointer: UnsafeMutablePointer<Pointee>, head: String = "") {
    self.name = name
    self.pointer = pointer
    self.head = head
  }

  /// Sets what differs from `wanted` and the `id` (unless `wanted` has its own), and puts an
  /// attribute `wanted` lacks back to its default.
  mutating func set(_ wanted: [String: String], id wantedID: String, in held: inout HeldAttributes) {
    let object = UnsafeMutableRawPointer(pointer)
    var sameNames = wanted.count == attributes.count
    for (name, value) in wanted {
      switch attributes[name] {
      case value?: continue
      case nil:
        sameNames = false
        _ = ag_xset(object, held.use(name), value)
      default: _ = ag_xset(object, held.symbol(name), value)
      }
    }
    if !sameNames {
      for name in attributes.keys where wanted[name] == nil {
        if let symbol = held.release(name) { _ = ag_xset(object, symbol, symbol.pointee.defval) }
      }
    }
    attributes = wanted
    // An `id` of the diagram's own replaced the numbered one.
    if wanted["id"] != nil { id = "" }
    if wanted["id"] == nil, id != wantedID {
      _ = ag_xset(object, held.id, wantedID)
      id = wantedID
    }
  }
}
