import ActorGraph
import ActorGraphRender

/// The diagram of a diff: the newer graph plus the removed edges, with added edges emphasised,
/// removed ones faded and dashed, and flipped ones marked.
enum DiffDiagram {
  static func union(_ old: RelationGraph, _ new: RelationGraph) -> RelationGraph {
    var union = new
    union.actors.merge(old.actors) { current, _ in current }
    let present = Set(new.edges.map { "\($0.source)|\($0.relation)|\($0.target)" })
    union.edges += old.edges.filter { !present.contains("\($0.source)|\($0.relation)|\($0.target)") }
    return union
  }

  static func builder(for diff: GraphDiff, title: String) -> DiagramBuilder {
    let key = { (e: RelationGraph.Edge) in DiagramBuilder.EdgeKey(source: e.source, relation: e.relation, target: e.target) }
    var builder = DiagramBuilder(title: title)
    builder.added = Set(diff.added.map(key))
    builder.faded = Set(diff.removed.map(key) + diff.flipped.map { key($0.before) })
    builder.flipped = Set(diff.flipped.map { key($0.after) })
    return builder
  }
}
