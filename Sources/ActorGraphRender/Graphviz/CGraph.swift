import CGraphviz

/// An owned cgraph graph: `agclose` runs when the value is destroyed.
///
/// The raw pointer is only lent out through `withUnsafeGraph`, inside the engine's lock.
struct CGraph: ~Copyable {
  private let graph: UnsafeMutablePointer<Agraph_t>

  /// A new, empty directed graph. Call with the engine's lock held.
  init(name: String) throws(GraphvizError) {
    guard let g = ag_open_directed(name) else { throw GraphvizError(stage: .build, message: GraphvizEngine.messages()) }
    graph = g
  }

  /// A graph parsed from DOT text. Call with the engine's lock held.
  init(dot: String) throws(GraphvizError) {
    guard let g = agmemread(dot) else { throw GraphvizError(stage: .parse, message: GraphvizEngine.messages()) }
    graph = g
  }

  func withUnsafeGraph<T>(_ body: (UnsafeMutablePointer<Agraph_t>) throws(GraphvizError) -> T) throws(GraphvizError) -> T {
    try body(graph)
  }

  deinit { agclose(graph) }
}
