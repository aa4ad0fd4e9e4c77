/// A graph laid out for fast queries: actors are integers, each edge is a few parallel array
/// entries, and adjacency is one compressed array (CSR), walked in both directions.
///
/// Built from a `RelationGraph` (for the article graph) or from an edge list (for graphs of
/// millions of actors). A million actors and five million edges take about 200 MB.
public struct CompactGraph: Sendable {
  /// Number of actors; ids are `0..<nodeCount`.
  public let nodeCount: Int
  /// Per edge: endpoints, relation, supporting articles.
  public let sources: [Int32]
  public let targets: [Int32]
  public let relations: [RelationKind]
  public let weights: [Int32]
  /// Per edge, the relation's bit (see `Filter.mask`), so queries test relations without hashing.
  let relationBits: [UInt8]
  /// Adjacency: for node n, entries `offsets[n]..<offsets[n+1]` of `neighbours` and `edgeRefs`.
  /// An edge ref is the edge index, negated minus one when the entry walks the edge backwards.
  let offsets: [Int32]
  let neighbours: [Int32]
  let edgeRefs: [Int32]

  /// Builds the adjacency of an edge list.
  /// - Complexity: O(V + E).
  public init(nodeCount: Int, sources: [Int32], targets: [Int32], relations: [RelationKind], weights: [Int32]) {
    precondition(sources.count == targets.count && targets.count == relations.count && relations.count == weights.count)
    self.nodeCount = nodeCount
    self.sources = sources
    self.targets = targets
    self.relations = relations
    self.weights = weights
    self.relationBits = relations.map { UInt8(1) << UInt8(RelationKind.allCases.firstIndex(of: $0)!) }
    var degree = [Int32](repeating: 0, count: nodeCount + 1)
    for i in sources.indices {
      degree[Int(sources[i]) + 1] += 1
      degree[Int(targets[i]) + 1] += 1
    }
    for n in 0..<nodeCount { degree[n + 1] += degree[n] }
    var fill = degree
    var neighbours = [Int32](repeating: 0, count: sources.count * 2)
    var refs = [Int32](repeating: 0, count: sources.count * 2)
    for i in sources.indices {
      let s = Int(sources[i])
      let t = Int(targets[i])
      neighbours[Int(fill[s])] = Int32(t)
      refs[Int(fill[s])] = Int32(i)
      fill[s] += 1
      neighbours[Int(fill[t])] = Int32(s)
      refs[Int(fill[t])] = -Int32(i) - 1
      fill[t] += 1
    }
    self.offsets = degree
    self.neighbours = neighbours
    self.edgeRefs = refs
  }

  /// Which edges a query may walk.
  public struct Filter: Sendable {
    /// Allowed relations (all when nil).
    public var relations: Set<RelationKind>?
    /// Walk edges only from source to target (`meets`, being symmetric, both ways).
    public var directed: Bool

    public init(relations: Set<RelationKind>? = nil, directed: Bool = false) {
      self.relations = relations
      self.directed = directed
    }

    /// Keeps only relations of one sign.
    public init(sign: RelationSign, directed: Bool = false) {
      self.init(relations: Set(RelationKind.allCases.filter { $0.sign == sign }), directed: directed)
    }

    func mask() -> UInt8 {
      var mask: UInt8 = 0
      for (bit, kind) in RelationKind.allCases.enumerated() where relations?.contains(kind) ?? true { mask |= 1 << UInt8(bit) }
      return mask
    }
  }
}
