import ActorGraph
import ArgumentParser

/// The graph a query runs on: the stored graph, as of a date or within a range, with relation
/// and sign filters.
struct QueryOptions: ParsableArguments {
  @Option(help: "The graph as it stood on this day (evidence dated up to it).")
  var asOf: String?
  @Option(help: "Only evidence dated on or after this day.")
  var from: String?
  @Option(help: "Only evidence dated on or before this day.")
  var to: String?
  @Option(help: "Only these relations, comma-separated.")
  var relations: String?
  @Option(help: "Only cooperative (backs, leads, part_of, mediates) or hostile (opposes) relations; meets is neutral.")
  var sign: RelationSign?
  @Flag(help: "Follow edges only from source to target (meets both ways); default: either way.")
  var directed = false

  func validate() throws {
    for (name, value) in [("--as-of", asOf), ("--from", from), ("--to", to)] {
      if let value, Day(value) == nil { throw ValidationError("\(name) '\(value)' is not a YYYY-MM-DD date") }
    }
    if asOf != nil && (from != nil || to != nil) { throw ValidationError("give --as-of or --from/--to, not both") }
    _ = try ViewOptions.parseRelations(relations)
  }

  /// The stored graph narrowed by dates.
  func graph(_ store: StoreOptions) throws -> RelationGraph {
    let graph = try store.open().loadGraph()
    if let asOf { return graph.asOf(Day(asOf)!) }
    if from != nil || to != nil { return graph.between(from: from.flatMap(Day.init), to: to.flatMap(Day.init)) }
    return graph
  }

  /// The relation and direction filter.
  func filter() throws -> CompactGraph.Filter {
    var relations = try ViewOptions.parseRelations(self.relations)
    if let sign {
      let signed = Set(RelationKind.allCases.filter { $0.sign == sign })
      relations = relations.map { $0.intersection(signed) } ?? signed
    }
    return CompactGraph.Filter(relations: relations, directed: directed)
  }
}

extension RelationSign: ExpressibleByArgument {}
