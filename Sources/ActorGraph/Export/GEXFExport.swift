/// GEXF 1.3 for Gephi, with time spells from article dates so its timeline can play the graph:
/// an edge lives from its first supporting article's date, an actor from its first edge's.
public enum GEXFExport {
  public static func render(_ graph: RelationGraph) -> String {
    let xml = GraphMLExport.xml
    var firstSeen: [ActorID: Day] = [:]
    for edge in graph.edges {
      guard let first = edge.firstDate else { continue }
      for id in [edge.source, edge.target] where firstSeen[id].map({ first < $0 }) ?? true { firstSeen[id] = first }
    }
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
        <meta><creator>ActorGraph</creator><description>Actor-relationship graph extracted from news articles</description></meta>
        <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
          <attributes class="node" mode="static">
            <attribute id="type" title="type" type="string"/>
          </attributes>
          <attributes class="edge" mode="static">
            <attribute id="relation" title="relation" type="string"/>
            <attribute id="subtype" title="subtype" type="string"/>
            <attribute id="articles" title="article_count" type="integer"/>
          </attributes>
          <nodes>

      """
    for actor in graph.connectedActors {
      let start = firstSeen[actor.id].map { " start=\"\($0)\"" } ?? ""
      out += "        <node id=\"\(xml(actor.id.rawValue))\" label=\"\(xml(actor.name))\"\(start)><attvalues><attvalue for=\"type\" value=\"\(actor.type.rawValue)\"/></attvalues></node>\n"
    }
    out += "      </nodes>\n      <edges>\n"
    for (index, edge) in graph.edges.enumerated() {
      let type = edge.relation.isSymmetric ? " type=\"mutual\"" : ""
      let start = edge.firstDate.map { " start=\"\($0)\"" } ?? ""
      out += "        <edge id=\"e\(index)\" source=\"\(xml(edge.source.rawValue))\" target=\"\(xml(edge.target.rawValue))\"\(type) label=\"\(edge.relation.rawValue)\" weight=\"\(edge.articleCount)\"\(start)>"
      out += "<attvalues><attvalue for=\"relation\" value=\"\(edge.relation.rawValue)\"/><attvalue for=\"subtype\" value=\"\(xml(edge.subtype))\"/><attvalue for=\"articles\" value=\"\(edge.articleCount)\"/></attvalues>"
      // Each dated article is a spell: the edge is asserted on that day and after.
      let days = Set(edge.evidence.compactMap(\.date)).sorted()
      if !days.isEmpty {
        out += "<spells>" + days.map { "<spell start=\"\($0)\"/>" }.joined() + "</spells>"
      }
      out += "</edge>\n"
    }
    out += "      </edges>\n    </graph>\n  </gexf>\n"
    return out
  }
}
