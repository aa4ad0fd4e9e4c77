import Foundation

/// An edge list read from TSV: `source<TAB>relation<TAB>target[<TAB>date]` per line, actors by
/// name. Lines starting with `#`, and a header line `source relation target ...`, are skipped.
public struct EdgeList: Sendable {
  public var names: [String] = []
  public var sources: [Int32] = []
  public var targets: [Int32] = []
  public var relations: [RelationKind] = []
  /// Per edge, the day as `Day.ordinal`, or `EdgeList.undated`.
  public var dayOrdinals: [Int32] = []
  public static let undated = Int32.min

  /// A line that could not be read.
  public struct LineError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
  }

  /// Reads a TSV edge list.
  /// - Throws: `LineError` with the file and line of the first malformed line (too few
  ///   columns, an unknown relation, a bad date), or when the file cannot be read.
  public init(contentsOf path: String) throws(LineError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LineError(file: path, line: 0, message: "cannot be read")
    }
    var index: [String: Int32] = [:]
    func id(_ name: String) -> Int32 {
      if let id = index[name] { return id }
      let id = Int32(names.count)
      index[name] = id
      names.append(name)
      return id
    }
    let relationNames = Dictionary(uniqueKeysWithValues: RelationKind.allCases.map { ($0.rawValue, $0) })
    var lineNumber = 0
    var failure: LineError?
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let bytes = raw.bindMemory(to: UInt8.self)
      var start = 0
      while start < bytes.count, failure == nil {
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        lineNumber += 1
        var fields: [String] = []
        var fieldStart = start
        for k in start...end where k == end || bytes[k] == 0x09 {
          var fieldEnd = k
          if k == end, fieldEnd > fieldStart, bytes[fieldEnd - 1] == 0x0D { fieldEnd -= 1 }
          fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<fieldEnd]), as: UTF8.self))
          fieldStart = k + 1
        }
        start = end + 1
        if fields.allSatisfy(\.isEmpty) || fields[0].hasPrefix("#") { continue }
        if lineNumber == 1, fields.first?.lowercased() == "source" { continue }
        guard fields.count >= 3, !fields[0].isEmpty, !fields[2].isEmpty else {
          failure = LineError(file: path, line: lineNumber, message: "expected source, relation, target and an optional date, separated by tabs")
          break
        }
        guard let relation = relationNames[fields[1]] else {
          failure = LineError(file: path, line: lineNumber, message: "unknown relation '\(fields[1])'")
          break
        }
        var ordinal = Self.undated
        if fields.count > 3, !fields[3].isEmpty {
          guard let day = Day(fields[3]) else {
            failure = LineError(file: path, line: lineNumber, message: "date '\(fields[3])' is not YYYY-MM-DD")
            break
          }
          ordinal = Int32(day.ordinal)
        }
        sources.append(id(fields[0]))
        relations.append(relation)
        targets.append(id(fields[2]))
        dayOrdinals.append(ordinal)
      }
    }
    if let failure { throw failure }
  }

  /// The list as extractions the store can save: one pseudo-article per date (`STEM@DATE`,
  /// or `STEM` for undated lines), each edge one piece of evidence quoting its line.
  /// - Parameter actor: the actor a name stands for (the lexicon's, or a discovered one).
  public func extractions(stem: String, actor: (String) -> NewsActor) -> [Extraction] {
    let actors = names.map(actor)
    var groups: [Int32: [Int]] = [:]
    for i in sources.indices { groups[dayOrdinals[i], default: []].append(i) }
    return groups.keys.sorted().map { ordinal in
      let day = ordinal == Self.undated ? nil : Day(ordinal: Int(ordinal))
      let id = day.map { "\(stem)@\($0)" } ?? stem
      let article = Article(id: id, metadata: ArticleMetadata(title: "edge list \(stem)", date: day, dateSource: .sidecar), text: "")
      var used: [ActorID: NewsActor] = [:]
      let assertions = groups[ordinal]!.map { i -> Assertion in
        let (s, t) = (actors[Int(sources[i])], actors[Int(targets[i])])
        used[s.id] = s
        used[t.id] = t
        let line = "\(s.name)\t\(relations[i].rawValue)\t\(t.name)"
        return Assertion(source: s.id, relation: relations[i], subtype: relations[i].rawValue, target: t.id,
          evidence: Evidence(article: id, date: day, sentence: line, start: 0, end: 0, confidence: 1))
      }
      return Extraction(article: article, actors: Array(used.values), assertions: assertions)
    }
  }

  /// The compact graph of the list, each line one edge with weight 1.
  public func compactGraph() -> CompactGraph {
    CompactGraph(nodeCount: names.count, sources: sources, targets: targets, relations: relations, weights: [Int32](repeating: 1, count: sources.count))
  }
}
