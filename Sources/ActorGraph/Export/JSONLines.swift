import Foundation

/// JSON Lines for streaming: articles in (`{"id", "text", "title", "date", "outlet", "url"}`),
/// one extraction per article out, so extraction runs under Spark's `pipe`, Hadoop Streaming
/// or GNU parallel with no database.
public enum JSONLines {
  /// One line of input: an article, or an extraction written by `extract --jsonl`.
  public enum Line: Sendable {
    case article(Article)
    case extraction(Extraction)
  }

  /// A line that is not an article or extraction, with its number.
  public struct LineError: Error, Sendable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var message: String
    public var description: String { "\(source):\(line): \(message)" }
  }

  private struct ArticleIn: Decodable {
    var id: String
    var text: String?
    var title: String?
    var date: String?
    var outlet: String?
    var url: String?
    var actors: [ActorRecord]?
    var relations: [RelationOut]?
  }

  private struct RelationOut: Codable {
    var source: String
    var relation: String
    var target: String
    var subtype: String
    var cameo: String?
    var sentence: String
    var start: Int
    var end: Int
    var confidence: Double
    var hedged: Bool
  }

  private struct ExtractionOut: Encodable {
    var id: String
    var date: String?
    var date_source: String
    var title: String?
    var outlet: String?
    var url: String?
    var actors: [ActorRecord]
    var relations: [RelationOut]
  }

  /// Parses one line.
  /// - Throws: `LineError` for invalid JSON, a missing `id`, an empty `text`, a bad date or
  ///   an unknown relation or type.
  public static func parse(_ text: String, line: Int, source: String) throws(LineError) -> Line {
    func fail(_ message: String) -> LineError { LineError(source: source, line: line, message: message) }
    let input: ArticleIn
    do { input = try JSONDecoder().decode(ArticleIn.self, from: Data(text.utf8)) } catch {
      throw fail("not a JSON object with \"id\" and \"text\"")
    }
    var date: Day?
    if let raw = input.date {
      guard let day = Day(raw) else { throw fail("date '\(raw)' is not YYYY-MM-DD") }
      date = day
    }
    var metadata = ArticleMetadata(title: input.title, outlet: input.outlet, url: input.url, date: date, dateSource: .frontMatter)
    if let relations = input.relations {
      var actors: [NewsActor] = []
      for actor in input.actors ?? [] {
        guard let type = ActorType(rawValue: actor.type) else { throw fail("unknown actor type '\(actor.type)'") }
        actors.append(NewsActor(id: ActorID(actor.id), name: actor.name, type: type, aliases: actor.aliases, discovered: actor.discovered))
      }
      var assertions: [Assertion] = []
      for r in relations {
        guard let kind = RelationKind(rawValue: r.relation) else { throw fail("unknown relation '\(r.relation)'") }
        assertions.append(
          Assertion(source: ActorID(r.source), relation: kind, subtype: r.subtype, cameo: r.cameo, target: ActorID(r.target),
            evidence: Evidence(article: input.id, date: date, sentence: r.sentence, start: r.start, end: r.end, confidence: r.confidence, hedged: r.hedged)))
      }
      return .extraction(Extraction(article: Article(id: input.id, metadata: metadata, text: input.text ?? ""), actors: actors, assertions: assertions))
    }
    guard let body = input.text, !body.isBlank else { throw fail("article \(input.id) has no text") }
    metadata.inferDateIfMissing(from: body)
    return .article(Article(id: input.id, metadata: metadata, text: body))
  }

  /// An extraction as one line of JSON (no newline).
  public static func line(for extraction: Extraction) throws -> String {
    let a = extraction.article
    let out = ExtractionOut(
      id: a.id, date: a.metadata.date?.description, date_source: a.metadata.dateSource.rawValue, title: a.metadata.title, outlet: a.metadata.outlet,
      url: a.metadata.url,
      actors: extraction.actors.map(ActorRecord.init),
      relations: extraction.assertions.map {
        RelationOut(
          source: $0.source.rawValue, relation: $0.relation.rawValue, target: $0.target.rawValue, subtype: $0.subtype, cameo: $0.cameo,
          sentence: $0.evidence.sentence, start: $0.evidence.start, end: $0.evidence.end, confidence: $0.evidence.confidence, hedged: $0.evidence.hedged)
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(out), as: UTF8.self)
  }
}
