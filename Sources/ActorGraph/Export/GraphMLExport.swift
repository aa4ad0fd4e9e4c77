/// GraphML for Gephi, yEd, networkx and Neo4j: nodes with name and type, edges with relation,
/// subtype, article count, first and last date. GraphML allows no undirected edge in a directed
/// graph, so `meets` is written directed and marked `symmetric`.
public enum GraphMLExport {
  public static func render(_ graph: RelationGraph) -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
        <key id="name" for="node" attr.name="name" attr.type="string"/>
        <key id="type" for="node" attr.name="type" attr.type="string"/>
        <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
        <key id="subtype" for="edge" attr.name="subtype" attr.type="string"/>
        <key id="articles" for="edge" attr.name="article_count" attr.type="int"/>
        <key id="first" for="edge" attr.name="first_date" attr.type="string"/>
        <key id="last" for="edge" attr.name="last_date" attr.type="string"/>
        <key id="symmetric" for="edge" attr.name="symmetric" attr.type="boolean"/>
        <graph id="actorgraph" edgedefault="directed">

      """
    for actor in graph.connectedActors {
      out += "    <node id=\"\(xml(actor.id.rawValue))\"><data key=\"name\">\(xml(actor.name))</data><data key=\"type\">\(actor.type.rawValue)</data></node>\n"
    }
    for (index, edge) in graph.edges.enumerated() {
      out += "    <edge id=\"e\(index)\" source=\"\(xml(edge.source.rawValue))\" target=\"\(xml(edge.target.rawValue))\""
      out += ">"
      out += "<data key=\"relation\">\(edge.relation.rawValue)</data><data key=\"subtype\">\(xml(edge.subtype))</data>"
      out += "<data key=\"articles\">\(edge.articleCount)</data><data key=\"symmetric\">\(edge.relation.isSymmetric)</data>"
      if let first = edge.firstDate { out += "<data key=\"first\">\(first)</data>" }
      if let last = edge.lastDate { out += "<data key=\"last\">\(last)</data>" }
      out += "</edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return out
  }

  /// Escapes text for XML content and attribute values.
  static func xml(_ text: String) -> String {
    var out = ""
    for c in text {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      default: out.append(c)
      }
    }
    return out
  }
}
