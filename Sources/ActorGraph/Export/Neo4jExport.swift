/// The CSV pair `neo4j-admin database import full --nodes=actors.csv --relationships=relations.csv`
/// takes: actors with `:ID` and `:LABEL`, relations with `:START_ID`, `:END_ID` and `:TYPE`.
public enum Neo4jExport {
  /// `actors.csv`: one row per actor, labelled `Actor` and its type.
  public static func nodes(_ graph: RelationGraph) -> String {
    var out = "id:ID,name,type,aliases:string[],discovered:boolean,:LABEL\n"
    for actor in graph.connectedActors {
      let label = "Actor;" + actor.type.rawValue.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
      out += [actor.id.rawValue, actor.name, actor.type.rawValue, actor.aliases.joined(separator: ";"), actor.discovered ? "true" : "false", label].map(csv).joined(separator: ",") + "\n"
    }
    return out
  }

  /// `relations.csv`: one row per edge, typed by its relation in upper case (`BACKS`).
  public static func relationships(_ graph: RelationGraph) -> String {
    var out = ":START_ID,:END_ID,:TYPE,subtype,cameo,article_count:int,first_date:date,last_date:date\n"
    for edge in graph.edges {
      out += [
        edge.source.rawValue, edge.target.rawValue, edge.relation.rawValue.uppercased(), edge.subtype, edge.cameo ?? "", String(edge.articleCount),
        edge.firstDate?.description ?? "", edge.lastDate?.description ?? "",
      ].map(csv).joined(separator: ",") + "\n"
    }
    return out
  }

  /// A CSV field, quoted when it holds a comma, quote or line break.
  static func csv(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
