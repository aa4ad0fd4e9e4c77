/// Finds the actors a sentence names: lexicon names and seats, demonym phrases, roles resolved
/// to the person who held them, pronouns and pair references, and unknown capitalised names.
///
/// A class, immutable once made: the extractor's per-sentence closures hold it by one
/// reference instead of each copying the lexicon's dictionaries.
final class MentionFinder: Sendable {
  let lexicon: Lexicon
  /// Role phrases by the word id of their first word, longest first.
  let rolePhrases: [[RolePhrase]]
  /// Role phrases by the word id of their first word's plural ("ministers" for "minister"),
  /// for phrases read with a plural last word.
  let pluralRolePhrases: [[RolePhrase]]

  /// The state of each word id that is a demonym ("turkish" → Turkey), nil for other words.
  let demonymStates: [ActorID?]
  /// Two-word demonyms ("South Sudanese") by the id of their second word, then of their first,
  /// with the id of the whole.
  let twoWordDemonyms: [Int32: [Int32: Int32]]
  /// The ids of the whole two-word demonyms, which their second word takes in a sentence.
  let twoWordDemonymIDs: Set<Int32>
  /// The extractor's word table, for the classes of a two-word demonym.
  let words: WordTable
  /// The lexicon's bodies whose names end in a body noun, with that noun ("council").
  let bodyHeads: [ActorID: String]
  /// The lexicon's actors named for a state by its demonym ("Syrian rebels"), with that state.
  let demonymNamed: [ActorID: ActorID]
  /// The lexicon's armed groups that are collectives of many, named by a plural in lower case
  /// ("Syrian rebels", "Iran-backed militias").
  let collectives: Set<ActorID>
  /// States whose army the lexicon holds as a group of its own ("Sudanese army": the Sudanese
  /// Armed Forces), with that group.
  let stateArmies: [ActorID: ActorID]

  /// The words a finder over `lexicon` looks up in its `WordTable`: the demonyms and each word
  /// of those written in two, and the role phrases' words with their plurals.
  static func words(of lexicon: Lexicon) -> Set<String> {
    var words = Set(lexicon.demonymStates.keys)
    for demonym in lexicon.demonymStates.keys { words.formUnion(demonym.split(separator: " ").map(String.init)) }
    for phrase in rolePhraseWords(of: lexicon) { words.formUnion(phrase.words + phrase.words.map { $0 + "s" }) }
    return words
  }

  /// The lexicon's role phrases as lowercased words, with the plurals of the short ones
  /// ("Turkish and Syrian spymasters", "the two foreign ministers").
  static func rolePhraseWords(of lexicon: Lexicon) -> [(words: [String], role: String)] {
    var phrases = lexicon.roleWords.map { (Tokenizer.words(of: $0.key).map(\.lower), $0.value) }
    for (words, role) in phrases where words.count <= 2 && !words.contains("of") {
      phrases.append((words.dropLast() + [words.last! + "s"], role))
    }
    phrases.append((["counterpart"], "counterpart"))
    phrases.append((["counterparts"], "counterpart"))
    return phrases
  }

  /// A finder over `lexicon`; `words` must hold `MentionFinder.words(of: lexicon)`.
  init(lexicon: Lexicon, words: WordTable) {
    self.lexicon = lexicon
    self.words = words
    var demonymStates = [ActorID?](repeating: nil, count: words.count)
    var twoWordDemonyms: [Int32: [Int32: Int32]] = [:]
    for (demonym, state) in lexicon.demonymStates {
      let id = words.id(of: demonym)
      precondition(id != WordTable.unknown, "the word table lacks the demonym '\(demonym)'")
      demonymStates[Int(id)] = state
      let parts = demonym.split(separator: " ").map { words.id(of: String($0)) }
      if parts.count == 2, parts.allSatisfy({ $0 != WordTable.unknown }) { twoWordDemonyms[parts[1], default: [:]][parts[0]] = id }
    }
    self.demonymStates = demonymStates
    self.twoWordDemonyms = twoWordDemonyms
    twoWordDemonymIDs = Set(twoWordDemonyms.values.flatMap(\.values))
    bodyHeads = lexicon.entries.compactMapValues { Self.bodyHead(of: $0.actor.name) }
    demonymNamed = lexicon.entries.compactMapValues { entry in
      entry.actor.name.split(separator: " ").first.flatMap { lexicon.demonymStates[$0.lowercased()] }.flatMap { $0 == entry.actor.id ? nil : $0 }
    }
    collectives = Set(
      lexicon.entries.values.filter { entry in
        guard entry.actor.type == .armedGroup, let last = entry.actor.name.split(separator: " ").last else { return false }
        return last.hasSuffix("s") && last.allSatisfy { $0.isLetter && $0.isLowercase }
      }.map(\.actor.id))
    stateArmies = Dictionary(
      lexicon.entries.values.compactMap { entry -> (ActorID, ActorID)? in
        guard entry.actor.type == .armedGroup, let state = entry.partOf, lexicon.type(of: state) == .state,
          entry.actor.aliases.contains(where: { $0.split(separator: " ").last.map { Self.stateArmyNouns.contains($0.lowercased()) } == true })
        else { return nil }
        return (state, entry.actor.id)
      }, uniquingKeysWith: { a, b in min(a, b) })
    var rolePhrases = [[RolePhrase]](repeating: [], count: words.count)
    var pluralRolePhrases = [[RolePhrase]](repeating: [], count: words.count)
    for (phrase, role) in Self.rolePhraseWords(of: lexicon).sorted(by: { $0.words.count > $1.words.count }) {
      let ids = phrase.map { words.id(of: $0) }
      let pluralLast = words.id(of: phrase.last! + "s")
      precondition(!ids.contains(WordTable.unknown) && pluralLast != WordTable.unknown, "the word table lacks a word of the role '\(role)'")
      let rolePhrase = RolePhrase(words: ids, pluralLast: pluralLast, role: role)
      rolePhrases[Int(ids[0])].append(rolePhrase)
      pluralRolePhrases[Int(words.id(of: phrase[0] + "s"))].append(rolePhrase)
    }
    self.rolePhrases = rolePhrases
    self.pluralRolePhrases = pluralRolePhrases
  }

  /// A role phrase as word ids ("foreign minister"), with the id of its last word's plural.
  struct RolePhrase: Sendable {
    var words: [Int32]
    var pluralLast: Int32
    var role: String
  }

  /// The actors an article names outright (by a name or alias): role phrases resolve only to
  /// persons named, and a title's office leads only a government body named.
  func namedActors(in sentences: [[Token]], aliases: AliasTable) -> Set<ActorID> {
    var found: Set<ActorID> = []
    for tokens in sentences {
      var i = 0
      while i < tokens.count {
        if aliases.mayStartName(tokens[i]), let (pattern, length) = aliases.match(tokens, at: i) {
          found.insert(pattern.actor)
          i += length
        } else {
          // "the Syrian army" names Syria as "Syria's army" does.
          if i + 1 < tokens.count, tokens[i + 1].isA(.forceHead), let state = demonym(tokens[i]) { found.insert(state) }
          i += 1
        }
      }
    }
    return found
  }

  /// The mentions of one sentence, in order, not overlapping.
  func mentions(in tokens: [Token], context: inout ArticleContext) -> [Mention] {
    var mentions: [Mention] = []
    mentions.reserveCapacity(8)
    // A dateline names where the story was filed, no actor in it: "PORT SUDAN, Sudan, March 21
    // (AP) — Sudan's military said it ..." ("it" is not Sudan).
    var i = Self.datelineEnd(of: tokens) ?? 0
    while i < tokens.count {
      // Most words open no mention: a word in lower case that starts no name and no reference
      // is passed over before any rule is tried (as `match` would return at once).
      if !tokens[i].isCapitalized, !Self.mayOpenReference(tokens[i]), !context.aliases.mayStartName(tokens[i]) {
        i += 1
        continue
      }
      // "Maliki's government said it had ordered ...": a pronoun may stand for what a person
      // named before heads, read as the merge below reads it.
      let previous = tokens[i].isA(.pronounThing) && mentions.contains(where: { lexicon.type(of: $0.actor) == .person })
        ? mergePersonForces(mentions, tokens, context: context) : mentions
      if let mention = match(tokens, at: i, previous: previous, context: &context) {
        mentions.append(mention)
        i = mention.range.upperBound
      } else {
        i += 1
      }
    }
    mentions = mergePersonForces(mentions, tokens, context: context)
    mentions = mergePersonOfState(mentions, tokens, context: context)
    mentions = mergeStateTitles(mentions, tokens, context: context)
    mentions = mergeDescribedNames(mentions, tokens, context: context)
    mentions = mergeLedBodies(mentions, tokens, context: &context)
    mentions = addRelativeForces(mentions, tokens, context: context)
    defineAcronyms(mentions, tokens, context: &context)
    rememberSurnames(of: mentions, tokens, context: &context)
    rememberShortForms(of: mentions, tokens, context: &context)
    rememberDescriptions(of: mentions, tokens, context: &context)
    if let group = mentions.last(where: { $0.actors.count == 1 && type(of: $0.actor, context) == .armedGroup }) { context.lastGroup = group.actor }
    for mention in mentions where mention.actors.count == 1 && type(of: mention.actor, context) == .state && namesGovernment(mention, tokens) {
      context.lastGovernment = mention.actor
    }
    if let bloc = mentions.last(where: { $0.kind == .name && $0.actors.count == 1 && lexicon.type(of: $0.actor) == .organization && lexicon[$0.actor]?.partOf == nil }) {
      context.lastBloc = bloc.actor
    }
    if let group = mentions.last(where: { $0.actors.count == 1 && !collectives.contains($0.actor) && type(of: $0.actor, context) == .armedGroup }) {
      context.lastSingleGroup = group.actor
    }
    // Salience for "the two countries": states named as actors, not as places ("met in
    // Moscow"), and the states of the officials named.
    for (m, mention) in mentions.enumerated() where mention.kind != .reference {
      let before = mention.range.lowerBound > 0 ? tokens[mention.range.lowerBound - 1].lower : ""
      // "Turkey and Syria", "between Ankara and Damascus", "Turkish-Syrian": two states named
      // as a pair count twice more, so "the two sides" are they and not a third state.
      if m + 1 < mentions.count, mentions[m + 1].kind != .reference, mention.range.upperBound <= mentions[m + 1].range.lowerBound,
        mention.actors.count == 1, mentions[m + 1].actors.count == 1,
        mention.actors != mentions[m + 1].actors, type(of: mention.actor, context) == .state, type(of: mentions[m + 1].actor, context) == .state,
        case let gap = mention.range.upperBound..<mentions[m + 1].range.lowerBound, gap.count == 1,
        tokens[gap.lowerBound].is(.and) || tokens[gap.lowerBound].is(.hyphen) || tokens[gap.lowerBound].lower == "–"
      {
        for _ in 0..<2 {
          context.noteState(mention.actor)
          context.noteState(mentions[m + 1].actor)
        }
      }
      if Self.placePrepositions.contains(before) { continue }
      for actor in mention.actors {
        switch type(of: actor, context) {
        case .state?: context.noteState(actor)
        case .armedGroup?: context.noteArmedGroup(actor)
        case .person?:
          if let state = state(servedBy: actor, on: context.date) { context.noteState(state) }
        default: break
        }
      }
    }
    return mentions
  }

  /// The type of an actor of the lexicon or of those the article has discovered so far.
  func type(of actor: ActorID, _ context: ArticleContext) -> ActorType? {
    type(of: actor, discovered: context.discovered)
  }

  /// The type of an actor of the lexicon or of those discovered in the article.
  func type(of actor: ActorID, discovered: [ActorID: NewsActor]) -> ActorType? {
    lexicon.type(of: actor) ?? discovered[actor]?.type
  }

  /// Prepositions after which a state is where something happened ("met in Moscow"), not an actor.
  static let placePrepositions: WordSet = ["in", "at", "to", "from", "near", "into", "across", "inside"]
}

