import Foundation

/// A graph diff as text lines or JSON, naming actors by their display names.
public enum DiffReport {
  public static func text(_ diff: GraphDiff, old: RelationGraph, new: RelationGraph, from: String, to: String) -> String {
    let name = { (id: ActorID) in new.actors[id]?.name ?? old.actors[id]?.name ?? id.rawValue }
    let line = { (e: RelationGraph.Edge) in "\(name(e.source)) \(e.relation.rawValue) \(name(e.target)) (\(e.articleCount) article\(e.articleCount == 1 ? "" : "s"))" }
    var lines = ["changes from \(from) to \(to): \(diff.added.count) added, \(diff.removed.count) removed, \(diff.flipped.count) flipped"]
    lines += diff.added.map { "+ " + line($0) }
    lines += diff.removed.map { "- " + line($0) }
    lines += diff.flipped.map { "~ \(name($0.after.source)) \($0.before.relation.rawValue) -> \($0.after.relation.rawValue) \(name($0.after.target))" }
    if !diff.newActors.isEmpty { lines.append("new actors: " + diff.newActors.map(name).joined(separator: ", ")) }
    if !diff.goneActors.isEmpty { lines.append("gone actors: " + diff.goneActors.map(name).joined(separator: ", ")) }
    return lines.joined(separator: "\n")
  }

  public static func json(_ diff: GraphDiff, from: String, to: String) throws -> String {
    struct EdgeOut: Encodable { var source, relation, target: String; var article_count: Int }
    struct FlipOut: Encodable { var source, target, before, after: String }
    struct Out: Encodable {
      var from, to: String
      var added, removed: [EdgeOut]
      var flipped: [FlipOut]
      var new_actors, gone_actors: [String]
    }
    let edge = { (e: RelationGraph.Edge) in EdgeOut(source: e.source.rawValue, relation: e.relation.rawValue, target: e.target.rawValue, article_count: e.articleCount) }
    let out = Out(
      from: from, to: to, added: diff.added.map(edge), removed: diff.removed.map(edge),
      flipped: diff.flipped.map { FlipOut(source: $0.after.source.rawValue, target: $0.after.target.rawValue, before: $0.before.relation.rawValue, after: $0.after.relation.rawValue) },
      new_actors: diff.newActors.map(\.rawValue), gone_actors: diff.goneActors.map(\.rawValue))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return String(decoding: try encoder.encode(out), as: UTF8.self)
  }
}
