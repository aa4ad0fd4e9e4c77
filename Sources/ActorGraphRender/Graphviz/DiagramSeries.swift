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
      Set(diagram.edges.map { [$0.tail, $0.head, $0.key] }).count == diagram.edges.count
    else { return try engine.render(diagram, engine: layoutEngine, format: .svg) }
    return try engine.withContext(for: [.svg]) { (gvc) throws(GraphvizError) -> [UInt8] in
      do throws(GraphvizError) {
        if held.map({ !$0.canDraw(diagram) }) ?? true { try replaceGraph(for: diagram) }
        let graph = try held!.update(to: diagram)
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
  }
}

/// A cgraph graph kept across the diagrams of a series, with what was last set on it.
private struct HeldGraph {
  let graph: UnsafeMutablePointer<Agraph_t>
  let name: String
  let nodeDefaults: [String: String]
  let edgeDefaults: [String: String]
  var graphAttributes: [String: String] = [:]
  var nodeSymbols: [String: UnsafeMutablePointer<Agsym_t>] = [:]
  var edgeSymbols: [String: UnsafeMutablePointer<Agsym_t>] = [:]
  /// The nodes, in the order cgraph keeps them.
  var nodes: [HeldObject<Agnode_t>] = []
  /// Each node's out-edges, in the order cgraph keeps them, by tail name.
  var outEdges: [String: [HeldObject<Agedge_t>]] = [:]

  /// The key an edge is found by: its head and its key (the tail is the list it is in).
  struct EdgeName: Hashable {
    var head: String
    var key: String
  }

  init(graph: UnsafeMutablePointer<Agraph_t>, diagram: Diagram) {
    self.graph = graph
    name = diagram.name
    nodeDefaults = diagram.nodeDefaults
    edgeDefaults = diagram.edgeDefaults
    for (name, value) in diagram.graphAttributes.sorted(by: { $0.key < $1.key }) { _ = ag_set(UnsafeMutableRawPointer(graph), name, value) }
    graphAttributes = diagram.graphAttributes
    for (name, value) in nodeDefaults.sorted(by: { $0.key < $1.key }) { ag_default(graph, ag_kind_node(), name, value) }
    for (name, value) in edgeDefaults.sorted(by: { $0.key < $1.key }) { ag_default(graph, ag_kind_edge(), name, value) }
    nodeSymbols["id"] = ag_declare(graph, ag_kind_node(), "id")
    edgeSymbols["id"] = ag_declare(graph, ag_kind_edge(), "id")
  }

  /// Whether `diagram` can be drawn on this graph with the output a new graph would give:
  /// the same name, defaults and graph attribute names, and no attribute declared that the
  /// diagram does not use (cgraph cannot forget an attribute once declared).
  func canDraw(_ diagram: Diagram) -> Bool {
    guard diagram.name == name, diagram.nodeDefaults == nodeDefaults, diagram.edgeDefaults == edgeDefaults,
      Set(diagram.graphAttributes.keys) == Set(graphAttributes.keys)
    else { return false }
    var nodeNames: Set<String> = ["id"]
    for node in diagram.nodes { nodeNames.formUnion(node.attributes.keys) }
    var edgeNames: Set<String> = ["id"]
    for edge in diagram.edges { edgeNames.formUnion(edge.attributes.keys) }
    return nodeSymbols.keys.allSatisfy(nodeNames.contains) && edgeSymbols.keys.allSatisfy(edgeNames.contains)
  }

  /// Changes the graph to hold exactly `diagram` and returns it.
  mutating func update(to diagram: Diagram) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
    for (name, value) in diagram.graphAttributes where graphAttributes[name] != value { _ = ag_set(UnsafeMutableRawPointer(graph), name, value) }
    graphAttributes = diagram.graphAttributes
    let pointers = try updateNodes(to: diagram.nodes)
    try updateEdges(to: diagram.edges, nodes: pointers)
    return graph
  }

  /// Keeps the nodes that stay in the diagram's order, remakes the rest, and sets attributes;
  /// returns every node by name.
  private mutating func updateNodes(to targets: [Diagram.Node]) throws(GraphvizError) -> [String: UnsafeMutablePointer<Agnode_t>] {
    let wanted = Set(targets.map(\.name))
    var kept: [HeldObject<Agnode_t>] = []
    var removed: Set<String> = []
    for node in nodes {
      if wanted.contains(node.name) { kept.append(node) } else { removed.insert(node.name); _ = agdelnode(graph, node.pointer) }
    }
    var same = 0
    while same < kept.count, kept[same].name == targets[same].name { same += 1 }
    for node in kept[same...] { removed.insert(node.name); _ = agdelnode(graph, node.pointer) }
    kept.removeSubrange(same...)
    // Deleting a node deleted its edges too.
    if !removed.isEmpty {
      for tail in removed { outEdges[tail] = nil }
      for (tail, edges) in outEdges { outEdges[tail] = edges.filter { !removed.contains($0.edgeHead) } }
    }
    var pointers: [String: UnsafeMutablePointer<Agnode_t>] = [:]
    pointers.reserveCapacity(targets.count)
    for (index, target) in targets.enumerated() {
      let attributes = target.attributes.merging(["id": "node\(index + 1)"]) { mine, _ in mine }
      if index < same {
        kept[index].set(attributes, symbols: &nodeSymbols, kind: ag_kind_node(), graph: graph)
      } else {
        guard let n = ag_node(graph, target.name) else { throw GraphvizError(stage: .build, message: "cannot create node \(target.name): \(GraphvizEngine.messages())") }
        var node = HeldObject(name: target.name, pointer: n)
        node.set(attributes, symbols: &nodeSymbols, kind: ag_kind_node(), graph: graph)
        kept.append(node)
      }
      pointers[target.name] = kept[index].pointer
    }
    nodes = kept
    return pointers
  }

  /// Keeps each node's out-edges that stay in the diagram's order, remakes the rest, and sets
  /// attributes.
  private mutating func updateEdges(to targets: [Diagram.Edge], nodes pointers: [String: UnsafeMutablePointer<Agnode_t>]) throws(GraphvizError) {
    var wantedByTail: [String: [(index: Int, edge: Diagram.Edge)]] = [:]
    for (index, edge) in targets.enumerated() { wantedByTail[edge.tail, default: []].append((index, edge)) }
    for (tail, edges) in outEdges where wantedByTail[tail] == nil {
      for edge in edges { _ = agdeledge(graph, edge.pointer) }
      outEdges[tail] = nil
    }
    for (tail, wanted) in wantedByTail {
      guard let t = pointers[tail] else { throw GraphvizError(stage: .build, message: "edge \(tail) -> \(wanted[0].edge.head) names a node the diagram does not have") }
      let wantedNames = Set(wanted.map { HeldGraph.EdgeName(head: $0.edge.head, key: $0.edge.key) })
      var kept: [HeldObject<Agedge_t>] = []
      for edge in outEdges[tail] ?? [] {
        if wantedNames.contains(edge.edgeName) { kept.append(edge) } else { _ = agdeledge(graph, edge.pointer) }
      }
      var same = 0
      while same < kept.count, kept[same].edgeName == EdgeName(head: wanted[same].edge.head, key: wanted[same].edge.key) { same += 1 }
      for edge in kept[same...] { _ = agdeledge(graph, edge.pointer) }
      kept.removeSubrange(same...)
      for (position, (index, target)) in wanted.enumerated() {
        let attributes = target.attributes.merging(["id": "edge\(index + 1)"]) { mine, _ in mine }
        if position < same {
          kept[position].set(attributes, symbols: &edgeSymbols, kind: ag_kind_edge(), graph: graph)
          continue
        }
        guard let h = pointers[target.head] else {
          throw GraphvizError(stage: .build, message: "edge \(target.tail) -> \(target.head) names a node the diagram does not have")
        }
        guard let e = ag_edge(graph, t, h, target.key) else { throw GraphvizError(stage: .build, message: "cannot create edge: \(GraphvizEngine.messages())") }
        var edge = HeldObject(name: target.key, pointer: e, head: target.head)
        edge.set(attributes, symbols: &edgeSymbols, kind: ag_kind_edge(), graph: graph)
        kept.append(edge)
      }
      outEdges[tail] = kept
    }
  }
}

/// A node or edge of a held graph, with the attributes last set on it.
private struct HeldObject<Pointee> {
  /// A node's name, or an edge's key.
  let name: String
  let pointer: UnsafeMutablePointer<Pointee>
  /// An edge's head node ("" for a node).
  var edgeHead: String = ""
  var attributes: [String: String] = [:]

  init(name: String, pointer: UnsafeMutablePointer<Pointee>, head: String = "") {
    self.name = name
    self.pointer = pointer
    edgeHead = head
  }

  var edgeName: HeldGraph.EdgeName { HeldGraph.EdgeName(head: edgeHead, key: name) }

  /// Sets what differs from `wanted`, and puts an attribute `wanted` lacks back to its default.
  mutating func set(_ wanted: [String: String], symbols: inout [String: UnsafeMutablePointer<Agsym_t>], kind: Int32, graph: UnsafeMutablePointer<Agraph_t>) {
    let object = UnsafeMutableRawPointer(pointer)
    for (name, value) in wanted where attributes[name] != value {
      let symbol: UnsafeMutablePointer<Agsym_t>?
      if let known = symbols[name] {
        symbol = known
      } else {
        symbol = ag_declare(graph, kind, name)
        symbols[name] = symbol
      }
      _ = ag_xset(object, symbol, value)
    }
    for (name, _) in attributes where wanted[name] == nil {
      if let symbol = symbols[name] { _ = ag_xset(object, symbol, symbol.pointee.defval) }
    }
    attributes = wanted
  }
}
