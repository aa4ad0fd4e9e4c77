/// What changed between two states of a graph: edges added and removed, relations whose sign
/// flipped between cooperation and hostility, actors new and gone.
public struct GraphDiff: Sendable {
  /// An edge whose relation between the same two actors changed sign (backs → opposes).
  public struct Flip: Sendable {
    public var before: RelationGraph.Edge
    public var after: RelationGraph.Edge
  }

  public var added: [RelationGraph.Edge]
  public var removed: [RelationGraph.Edge]
  public var flipped: [Flip]
  public var newActors: [ActorID]
  public var goneActors: [ActorID]

  public var isEmpty: Bool { added.isEmpty && removed.isEmpty && flipped.isEmpty && newActors.isEmpty && goneActors.isEmpty }
}

extension RelationGraph {
  /// The changes from this graph to `newer`.
  ///
  /// An edge whose pair of actors had a relation of the opposite sign before (cooperative
  /// before, hostile now, or the reverse) and no longer has it is reported as flipped, not as
  /// added and removed.
  public func diff(to newer: RelationGraph) -> GraphDiff {
    struct Key: Hashable { var s: ActorID; var r: RelationKind; var t: ActorID }
    let key = { (e: Edge) in Key(s: e.source, r: e.relation, t: e.target) }
    let old = Dictionary(edges.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
    let new = Dictionary(newer.edges.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
    var added = newer.edges.filter { old[key($0)] == nil }
    var removed = edges.filter { new[key($0)] == nil }
    var flipped: [GraphDiff.Flip] = []
    for edge in added where edge.relation.sign != .neutral {
      if let gone = removed.first(where: {
        $0.source == edge.source && $0.target == edge.target && $0.relation.sign != .neutral && $0.relation.sign != edge.relation.sign
      }) {
        flipped.append(GraphDiff.Flip(before: gone, after: edge))
      }
    }
    let flippedAfter = Set(flipped.map { key($0.after) })
    let flippedBefore = Set(flipped.map { key($0.before) })
    added.removeAll { flippedAfter.contains(key($0)) }
    removed.removeAll { flippedBefore.contains(key($0)) }
    let oldActors = Set(connectedActors.map(\.id))
    let newActors = Set(newer.connectedActors.map(\.id))
    return GraphDiff(
      added: added, removed: removed, flipped: flipped, newActors: newActors.subtracting(oldActors).sorted(),
      goneActors: oldActors.subtracting(newActors).sorted())
  }

  /// The graph as it stood on `day`: cumulative, or only the last `window` days when given.
  public func snapshot(on day: Day, window: Int? = nil) -> RelationGraph {
    guard let window else { return asOf(day) }
    return between(from: Day(ordinal: day.ordinal - window + 1), to: day)
  }
}
