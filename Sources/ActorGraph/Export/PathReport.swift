import Foundation

/// Paths as text or JSON, each hop with its relation, direction, articles and best sentence.
public enum PathReport {
  public static func text(_ paths: [[RelationGraph.Hop]], graph: RelationGraph, from: String, to: String) -> String {
    let name = { (id: ActorID) in graph.actors[id]?.name ?? id.rawValue }
    var lines: [String] = []
    for (number, hops) in paths.enumerated() {
      let articles = hops.reduce(0) { $0 + $1.edge.articleCount }
      let heading = "\(from) to \(to): \(hops.count) hop\(hops.count == 1 ? "" : "s"), \(articles) supporting article\(articles == 1 ? "" : "s")"
      lines.append(paths.count > 1 ? "path \(number + 1): \(heading)" : heading)
      for (index, hop) in hops.enumerated() {
        let edge = hop.edge
        let arrow = edge.relation.isSymmetric ? "--" : (hop.forward ? "->" : "<-")
        lines.append("\(index + 1). \(name(hop.from)) \(arrow) \(edge.relation.rawValue) \(arrow) \(name(hop.to))  (\(edge.articleCount) article\(edge.articleCount == 1 ? "" : "s"))")
        if let best = bestEvidence(edge) {
          lines.append("   \"\(best.sentence)\" [\(best.article), \(best.date?.description ?? "undated")]")
        }
      }
    }
    return lines.joined(separator: "\n")
  }

  public static func json(_ paths: [[RelationGraph.Hop]], graph: RelationGraph, capped: Bool) throws -> String {
    struct HopOut: Encodable {
      var from, to, relation: String
      var direction: String
      var article_count: Int
      var sentence: String?
      var article: String?
      var date: String?
    }
    struct PathOut: Encodable { var hops: [HopOut]; var articles: Int }
    struct Out: Encodable { var paths: [PathOut]; var capped: Bool }
    let out = Out(
      paths: paths.map { hops in
        PathOut(
          hops: hops.map { hop in
            let best = bestEvidence(hop.edge)
            return HopOut(
              from: hop.from.rawValue, to: hop.to.rawValue, relation: hop.edge.relation.rawValue,
              direction: hop.edge.relation.isSymmetric ? "none" : (hop.forward ? "forward" : "backward"), article_count: hop.edge.articleCount,
              sentence: best?.sentence, article: best?.article, date: best?.date?.description)
          }, articles: hops.reduce(0) { $0 + $1.edge.articleCount })
      }, capped: capped)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return String(decoding: try encoder.encode(out), as: UTF8.self)
  }

  /// The most confident sentence, the earliest on ties.
  public static func bestEvidence(_ edge: RelationGraph.Edge) -> Evidence? {
    edge.evidence.max { ($0.confidence, -$0.start) < ($1.confidence, -$1.start) }
  }
}
