/// The lexicon's names, aliases and seats as token sequences, for longest-match lookup.
struct AliasTable: Sendable {
  struct Pattern: Sendable {
    var words: [String]
    /// Per word: whether the lexicon writes it capitalised, so the text must too ("Gallant"
    /// the minister, not "gallant"); lowercase words ("rebels") match in any case.
    var capitalised: [Bool]
    /// For short all-capital acronyms ("US", "MIT"): the exact spelling each token must have.
    var exact: [String]?
    var actor: ActorID
    var kind: Mention.Kind
  }

  /// The lexicon's patterns, shared by every article.
  private var byFirstWord: [String: [Pattern]] = [:]
  /// Patterns one article adds (its acronyms and discovered names). Kept apart so that adding
  /// them never copies the shared table.
  private var local: [String: [Pattern]] = [:]

  init(lexicon: Lexicon) {
    for entry in lexicon.entries.values.sorted(by: { $0.actor.id < $1.actor.id }) {
      for name in [entry.actor.name] + entry.actor.aliases { add(name, actor: entry.actor.id, kind: .name) }
      for seat in entry.seats { add(seat, actor: entry.actor.id, kind: .seat) }
    }
    for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.words.count > $1.words.count } }
    lexiconLoaded = true
  }

  /// Set once the lexicon's patterns are in; later additions are article-local.
  private var lexiconLoaded = false

  /// Adds a phrase naming `actor` (used for acronyms an article defines, too).
  mutating func add(_ phrase: String, actor: ActorID, kind: Mention.Kind) {
    let tokens = Tokenizer.words(of: phrase)
    guard let first = tokens.first else { return }
    let letters = phrase.filter(\.isLetter)
    let isAcronym = letters.count <= 5 && !letters.isEmpty && letters.allSatisfy(\.isUppercase)
    let pattern = Pattern(
      words: tokens.map(\.lower), capitalised: tokens.map(\.isCapitalized), exact: isAcronym ? tokens.map(\.text) : nil,
      actor: actor, kind: kind)
    if lexiconLoaded {
      local[first.lower, default: []].append(pattern)
      local[first.lower]?.sort { $0.words.count > $1.words.count }
    } else {
      byFirstWord[first.lower, default: []].append(pattern)
    }
  }

  /// The longest pattern matching at `index`, and how many tokens it covers.
  func match(_ tokens: [Token], at index: Int) -> (pattern: Pattern, length: Int)? {
    let key = tokens[index].lower
    let shared = byFirstWord[key].flatMap { match(tokens, at: index, among: $0) }
    guard !local.isEmpty, let own = local[key].flatMap({ match(tokens, at: index, among: $0) }) else { return shared }
    guard let shared else { return own }
    return own.length > shared.length ? own : shared
  }

  private func match(_ tokens: [Token], at index: Int, among candidates: [Pattern]) -> (pattern: Pattern, length: Int)? {
    for pattern in candidates where index + pattern.words.count <= tokens.count {
      var ok = true
      for (k, word) in pattern.words.enumerated() {
        let token = tokens[index + k]
        if token.lower != word || (pattern.exact.map { token.text != $0[k] } ?? false)
          || (pattern.capitalised[k] && !token.isCapitalized)
        {
          ok = false
          break
        }
        // Words of a name must be adjacent across hyphens ("al-Assad", not "al - Assad").
        if k > 0, word == "-" || pattern.words[k - 1] == "-", tokens[index + k - 1].end != token.start {
          ok = false
          break
        }
      }
      if ok { return (pattern, pattern.words.count) }
    }
    return nil
  }

  /// The actor a single word names, if a one-word pattern names one ("Iran", "US").
  func actor(forWord token: Token) -> ActorID? {
    match([token], at: 0).map(\.pattern.actor)
  }
}
