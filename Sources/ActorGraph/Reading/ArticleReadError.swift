/// Why one input file could not be read as an article.
///
/// Each case names the file and, where one applies, the line, so a user can go and fix it.
public enum ArticleReadError: Error, Equatable, Sendable, CustomStringConvertible {
  case missing(path: String)
  case unreadable(path: String, reason: String)
  case empty(path: String)
  case binary(path: String)
  case invalidUTF8(path: String, line: Int)
  case brokenFrontMatter(path: String, line: Int, reason: String)
  case brokenSidecar(path: String, line: Int?, reason: String)
  case unsupported(path: String)

  /// The file the error is about.
  public var path: String {
    switch self {
    case .missing(let p), .unreadable(let p, _), .empty(let p), .binary(let p), .invalidUTF8(let p, _),
      .brokenFrontMatter(let p, _, _), .brokenSidecar(let p, _, _), .unsupported(let p):
      return p
    }
  }

  public var description: String {
    switch self {
    case .missing(let p): return "\(p): no such file or folder"
    case .unreadable(let p, let reason): return "\(p): cannot be read (\(reason))"
    case .empty(let p): return "\(p): the file is empty"
    case .binary(let p): return "\(p): a binary file (it holds NUL bytes), not an article"
    case .invalidUTF8(let p, let line): return "\(p):\(line): not valid UTF-8 text"
    case .brokenFrontMatter(let p, let line, let reason): return "\(p):\(line): broken front matter: \(reason)"
    case .brokenSidecar(let p, let line, let reason):
      return line.map { "\(p):\($0): broken metadata sidecar: \(reason)" } ?? "\(p): broken metadata sidecar: \(reason)"
    case .unsupported(let p): return "\(p): not a .txt or .md article"
    }
  }
}
