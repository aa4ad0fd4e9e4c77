import Foundation

/// A `metadata.json` file beside articles, giving each one's title, outlet, url and date so that
/// the articles themselves stay exactly as they were received.
///
/// The format is `{"articles": [{"id": "...", "file": "...", "title": "...", "outlet": "...",
/// "url": "...", "date": "YYYY-MM-DD" | null}]}`; every field but `id` or `file` is optional.
public struct MetadataSidecar: Sendable {
  /// The name the reader looks for in each folder.
  public static let fileName = "metadata.json"

  private struct Entry: Decodable {
    var id: String?
    var file: String?
    var title: String?
    var outlet: String?
    var url: String?
    var date: String?
  }

  private struct Document: Decodable {
    var articles: [Entry]
  }

  private var byID: [String: ArticleMetadata] = [:]

  /// Reads and checks a sidecar.
  /// - Throws: `ArticleReadError.brokenSidecar` naming the file (and the line, for JSON syntax
  ///   errors) when it is not valid JSON of the format above or has a malformed date.
  public init(contentsOf url: URL) throws(ArticleReadError) {
    let path = url.path
    let data: Data
    do { data = try Data(contentsOf: url) } catch { throw .unreadable(path: path, reason: error.localizedDescription) }
    let document: Document
    do {
      document = try JSONDecoder().decode(Document.self, from: data)
    } catch let DecodingError.dataCorrupted(context) {
      throw .brokenSidecar(path: path, line: JSONErrorLocation.lineOfSyntaxError(in: data), reason: "not valid JSON (\(context.debugDescription))")
    } catch {
      throw .brokenSidecar(path: path, line: nil, reason: "expected {\"articles\": [{\"id\": ..., \"date\": ...}]} (\(error))")
    }
    for entry in document.articles {
      guard let id = entry.id ?? entry.file.map({ ($0 as NSString).deletingPathExtension }) else {
        throw .brokenSidecar(path: path, line: nil, reason: "an entry has neither 'id' nor 'file'")
      }
      var date: Day?
      if let text = entry.date {
        guard let day = Day(text) else {
          throw .brokenSidecar(path: path, line: JSONErrorLocation.line(ofQuoted: text, in: String(decoding: data, as: UTF8.self)), reason: "date '\(text)' of \(id) is not YYYY-MM-DD")
        }
        date = day
      }
      byID[id] = ArticleMetadata(title: entry.title, outlet: entry.outlet, url: entry.url, date: date, dateSource: .sidecar)
    }
  }

  /// The metadata listed for an article id, if any.
  public func metadata(for id: String) -> ArticleMetadata? { byID[id] }
}
