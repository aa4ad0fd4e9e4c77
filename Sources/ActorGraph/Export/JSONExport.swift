import Foundation

/// The JSON export of DESIGN.md: articles, nodes and edges with evidence.
public enum JSONExport {
  private struct Document: Encodable {
    struct ArticleOut: Encodable {
      var id: String
      var date: String?
      var date_source: String
      var title: String?
      var outlet: String?
      var url: String?
    }
    struct EvidenceOut: Encodable {
      var article: String
      var date: String?
      var sentence: String
      var start: Int
      var end: Int
      var confidence: Double
      var hedged: Bool
    }
    struct EdgeOut: Encodable {
      var source: String
      var target: String
      var relation: String
      var subtype: String
      var cameo: String?
      var quad_class: Int?
      var sign: String
      var article_count: Int
      var evidence: [EvidenceOut]
    }
    var articles: [ArticleOut]
    var nodes: [ActorRecord]
    var edges: [EdgeOut]
  }

  /// The graph as pretty-printed JSON text (keys sorted, so output is stable).
  public static func render(_ graph: RelationGraph) throws -> String {
    let document = Document(
      articles: graph.articles.map {
        .init(
          id: $0.id, date: $0.metadata.date?.description, date_source: $0.metadata.dateSource.rawValue, title: $0.metadata.title,
          outlet: $0.metadata.outlet, url: $0.metadata.url)
      },
      nodes: graph.connectedActors.map(ActorRecord.init),
      edges: graph.edges.map { edge in
        .init(
          source: edge.source.rawValue, target: edge.target.rawValue, relation: edge.relation.rawValue, subtype: edge.subtype, cameo: edge.cameo,
          quad_class: QuadClass(cameo: edge.cameo)?.rawValue, sign: edge.relation.sign.rawValue, article_count: edge.articleCount,
          evidence: edge.evidence.map {
            .init(article: $0.article, date: $0.date?.description, sentence: $0.sentence, start: $0.start, end: $0.end, confidence: $0.confidence, hedged: $0.hedged)
          })
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(document), as: UTF8.self)
  }
}
