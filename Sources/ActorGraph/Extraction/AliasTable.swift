/// The lexicon's names, aliases and seats as token sequences, for longest-match lookup.
struct AliasTable: Sendable {
  /// One name of an actor as words. A class: a match hands its pattern on through every rule
  /// of the finder, and a reference is one retain where a copy of the struct retained each of
  /// its arrays.
  final class Pattern: Sendable {
    let words: [String]
    /// `words` as ids of the extractor's `WordTable` (set by `compile(with:)`; the shared
    /// patterns only).
    let ids: [Int32]
    /// Per word: whether the lexicon writes it capitalised, so the text must too ("Gallant"
    /// the minister, not "gallant"); lowercase words ("rebels") match in any case.
    let capitalised: [Bool]
    /// For short all-capital acronyms ("US", "MIT"): the exact spelling each token must have.
    let exact: [String]?
    let actor: ActorID
    let kind: Mention.Kind

    init(words: [String], ids: [Int32] = [], capitalised: [Bool], exact: [String]?, actor: ActorID, kind: Mention.Kind) {
      (self.words, self.ids, self.capitalised, self.exact, self.actor, self.kind) = (words, ids, capitalised, exact, actor, kind)
    }

    /// The same pattern with its words numbered.
    func numbered(by table: WordTable) -> Pattern {
      Pattern(words: words, ids: words.map(table.id(of:)), capitalised: capitalised, exact: exact, actor: actor, kind: kind)
    }

    /// Whether the lexicon writes every word in lower case: a common noun ("rebels"), no name.
    var isWrittenInLowerCase: Bool { !capitalised.contains(true) }
  }

  /// The lexicon's patterns, shared by every article, longest first, by the first word.
  private var byFirstWord: [String: [Pattern]] = [:]
  /// The same, indexed by the first word's id once compiled: matching is then integer work.
  private var byFirstID: [[Pattern]] = []
  /// The id of "-", for the adjacency rule of hyphenated names.
  private var hyphenID = WordTable.unknown
  /// Patterns one article adds (its acronyms and discovered names). Kept apart so that adding
  /// them never copies the shared table.
  private var local: [String: [Pattern]] = [:]
  /// Whether a local pattern may start with a word in lower case. Most never do (acronyms,
  /// names), so a lower-case word needs no lookup among them.
  private var localStartsLowercase = false

  init(lexicon: Lexicon) {
    for entry in lexicon.entries.values.sorted(by: { $0.actor.id < $1.actor.id }) {
      for name in [entry.actor.name] + entry.actor.aliases {
        add(name, actor: entry.actor.id, kind: .name)
        // Headlines drop the possessive: "Sudan's army" is also "Sudan army".
        if let possessive = name.range(of: "'s "), lexicon.type(of: ActorID(slugOf: String(name[..<possessive.lowerBound]))) == .state {
          add(name.replacingCharacters(in: possessive, with: " "), actor: entry.actor.id, kind: .name)
        }
      }
      for seat in entry.seats { add(seat, actor: entry.actor.id, kind: .seat) }
      // "Turkish intelligence agency" is also "Turkey's intelligence agency" (an agency's name,
      // not "Turkish intelligence", which "Turkey's intelligence chief" begins with).
      if entry.actor.type == .organization, let whole = entry.partOf, let state = lexicon[whole]?.actor.name {
        for alias in entry.actor.aliases {
          let words = alias.split(separator: " ", maxSplits: 1)
          guard words.count == 2, lexicon.demonymStates[words[0].lowercased()] == whole,
            let last = words[1].split(separator: " ").last, Vocabulary.organizationHeads.contains(last.lowercased())
          else { continue }
          add("\(state)'s \(words[1])", actor: entry.actor.id, kind: .name)
        }
      }
    }
    for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.words.count > $1.words.count } }
    lexiconLoaded = true
  }

  /// Set once the lexicon's patterns are in; later additions are article-local.
  private var lexiconLoaded = false

  /// Every word of the shared patterns, for the extractor's `WordTable`.
  var words: Set<String> { Set(byFirstWord.values.joined().flatMap(\.words)) }

  /// Numbers the shared patterns' words with `table`'s ids. `table` must hold `words`.
  mutating func compile(with table: WordTable) {
    var byID: [Int32: [Pattern]] = [:]
    for (first, patterns) in byFirstWord {
      byID[table.id(of: first)] = patterns.map { $0.numbered(by: table) }
    }
    hyphenID = table.id(of: "-")
    byFirstID = Array(repeating: [], count: Int(byID.keys.max() ?? -1) + 1)
    for (id, patterns) in byID { byFirstID[Int(id)] = patterns }
  }

  /// Adds a phrase naming `actor` (used for acronyms an article defines, too).
  mutating func add(_ phrase: String, actor: ActorID, kind: Mention.Kind) {
    let tokens = Tokenizer.words(of: phrase)
    guard let first = tokens.first else { return }
    let isAcronym = Self.isAcronym(phrase)
    let pattern = Pattern(
      words: tokens.map(\.lower), capitalised: tokens.map(\.isCapitalized), exact: isAcronym ? tokens.map(\.text) : nil,
      actor: actor, kind: kind)
    if lexiconLoaded {
      // The article's latest use of a phrase wins ("Barzani" after "Masrour Barzani").
      local[first.lower, default: []].removeAll { $0.words == pattern.words }
      local[first.lower, default: []].append(pattern)
      localStartsLowercase = localStartsLowercase || !first.isCapitalized
      local[first.lower]?.sort { $0.words.count > $1.words.count }
    } else {
      byFirstWord[first.lower, default: []].append(pattern)
    }
  }

  /// Whether a phrase is written as an acronym: one to five letters, all capitals ("YPG",
  /// "U.N."). Reads no further than a sixth letter.
  static func isAcronym(_ phrase: String) -> Bool {
    var letters = 0
    for character in phrase where character.isLetter {
      guard character.isUppercase, letters < 5 else { return false }
      letters += 1
    }
    return letters > 0
  }

  /// The longest pattern matching at `index`, and how many tokens it covers.
  /// Nil past the last token, so callers may ask about the word after a phrase without
  /// testing that there is one ("the president of the" ending a text).
  func match(_ tokens: [Token], at index: Int) -> (pattern: Pattern, length: Int)? {
    guard index < tokens.count else { return nil }
    // The token's fields are read in place: a copy of it would retain its strings.
    let word = tokens[index].word
    let shared = word >= 0 && Int(word) < byFirstID.count ? matchShared(tokens, at: index) : nil
    guard !local.isEmpty, tokens[index].isCapitalized || localStartsLowercase, let own = local[tokens[index].lower].flatMap({ matchLocal(tokens, at: index, among: $0) })
    else { return shared }
    guard let shared else { return own }
    // What the article itself defined wins a tie with the lexicon.
    return own.length >= shared.length ? own : shared
  }

  /// Whether a name may start at `token`: false means `match` finds none there. Asked of each
  /// word before anything else, so it looks at no spelling.
  @inline(__always) func mayStartName(_ token: Token) -> Bool {
    (token.word >= 0 && Int(token.word) < byFirstID.count && !byFirstID[Int(token.word)].isEmpty)
      || (!local.isEmpty && (token.isCapitalized || localStartsLowercase))
  }

  /// `match`, with two names of one actor that share a word joined into one: "the
  /// Tripoli-based Government of National Accord" is "Tripoli-based government" and
  /// "Government of National Accord".
  func joinedMatch(_ tokens: [Token], at index: Int) -> (pattern: Pattern, length: Int)? {
    guard let (pattern, length) = match(tokens, at: index) else { return nil }
    guard length > 1, let (next, nextLength) = match(tokens, at: index + length - 1), next.actor == pattern.actor, nextLength > 1 else { return (pattern, length) }
    return (pattern, length - 1 + nextLength)
  }

  private func matchShared(_ tokens: [Token], at index: Int) -> (pattern: Pattern, length: Int)? {
    let candidates = byFirstID[Int(tokens[index].word)]
    for c in candidates.indices where index + candidates[c].ids.count <= tokens.count {
      // Most candidates differ in their second word: reject those before anything else.
      if candidates[c].ids.count > 1, tokens[index + 1].word != candidates[c].ids[1] { continue }
      let ids = candidates[c].ids
      var ok = true
      for k in ids.indices {
        if tokens[index + k].word != ids[k] || !fits(tokens, index + k, candidates[c], k) || !adjacent(tokens, index + k, k, ids: ids) {
          ok = false
          break
        }
      }
      if ok { return (candidates[c], ids.count) }
    }
    return nil
  }

  private func matchLocal(_ tokens: [Token], at index: Int, among candidates: [Pattern]) -> (pattern: Pattern, length: Int)? {
    for pattern in candidates where index + pattern.words.count <= tokens.count {
      var ok = true
      for (k, word) in pattern.words.enumerated() {
        // Words of a name must be adjacent across hyphens ("al-Assad", not "al - Assad").
        if tokens[index + k].lower != word || !fits(tokens, index + k, pattern, k)
          || (k > 0 && (word == "-" || pattern.words[k - 1] == "-") && tokens[index + k - 1].end != tokens[index + k].start)
        {
          ok = false
          break
        }
      }
      if ok { return (pattern, pattern.words.count) }
    }
    return nil
  }

  /// The spelling checks of token `at` as word `k` of a pattern: capitals where the lexicon writes them, the
  /// exact letters of an acronym.
  @inline(__always) private func fits(_ tokens: [Token], _ at: Int, _ pattern: Pattern, _ k: Int) -> Bool {
    // Bytes, not `==`: acronyms are ASCII, and String's comparison of unequal strings is slow.
    !(pattern.capitalised[k] && !tokens[at].isCapitalized) && (pattern.exact.map { tokens[at].text.utf8.elementsEqual($0[k].utf8) } ?? true)
  }

  /// Words of a name are adjacent across hyphens ("al-Assad", not "al - Assad").
  @inline(__always) private func adjacent(_ tokens: [Token], _ at: Int, _ k: Int, ids: [Int32]) -> Bool {
    guard k > 0, ids[k] == hyphenID || ids[k - 1] == hyphenID else { return true }
    return tokens[at - 1].end == tokens[at].start
  }

  /// The actor a single word names, if a one-word pattern names one ("Iran", "US").
  func actor(forWord token: Token) -> ActorID? {
    match([token], at: 0).map(\.pattern.actor)
  }

  /// The actor the lexicon (not the article) names by one word.
  func lexiconActor(forWord token: Token) -> ActorID? {
    token.word >= 0 && Int(token.word) < byFirstID.count ? matchShared([token], at: 0)?.pattern.actor : nil
  }
}
