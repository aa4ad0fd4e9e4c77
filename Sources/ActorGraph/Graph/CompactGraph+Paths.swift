/// A path as the compact graph sees it: the nodes, and the edges between them with the
/// direction each was walked.
public struct CompactPath: Sendable, Hashable {
  public var nodes: [Int32]
  /// Edge indexes, one per hop.
  public var edges: [Int32]
  /// Per hop, whether the edge was walked from its source to its target.
  public var forward: [Bool]
  /// Sum of the supporting articles of the edges.
  public var articles: Int

  public var hops: Int { edges.count }
}

/// Reusable scratch space for path queries, so a query touches only what it visits.
public final class PathSearch {
  let graph: CompactGraph
  private var stampF: [UInt32]
  private var stampB: [UInt32]
  private var distF: [Int32]
  private var distB: [Int32]
  private var bestF: [Int32]
  private var bestB: [Int32]
  private var parentF: [Int32]  // edge ref used to reach the node
  private var parentB: [Int32]
  private var stamp: UInt32 = 0
  private var blockedNodes: [UInt32]
  private var blockedEdges: [UInt32]
  private var blockStamp: UInt32 = 0

  public init(_ graph: CompactGraph) {
    self.graph = graph
    let n = graph.nodeCount
    stampF = [UInt32](repeating: 0, count: n)
    stampB = stampF
    distF = [Int32](repeating: 0, count: n)
    distB = distF
    bestF = distF
    bestB = distF
    parentF = distF
    parentB = distF
    blockedNodes = stampF
    blockedEdges = [UInt32](repeating: 0, count: graph.sources.count)
  }

  /// The shortest path between two actors, counted in hops; among paths of the same length,
  /// the one whose edges are supported by the most articles. Nil when none exists.
  ///
  /// Bidirectional breadth-first search, expanding the smaller frontier: on scale-free graphs
  /// it meets in the middle after touching a small part of the graph.
  public func shortestPath(from s: Int32, to t: Int32, filter: CompactGraph.Filter = .init()) -> CompactPath? {
    blockStamp &+= 1
    return search(s, t, mask: filter.mask(), directed: filter.directed)
  }

  /// Up to `k` shortest simple paths in order (Yen's algorithm), ties broken towards more
  /// supporting articles.
  /// - Complexity: O(k × L) shortest-path searches, L the length of the paths.
  public func kShortestPaths(from s: Int32, to t: Int32, k: Int, filter: CompactGraph.Filter = .init()) -> [CompactPath] {
    let mask = filter.mask()
    blockStamp &+= 1
    guard k > 0, let first = search(s, t, mask: mask, directed: filter.directed) else { return [] }
    var found = [first]
    var candidates: [CompactPath] = []
    var seen: Set<[Int32]> = [first.edges]
    while found.count < k {
      let last = found[found.count - 1]
      for i in 0..<last.hops {
        let spur = last.nodes[i]
        let rootEdges = Array(last.edges[..<i])
        blockStamp &+= 1
        for path in found where path.hops > i && Array(path.edges[..<i]) == rootEdges {
          blockedEdges[Int(path.edges[i])] = blockStamp
        }
        for node in last.nodes[..<i] { blockedNodes[Int(node)] = blockStamp }
        guard let tail = search(spur, t, mask: mask, directed: filter.directed) else { continue }
        var rootArticles = 0
        for e in rootEdges { rootArticles += Int(graph.weights[Int(e)]) }
        let path = CompactPath(
          nodes: Array(last.nodes[..<i]) + tail.nodes, edges: rootEdges + tail.edges, forward: Array(last.forward[..<i]) + tail.forward,
          articles: rootArticles + tail.articles)
        if seen.insert(path.edges).inserted { candidates.append(path) }
      }
      guard let best = candidates.indices.min(by: { (candidates[$0].hops, -candidates[$0].articles) < (candidates[$1].hops, -candidates[$1].articles) }) else { break }
      found.append(candidates.remove(at: best))
    }
    return found
  }

  /// Every simple path of at most `maxHops` hops, shortest first, stopping at `limit` paths.
  /// - Returns: the paths, and whether the limit cut the search short.
  public func allPaths(from s: Int32, to t: Int32, maxHops: Int, limit: Int, filter: CompactGraph.Filter = .init()) -> (paths: [CompactPath], capped: Bool) {
    let mask = filter.mask()
    var paths: [CompactPath] = []
    var capped = false
    var nodes: [Int32] = [s]
    var edges: [Int32] = []
    var forward: [Bool] = []
    var onPath = Set<Int32>([s])
    func walk(_ u: Int32) {
      if capped { return }
      if u == t {
        if paths.count == limit { capped = true; return }
        paths.append(CompactPath(nodes: nodes, edges: edges, forward: forward, articles: edges.reduce(0) { $0 + Int(graph.weights[Int($1)]) }))
        return
      }
      guard edges.count < maxHops else { return }
      for k in Int(graph.offsets[Int(u)])..<Int(graph.offsets[Int(u) + 1]) {
        let v = graph.neighbours[k]
        guard !onPath.contains(v), let (edge, isForward) = usable(graph.edgeRefs[k], mask: mask, directed: filter.directed) else { continue }
        nodes.append(v); edges.append(edge); forward.append(isForward); onPath.insert(v)
        walk(v)
        nodes.removeLast(); edges.removeLast(); forward.removeLast(); onPath.remove(v)
      }
    }
    walk(s)
    paths.sort { ($0.hops, -$0.articles) < ($1.hops, -$1.articles) }
    return (paths, capped)
  }

  /// The edge behind an adjacency entry, if the filter lets the query walk it that way.
  @inline(__always)
  private func usable(_ ref: Int32, mask: UInt8, directed: Bool) -> (Int32, Bool)? {
    let forward = ref >= 0
    let edge = forward ? ref : -ref - 1
    guard mask & graph.relationBits[Int(edge)] != 0 else { return nil }
    if directed && !forward && !graph.relations[Int(edge)].isSymmetric { return nil }
    return (edge, forward)
  }

  private func search(_ s: Int32, _ t: Int32, mask: UInt8, directed: Bool) -> CompactPath? {
    if s == t { return CompactPath(nodes: [s], edges: [], forward: [], articles: 0) }
    if blockedNodes[Int(s)] == blockStamp { return nil }
    stamp &+= 1
    let current = stamp
    let blockStamp = self.blockStamp
    var frontF: [Int32] = [s]
    var frontB: [Int32] = [t]
    stampF[Int(s)] = current; distF[Int(s)] = 0; bestF[Int(s)] = 0
    stampB[Int(t)] = current; distB[Int(t)] = 0; bestB[Int(t)] = 0
    var levelF: Int32 = 0
    var levelB: Int32 = 0
    // Frontier costs: the edges a layer expansion would scan. On scale-free graphs a frontier
    // holding one hub is dearer than many leaves, so the cheaper side is expanded.
    var costF = Int(graph.offsets[Int(s) + 1] - graph.offsets[Int(s)])
    var costB = Int(graph.offsets[Int(t) + 1] - graph.offsets[Int(t)])
    let g = graph
    var meeting: Int32 = -1
    // The hot loop works on raw buffers: no bounds or exclusivity checks per edge.
    g.offsets.withUnsafeBufferPointer { offsets in
    g.neighbours.withUnsafeBufferPointer { neighbours in
    g.edgeRefs.withUnsafeBufferPointer { refs in
    g.weights.withUnsafeBufferPointer { weights in
    g.relationBits.withUnsafeBufferPointer { bits in
    g.relations.withUnsafeBufferPointer { relations in
    stampF.withUnsafeMutableBufferPointer { stampF in
    stampB.withUnsafeMutableBufferPointer { stampB in
    distF.withUnsafeMutableBufferPointer { distF in
    distB.withUnsafeMutableBufferPointer { distB in
    bestF.withUnsafeMutableBufferPointer { bestF in
    bestB.withUnsafeMutableBufferPointer { bestB in
    parentF.withUnsafeMutableBufferPointer { parentF in
    parentB.withUnsafeMutableBufferPointer { parentB in
    blockedNodes.withUnsafeBufferPointer { blockedNodes in
    blockedEdges.withUnsafeBufferPointer { blockedEdges in
      while !frontF.isEmpty && !frontB.isEmpty {
        let forwardSide = costF <= costB
        var next: [Int32] = []
        var nextCost = 0
        let level = (forwardSide ? levelF : levelB) + 1
        let stampMine = forwardSide ? stampF : stampB
        let stampOther = forwardSide ? stampB : stampF
        let dist = forwardSide ? distF : distB
        let best = forwardSide ? bestF : bestB
        let parent = forwardSide ? parentF : parentB
        for u in (forwardSide ? frontF : frontB) {
          let base = best[Int(u)]
          for k in Int(offsets[Int(u)])..<Int(offsets[Int(u) + 1]) {
            let v = Int(neighbours[k])
            let ref = refs[k]
            let walksForward = ref >= 0
            let edge = Int(walksForward ? ref : -ref - 1)
            if mask & bits[edge] == 0 || blockedEdges[edge] == blockStamp || blockedNodes[v] == blockStamp { continue }
            // Forward search walks edges source→target; backward search target→source.
            if directed && walksForward != forwardSide && !relations[edge].isSymmetric { continue }
            let score = base + weights[edge]
            if stampMine[v] != current {
              stampMine[v] = current; dist[v] = level; best[v] = score; parent[v] = ref
              next.append(Int32(v))
              nextCost += Int(offsets[v + 1] - offsets[v])
            } else if dist[v] == level && score > best[v] {
              best[v] = score; parent[v] = ref
            }
          }
        }
        if forwardSide { frontF = next; levelF = level; costF = nextCost } else { frontB = next; levelB = level; costB = nextCost }
        // The searches have met when a node of the new layer was reached from the other side;
        // of those, the shortest, then best-supported, join wins.
        var bestTotal: Int32 = -1
        var bestLength = Int32.max
        for v in next where stampOther[Int(v)] == current {
          let length = distF[Int(v)] + distB[Int(v)]
          let total = bestF[Int(v)] + bestB[Int(v)]
          if length < bestLength || (length == bestLength && total > bestTotal) {
            bestLength = length; bestTotal = total; meeting = v
          }
        }
        if meeting >= 0 { return }
      }
    }}}}}}}}}}}}}}}}
    return meeting >= 0 ? reconstruct(s, t, meeting) : nil
  }

  private func reconstruct(_ s: Int32, _ t: Int32, _ meeting: Int32) -> CompactPath {
    var nodes: [Int32] = [meeting]
    var edges: [Int32] = []
    var forward: [Bool] = []
    var v = meeting
    while v != s {
      let ref = parentF[Int(v)]
      let edge = ref >= 0 ? ref : -ref - 1
      let u = ref >= 0 ? graph.sources[Int(edge)] : graph.targets[Int(edge)]
      nodes.insert(u, at: 0); edges.insert(edge, at: 0); forward.insert(ref >= 0, at: 0)
      v = u
    }
    v = meeting
    while v != t {
      let ref = parentB[Int(v)]
      let edge = ref >= 0 ? ref : -ref - 1
      let u = ref >= 0 ? graph.sources[Int(edge)] : graph.targets[Int(edge)]
      // The backward search reached v from u; the path walks v → u.
      nodes.append(u); edges.append(edge); forward.append(ref < 0)
      v = u
    }
    let articles = edges.reduce(0) { $0 + Int(graph.weights[Int($1)]) }
    return CompactPath(nodes: nodes, edges: edges, forward: forward, articles: articles)
  }
}
