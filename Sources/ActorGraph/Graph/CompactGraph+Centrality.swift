extension CompactGraph {
  /// Edges at each node, either direction.
  public func degrees() -> [Int] {
    (0..<nodeCount).map { Int(offsets[$0 + 1] - offsets[$0]) }
  }

  /// Supporting articles summed over each node's edges.
  public func weightedDegrees() -> [Int] {
    var result = [Int](repeating: 0, count: nodeCount)
    for i in sources.indices {
      result[Int(sources[i])] += Int(weights[i])
      result[Int(targets[i])] += Int(weights[i])
    }
    return result
  }

  /// Betweenness centrality (Brandes), edges undirected and unweighted, each pair counted once.
  /// - Complexity: O(V × E); meant for article graphs, not million-actor ones.
  public func betweenness() -> [Double] {
    let n = nodeCount
    var centrality = [Double](repeating: 0, count: n)
    var sigma = [Double](repeating: 0, count: n)
    var distance = [Int32](repeating: -1, count: n)
    var delta = [Double](repeating: 0, count: n)
    var order: [Int32] = []
    var queue: [Int32] = []
    // Parallel edges (backs and meets between the same two) are one tie, not two paths.
    var lastSeenFrom = [Int32](repeating: -1, count: n)
    for s in 0..<n {
      for v in order { sigma[Int(v)] = 0; distance[Int(v)] = -1; delta[Int(v)] = 0; lastSeenFrom[Int(v)] = -1 }
      order.removeAll(keepingCapacity: true)
      sigma[s] = 1
      distance[s] = 0
      queue = [Int32(s)]
      var head = 0
      while head < queue.count {
        let v = Int(queue[head])
        head += 1
        order.append(Int32(v))
        for k in Int(offsets[v])..<Int(offsets[v + 1]) {
          let w = Int(neighbours[k])
          if lastSeenFrom[w] == Int32(v) { continue }
          lastSeenFrom[w] = Int32(v)
          if distance[w] < 0 {
            distance[w] = distance[v] + 1
            queue.append(Int32(w))
          }
          if distance[w] == distance[v] + 1 { sigma[w] += sigma[v] }
        }
      }
      for v in order { lastSeenFrom[Int(v)] = -1 }
      for w in order.reversed() {
        let wi = Int(w)
        for k in Int(offsets[wi])..<Int(offsets[wi + 1]) {
          let v = Int(neighbours[k])
          if lastSeenFrom[v] == Int32(wi) { continue }
          lastSeenFrom[v] = Int32(wi)
          if distance[v] == distance[wi] - 1, sigma[wi] > 0 { delta[v] += sigma[v] / sigma[wi] * (1 + delta[wi]) }
        }
        if wi != s { centrality[wi] += delta[wi] }
      }
    }
    return centrality.map { $0 / 2 }
  }
}
