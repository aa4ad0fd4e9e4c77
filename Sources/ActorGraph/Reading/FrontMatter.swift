import Foundation
import Yams

/// A `---` delimited block of `key: value` lines at the top of an article.
struct FrontMatter {
  /// The metadata the block gave.
  var metadata: ArticleMetadata
  /// The text after the closing delimiter.
  var body: String

  /// The number of Unicode scalars before the body, for offsets into the whole file.
  var bodyOffset: Int

  /// Splits a front-matter block off `text`; nil when the text does not start with `---`.
  ///
  /// Only the block's lines are visited: the body is everything after the closing delimiter,
  /// taken whole (splitting a long article into lines by grapheme cost more than extracting it).
  /// Lines may end in "\r\n".
  ///
  /// - Throws: `ArticleReadError.brokenFrontMatter` with the line when the block never closes,
  ///   is not a YAML mapping, or has a date that is not `YYYY-MM-DD`.
  static func split(_ text: String, path: String) throws(ArticleReadError) -> FrontMatter? {
    var cursor = text.startIndex
    /// The line at `cursor`, without its "\n"; moves `cursor` past it.
    func nextLine() -> Substring? {
      guard cursor < text.endIndex else { return nil }
      let end = text.utf8[cursor...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
      defer { cursor = end < text.endIndex ? text.utf8.index(after: end) : end }
      return text[cursor..<end]
    }
    func isDelimiter(_ line: Substring) -> Bool { line.utf8.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D } == Array("---".utf8) }
    guard let first = nextLine(), isDelimiter(first) else { return nil }
    var lines: [Substring] = []
    var closed = false
    while let line = nextLine() {
      if isDelimiter(line) {
        closed = true
        break
      }
      lines.append(line)
    }
    guard closed else {
      throw .brokenFrontMatter(path: path, line: 1, reason: "the block opened with '---' never closes")
    }
    let block = lines.joined(separator: "\n")
    let body = String(text[cursor...])
    let bodyOffset = text.unicodeScalars[..<cursor].count
    let node: Node?
    do {
      // Every value is read as written: Yams's default resolver tries seven regular expressions
      // on each scalar (a third of reading an article) to turn "3.10" into 3.1, "yes" into true
      // and dates into timestamps, none of which metadata wants. The encoding is given, not
      // worked out again on every call. The node tree is read as it is, not converted into
      // dictionaries of `Any` first (which cost as much as parsing).
      node = try Yams.compose(yaml: block, .basic, .default, .utf8)
    } catch let error as YamlError {
      throw .brokenFrontMatter(path: path, line: 1 + Self.line(of: error), reason: Self.reason(of: error))
    } catch {
      throw .brokenFrontMatter(path: path, line: 2, reason: "\(error)")
    }
    let fields: Node.Mapping?
    switch node {
    case nil: fields = nil
    case .mapping(let mapping)?: fields = mapping
    default: throw .brokenFrontMatter(path: path, line: 2, reason: "expected 'key: value' lines")
    }
    func field(_ key: String) -> String? {
      guard let value = fields?[key]?.scalar?.string else { return nil }
      let text = String(value.trimmedOfWhitespace())
      return Self.absent.contains(text) ? nil : text
    }
    var date: Day?
    if let text = field("date") {
      guard let day = Day(Self.dayPart(of: text)) else {
        let line = 2 + (lines.firstIndex { $0.hasPrefix("date") } ?? 0)
        throw .brokenFrontMatter(path: path, line: line, reason: "date '\(text)' is not YYYY-MM-DD")
      }
      date = day
    }
    let metadata = ArticleMetadata(
      title: field("title"), outlet: field("outlet"), url: field("url"), date: date, dateSource: .frontMatter)
    return FrontMatter(metadata: metadata, body: body, bodyOffset: bodyOffset)
  }

  /// The values YAML writes for "none".
  private static let absent: Set<String> = ["", "~", "null", "Null", "NULL"]

  /// The day of a date written with a time ("2022-09-15T10:00:00Z", "2022-09-15 10:00"): the
  /// day as written, in the writer's own time zone.
  private static func dayPart(of text: String) -> String {
    let utf8 = Array(text.utf8)
    guard utf8.count > 10, utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: " ") else { return text }
    return String(decoding: utf8[..<10], as: UTF8.self)
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
