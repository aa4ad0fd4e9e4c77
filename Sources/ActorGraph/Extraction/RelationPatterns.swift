import Foundation

/// The relation lexicon (`Resources/relations.json`): trigger phrases and how to read the
/// actors around them.
struct RelationPatterns: Sendable {
  enum Form: String, Decodable, Sendable {
    case active, passive, reciprocal, between, mutual, mediation, leads
  }

  /// One trigger phrase and how to read the actors around it. A class: the matcher reads a
  /// pattern at every match, and a reference is one retain where a copy of the struct retained
  /// each of its arrays, sets and strings.
  final class Pattern: Sendable {
    /// Per position, the words that may stand there; `nil` is a gap of up to eight words
    /// (seven where it may hold actors). A choice may hold several words (`air_strikes`), and
    /// an empty choice makes the position optional.
    let slots: [[[String]]?]
    /// Whether a gap may hold actors (the parties in "bring Syria and Turkey closer").
    let gapTakesActors: Bool
    let relation: RelationKind
    let subtype: String
    let cameo: String?
    let form: Form
    let needsNegation: Bool
    let needsMediator: Bool
    let groupOnly: Bool
    let mutual: Bool
    let maxGap: Int
    let after: WordSet
    /// Whether the words in `after` must follow the object and a form of "be" or "must" or
    /// "should" ("said the accord was illegal", "said American forces must leave"), not merely
    /// come near it.
    let afterCopula: Bool
    let sourceTypes: Set<ActorType>?
    let objectTypes: Set<ActorType>?

    init(
      slots: [[[String]]?], gapTakesActors: Bool, relation: RelationKind, subtype: String, cameo: String?, form: Form, needsNegation: Bool,
      needsMediator: Bool, groupOnly: Bool, mutual: Bool, maxGap: Int, after: WordSet, afterCopula: Bool, sourceTypes: Set<ActorType>?,
      objectTypes: Set<ActorType>?
    ) {
      (self.slots, self.gapTakesActors, self.relation, self.subtype, self.cameo, self.form) = (slots, gapTakesActors, relation, subtype, cameo, form)
      (self.needsNegation, self.needsMediator, self.groupOnly, self.mutual, self.maxGap) = (needsNegation, needsMediator, groupOnly, mutual, maxGap)
      (self.after, self.afterCopula, self.sourceTypes, self.objectTypes) = (after, afterCopula, sourceTypes, objectTypes)
    }
  }

  struct Compound: Sendable {
    var words: Set<String>
    var relation: RelationKind
    var subtype: String
    var cameo: String?
  }

  private struct File: Decodable {
    struct Entry: Decodable {
      var pattern: String
      var relation: String
      var subtype: String
      var cameo: String?
      var form: Form
      var needsNegation: Bool?
      var needsMediator: Bool?
      var groupOnly: Bool?
      var mutual: Bool?
      var maxGap: Int?
      var after: [String]?
      var afterCopula: Bool?
      var sourceTypes: [String]?
      var objectTypes: [String]?
    }
    struct CompoundEntry: Decodable {
      var word: String
      var relation: String
      var subtype: String
      var cameo: String?
    }
    var patterns: [Entry]
    var compounds: [CompoundEntry]
  }

  var patterns: [Pattern] = []
  var compounds: [Compound] = []
  /// The patterns' slots as word ids of the extractor's `WordTable`, for matching.
  private(set) var program = PatternProgram([], gapTakesActors: [])
  /// For each word id, the patterns that may start at that word: those whose first slot
  /// accepts it, then those whose first slot may be empty (none ship, but a file could have one).
  private var startingAt: [[Int]] = []
  private var leadsStartingAt: [[Int]] = []

  /// Every word the patterns and compounds use, for the extractor's `WordTable`.
  var words: Set<String> {
    Set(patterns.flatMap { $0.slots.flatMap { $0 ?? [] }.flatMap { $0 } }).union(compounds.flatMap(\.words))
  }

  /// Numbers the patterns' words with `table`'s ids, so sentences are matched as integers.
  /// `table` must hold `words`.
  mutating func compile(with table: WordTable) {
    let compiled = patterns.map { pattern in pattern.slots.map { slot in slot.map { $0.map { $0.map(table.id(of:)) } } } }
    program = PatternProgram(compiled, gapTakesActors: patterns.map(\.gapTakesActors))
    var byFirstWord = [Set<Int>](repeating: [], count: table.count)
    var optionalFirst: [Int] = []
    for (index, slots) in compiled.enumerated() {
      guard let first = slots.first, let choices = first else { continue }
      if choices.contains(where: \.isEmpty) { optionalFirst.append(index) }
      for choice in choices { if let word = choice.first { byFirstWord[Int(word)].insert(index) } }
    }
    startingAt = byFirstWord.map { $0.sorted() + optionalFirst }
    // The `leads` patterns whose first word is the word itself, not any word an optional first
    // position lets through.
    leadsStartingAt = byFirstWord.enumerated().map { word, indices in
      indices.sorted().filter { index in
        patterns[index].form == .leads && compiled[index].first??.contains(where: { $0.first == Int32(word) }) == true
      }
    }
  }

  /// The patterns that may start at a word of id `word` (a `WordTable` id, not `unknown`).
  func patterns(startingAt word: Int32) -> [Int] { startingAt[Int(word)] }

  /// The `leads` patterns whose first word is the word of id `word`.
  func leadsPatterns(startingAt word: Int32) -> [Int] { leadsStartingAt[Int(word)] }

  /// The patterns shipped with ActorGraph.
  static func shipped() throws(LexiconError) -> RelationPatterns {
    guard let url = Bundle.module.url(forResource: "relations", withExtension: "json"),
      let data = try? Data(contentsOf: url)
    else { throw LexiconError(file: "relations.json", message: "the shipped relation patterns are missing from the package resources") }
    return try RelationPatterns(data: data, file: "relations.json")
  }

  init(data: Data, file: String) throws(LexiconError) {
    let parsed: File
    do { parsed = try JSONDecoder().decode(File.self, from: data) } catch let error as DecodingError {
      throw LexiconError(file: file, line: JSONErrorLocation.line(of: error, in: data), message: JSONErrorLocation.message(of: error))
    } catch { throw LexiconError(file: file, message: "\(error)") }
    func relation(_ name: String) throws(LexiconError) -> RelationKind {
      guard let kind = RelationKind(rawValue: name) else {
        throw LexiconError(file: file, message: "unknown relation '\(name)'; expected one of \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      return kind
    }
    func types(_ names: [String]?) throws(LexiconError) -> Set<ActorType>? {
      guard let names else { return nil }
      var result: Set<ActorType> = []
      for name in names {
        guard let type = ActorType(rawValue: name) else { throw LexiconError(file: file, message: "unknown actor type '\(name)'") }
        result.insert(type)
      }
      return result
    }
    for entry in parsed.patterns {
      let slots: [[[String]]?] = entry.pattern.split(separator: " ").map { slot in
        slot == "..." || slot == "~" ? nil : slot.split(separator: "|", omittingEmptySubsequences: false).map { $0.split(separator: "_").map(String.init) }
      }
      patterns.append(
        Pattern(
          slots: slots, gapTakesActors: entry.pattern.split(separator: " ").contains("~"), relation: try relation(entry.relation), subtype: entry.subtype, cameo: entry.cameo, form: entry.form,
          needsNegation: entry.needsNegation ?? false, needsMediator: entry.needsMediator ?? false,
          groupOnly: entry.groupOnly ?? false, mutual: entry.mutual ?? false, maxGap: entry.maxGap ?? 4,
          after: WordSet(entry.after ?? []), afterCopula: entry.afterCopula ?? false, sourceTypes: try types(entry.sourceTypes), objectTypes: try types(entry.objectTypes)))
    }
    for entry in parsed.compounds {
      compounds.append(
        Compound(
          words: Set(entry.word.split(separator: "|").map(String.init)), relation: try relation(entry.relation), subtype: entry.subtype,
          cameo: entry.cameo))
    }
  }

}
