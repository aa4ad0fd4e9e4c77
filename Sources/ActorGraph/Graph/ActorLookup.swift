import Foundation

/// Finds an actor of a graph by id, name or alias, forgiving case, accents and "the".
public struct ActorLookup: Sendable {
  private var byKey: [String: ActorID] = [:]
  private var names: [(String, ActorID)] = []

  public init(graph: RelationGraph) {
    for actor in graph.actors.values.sorted(by: { $0.id < $1.id }) {
      for name in [actor.id.rawValue, actor.name] + actor.aliases {
        let key = Self.normalize(name)
        if byKey[key] == nil { byKey[key] = actor.id }
      }
      names.append((actor.name, actor.id))
    }
  }

  /// The actor a name means.
  /// - Throws: `QueryError.unknownActor` with the closest known names.
  public func resolve(_ name: String) throws(QueryError) -> ActorID {
    if let id = byKey[Self.normalize(name)] { return id }
    let wanted = Self.normalize(name)
    let ranked = names.map { ($0.0, Self.distance(wanted, Self.normalize($0.0))) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
    throw .unknownActor(name: name, suggestions: ranked.prefix(3).map(\.0))
  }

  /// Lowercase, no accents, no leading "the", punctuation folded to spaces (as score.py does).
  public static func normalize(_ text: String) -> String {
    var s = text.decomposedStringWithCompatibilityMapping.unicodeScalars.filter { !$0.properties.isDiacritic && $0.properties.generalCategory != .nonspacingMark }
      .map(Character.init).map(String.init).joined().lowercased()
    s = s.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'").trimmingCharacters(in: .whitespaces)
    if s.hasPrefix("the ") { s.removeFirst(4) }
    let mapped = s.unicodeScalars.map { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "'" ? Character($0) : " " }
    return String(mapped).split(separator: " ").joined(separator: " ")
  }

  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var row = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var previous = row[0]
      row[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let current = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = current
      }
    }
    return a.isEmpty ? b.count : row[b.count]
  }
}

/// Why a query could not be answered.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
  case unknownActor(name: String, suggestions: [String])
  case noPath(from: String, to: String)

  public var description: String {
    switch self {
    case .unknownActor(let name, let suggestions):
      let hint = suggestions.isEmpty ? "the graph is empty" : "closest: \(suggestions.joined(separator: ", "))"
      return "no actor named '\(name)' in the graph (\(hint))"
    case .noPath(let from, let to): return "no connection between \(from) and \(to) in the graph"
    }
  }
}
