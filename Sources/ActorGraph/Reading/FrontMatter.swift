import Foundation
import Yams

/// A `---` delimited block of `key: value` lines at the top of an article.
struct FrontMatter {
  /// The metadata the block gave.
  var metadata: ArticleMetadata
  /// The text after the closing delimiter.
  var body: String

  /// Splits a front-matter block off `text`; nil when the text does not start with `---`.
  ///
  /// - Throws: `ArticleReadError.brokenFrontMatter` with the line when the block never closes,
  ///   is not a YAML mapping, or has a date that is not `YYYY-MM-DD`.
  static func split(_ text: String, path: String) throws(ArticleReadError) -> FrontMatter? {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
    lines.removeFirst()
    guard let close = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines) == "---" }) else {
      throw .brokenFrontMatter(path: path, line: 1, reason: "the block opened with '---' never closes")
    }
    let block = lines[..<close].joined(separator: "\n")
    let body = lines[(close + 1)...].joined(separator: "\n")
    let node: Any?
    do {
      node = try Yams.load(yaml: block)
    } catch let error as YamlError {
      throw .brokenFrontMatter(path: path, line: 1 + Self.line(of: error), reason: Self.reason(of: error))
    } catch {
      throw .brokenFrontMatter(path: path, line: 2, reason: "\(error)")
    }
    let fields: [String: Any]
    switch node {
    case nil: fields = [:]
    case let mapping as [String: Any]: fields = mapping
    default: throw .brokenFrontMatter(path: path, line: 2, reason: "expected 'key: value' lines")
    }
    func field(_ key: String) -> String? {
      guard let value = fields[key] else { return nil }
      let text = "\(value)".trimmingCharacters(in: .whitespaces)
      return text.isEmpty ? nil : text
    }
    var date: Day?
    if let raw = fields["date"] {
      let text = Self.dateText(raw)
      guard let day = Day(text) else {
        let line = 2 + (lines[..<close].firstIndex { $0.hasPrefix("date") } ?? 0)
        throw .brokenFrontMatter(path: path, line: line, reason: "date '\(text)' is not YYYY-MM-DD")
      }
      date = day
    }
    let metadata = ArticleMetadata(
      title: field("title"), outlet: field("outlet"), url: field("url"), date: date, dateSource: .frontMatter)
    return FrontMatter(metadata: metadata, body: body)
  }

  /// YAML reads `2022-09-15` as a timestamp; take the day back out of whatever it made.
  private static func dateText(_ raw: Any) -> String {
    if let date = raw as? Date {
      var calendar = Calendar(identifier: .gregorian)
      calendar.timeZone = TimeZone(identifier: "UTC")!
      let c = calendar.dateComponents([.year, .month, .day], from: date)
      return Day(year: c.year ?? 0, month: c.month ?? 0, day: c.day ?? 0)?.description ?? "\(raw)"
    }
    return "\(raw)"
  }

  private static func line(of error: YamlError) -> Int {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return mark.line
    default: return 1
    }
  }

  private static func reason(of error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
      return problem
    default: return "\(error)"
    }
  }
}
