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

  /// A relation as `line(for:)` writes it, read back by `ingest --jsonl`.
  private struct RelationOut: Decodable {
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

  /// An extraction as one line of JSON (no newline), keys in sorted order.
  public static func line(for extraction: Extraction) -> String {
    let a = extraction.article
    var out = JSONLineWriter()
    out.beginObject()
    out.key("actors")
    out.beginArray()
    for actor in extraction.actors {
      out.beginObject()
      out.key("aliases")
      out.beginArray()
      for alias in actor.aliases { out.value(alias) }
      out.endArray()
      out.key("discovered")
      out.value(actor.discovered)
      out.field("id", actor.id.rawValue)
      out.field("name", actor.name)
      out.field("type", actor.type.rawValue)
      out.endObject()
    }
    out.endArray()
    out.field("date", a.metadata.date?.description)
    out.field("date_source", a.metadata.dateSource.rawValue)
    out.field("id", a.id)
    out.field("outlet", a.metadata.outlet)
    out.key("relations")
    out.beginArray()
    for r in extraction.assertions {
      out.beginObject()
      out.field("cameo", r.cameo)
      out.key("confidence")
      out.value(r.evidence.confidence)
      out.key("end")
      out.value(r.evidence.end)
      out.key("hedged")
      out.value(r.evidence.hedged)
      out.field("relation", r.relation.rawValue)
      out.field("sentence", r.evidence.sentence)
      out.field("source", r.source.rawValue)
      out.key("start")
      out.value(r.evidence.start)
      out.field("subtype", r.subtype)
      out.field("target", r.target.rawValue)
      out.endObject()
    }
    out.endArray()
    out.field("title", a.metadata.title)
    out.field("url", a.metadata.url)
    out.endObject()
    return out.text
  }
}
