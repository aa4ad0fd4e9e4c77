import ActorGraph
import ArgumentParser
import Foundation

/// Options that select part of the graph, shared by the drawing and query commands.
struct ViewOptions: ParsableArguments {
  @Option(help: "Only evidence dated on or after this day (YYYY-MM-DD).")
  var from: String?
  @Option(help: "Only evidence dated on or before this day (YYYY-MM-DD).")
  var to: String?
  @Option(help: "Only these relations, comma-separated (backs,opposes,mediates,meets,leads,part_of).")
  var relations: String?
  @Option(help: "Only actors of these types, comma-separated (state,person,organization,armed_group,location).")
  var types: String?
  @Option(help: "Only edges supported by at least this many articles.")
  var minArticles: Int = 1
  @Option(help: "Only the neighbourhood of this actor.")
  var focus: String?
  @Option(help: "With --focus: how many hops around it.")
  var hops: Int = 1

  func validate() throws {
    for (name, value) in [("--from", from), ("--to", to)] {
      if let value, Day(value) == nil { throw ValidationError("\(name) '\(value)' is not a YYYY-MM-DD date") }
    }
    _ = try relationSet()
    _ = try typeSet()
    if minArticles < 1 { throw ValidationError("--min-articles must be at least 1") }
    if hops < 0 { throw ValidationError("--hops must be 0 or more") }
  }

  func relationSet() throws -> Set<RelationKind>? { try Self.parseRelations(relations) }

  /// A comma-separated list of relations.
  static func parseRelations(_ list: String?) throws -> Set<RelationKind>? {
    try list.map { list in
      Set(try list.split(separator: ",").map { name -> RelationKind in
        guard let kind = RelationKind(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
          throw ValidationError("unknown relation '\(name)'; use \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return kind
      })
    }
  }

  func typeSet() throws -> Set<ActorType>? {
    try types.map { list in
      Set(try list.split(separator: ",").map { name -> ActorType in
        guard let type = ActorType(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
          throw ValidationError("unknown actor type '\(name)'; use \(ActorType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return type
      })
    }
  }

  /// The view over `graph` these options describe.
  func view(in graph: RelationGraph) throws -> GraphView {
    let focusID: ActorID? = try focus.map { name in
      do { return try ActorLookup(graph: graph).resolve(name) } catch { throw CommandFailure("\(error)") }
    }
    return GraphView(
      from: from.flatMap(Day.init), to: to.flatMap(Day.init), relations: try relationSet(), types: try typeSet(), minArticles: minArticles,
      focus: focusID, hops: hops)
  }
}
