import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads articles from files and folders of `.txt` and `.md` files.
///
/// A folder is read recursively in name order. Each file's metadata comes from its front-matter
/// block if it has one, else from a `metadata.json` sidecar in its folder; a missing date is
/// inferred from the text where it can be. Bad files do not stop the others: each path yields
/// either an article or an error naming the file.
public struct ArticleReader: Sendable {
  /// File name endings read as articles.
  public static let extensions: Set<String> = ["txt", "md"]

  public init() {}

  /// One result per article file found under `paths`, in the order given (folders sorted).
  public func read(paths: [String]) -> [Result<Article, ArticleReadError>] {
    sources(paths: paths).map { source in
      do throws(ArticleReadError) { return .success(try source.get().read(with: self)) } catch { return .failure(error) }
    }
  }

  /// An article file found but not read yet, with the sidecar of its folder.
  public struct Source: Sendable {
    public var url: URL
    public var displayPath: String
    public var sidecar: MetadataSidecar?

    /// Reads the file. Safe to call from any thread.
    public func read(with reader: ArticleReader) throws(ArticleReadError) -> Article {
      try article(from: try bytes(), with: reader)
    }

    /// The file's bytes, unparsed: the part of reading that waits for the disk.
    public func bytes() throws(ArticleReadError) -> Data {
      do { return try Data(contentsOf: url) } catch { throw .unreadable(path: displayPath, reason: error.localizedDescription) }
    }

    /// The article in bytes read from this file.
    public func article(from data: Data, with reader: ArticleReader) throws(ArticleReadError) -> Article {
      try reader.parse(data: data, id: ArticleReader.id(ofFileNamed: url.lastPathComponent), path: displayPath, sidecar: sidecar)
    }
  }

  /// The article files under `paths` without reading them (a broken sidecar or a missing path
  /// is a failure in place), so a large corpus can be read a batch at a time.
  public func sources(paths: [String]) -> [Result<Source, ArticleReadError>] {
    var results: [Result<Source, ArticleReadError>] = []
    var sidecars: [String: Result<MetadataSidecar?, ArticleReadError>] = [:]
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        results.append(.failure(.missing(path: path)))
        continue
      }
      let files: [URL]
      if isDirectory.boolValue {
        files = Self.articleFiles(under: URL(fileURLWithPath: path))
      } else {
        let url = URL(fileURLWithPath: path)
        guard Self.extensions.contains(url.pathExtension.lowercased()) else {
          results.append(.failure(.unsupported(path: path)))
          continue
        }
        files = [url]
      }
      for file in files {
        let folder = file.deletingLastPathComponent().path
        let sidecar: Result<MetadataSidecar?, ArticleReadError>
        if let cached = sidecars[folder] {
          sidecar = cached
        } else {
          sidecar = Self.loadSidecar(in: file.deletingLastPathComponent())
          sidecars[folder] = sidecar
          if case .failure(let error) = sidecar { results.append(.failure(error)) }
        }
        results.append(.success(Source(url: file, displayPath: isDirectory.boolValue ? file.path : path, sidecar: try? sidecar.get())))
      }
    }
    return results
  }

  /// Turns the bytes of one article into an `Article`.
  /// - Throws: `ArticleReadError` for empty, binary or non-UTF-8 data or broken front matter.
  public func parse(data: Data, id: String, path: String, sidecar: MetadataSidecar? = nil) throws(ArticleReadError) -> Article {
    let text = try Self.decode(data, path: path)
    var metadata = sidecar?.metadata(for: id) ?? ArticleMetadata()
    var body = text
    var bodyOffset = 0
    if let front = try FrontMatter.split(text, path: path) {
      body = front.body
      bodyOffset = front.bodyOffset
      let fm = front.metadata
      metadata = ArticleMetadata(
        title: fm.title ?? metadata.title, outlet: fm.outlet ?? metadata.outlet, url: fm.url ?? metadata.url,
        date: fm.date ?? metadata.date, dateSource: fm.date != nil ? .frontMatter : metadata.dateSource)
    }
    metadata.inferDateIfMissing(from: body)
    if metadata.title == nil {
      metadata.title = Self.firstLine(of: body)
    }
    return Article(id: id, metadata: metadata, text: body, bodyOffset: bodyOffset)
  }

  /// The first line with text in it, trimmed (nil when there is none). Lines end in "\n" or
  /// "\r\n"; only the lines up to that one are read.
  static func firstLine(of body: String) -> String? {
    var rest = body[...]
    while !rest.isEmpty {
      let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
      let line = rest[..<end].trimmedOfWhitespace()
      if !line.isEmpty { return String(line) }
      rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
    }
    return nil
  }

  /// An article's id: its file name without the extension ("a.b.txt" is "a.b"). String work,
  /// not `URL.deletingPathExtension()`, which cost as much as reading a small file.
  static func id(ofFileNamed name: String) -> String {
    guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return name }
    return String(name[..<dot])
  }

  /// Checks bytes are non-empty UTF-8 text without NUL bytes, and decodes them (dropping a BOM).
  static func decode(_ data: Data, path: String) throws(ArticleReadError) -> String {
    if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty(path: path) }
    if data.withUnsafeBytes({ $0.baseAddress.map { memchr($0, 0, data.count) != nil } ?? false }) { throw .binary(path: path) }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw .invalidUTF8(path: path, line: Self.lineOfFirstInvalidByte(data))
    }
    return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
  }

  private static func lineOfFirstInvalidByte(_ data: Data) -> Int {
    var line = 1
    var lineStart = data.startIndex
    for index in data.indices where data[index] == 0x0A {
      if String(validating: data[lineStart..<index], as: UTF8.self) == nil { return line }
      line += 1
      lineStart = index + 1
    }
    return line
  }

  private static func articleFiles(under folder: URL) -> [URL] {
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
    var files: [URL] = []
    for case let url as URL in walker where extensions.contains(url.pathExtension.lowercased()) {
      if isRegularFile(url.path) { files.append(url) }
    }
    // Each path made once, not twice per comparison.
    return files.map { ($0.path, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
  }

  /// Whether a path is a regular file, a link to one included. One `stat` call: Foundation's
  /// resource values cost about 300,000 instructions a file on Linux, which made listing a
  /// folder of 100,000 articles take longer than some of the ingest.
  private static func isRegularFile(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
  }

  private static func loadSidecar(in folder: URL) -> Result<MetadataSidecar?, ArticleReadError> {
    let url = folder.appendingPathComponent(MetadataSidecar.fileName)
    guard FileManager.default.fileExists(atPath: url.path) else { return .success(nil) }
    do throws(ArticleReadError) { return .success(try MetadataSidecar(contentsOf: url)) } catch { return .failure(error) }
  }
}
