/// Finds the actors a sentence names: lexicon names and seats, demonym phrases, roles resolved
/// to the person who held them, pronouns and pair references, and unknown capitalised names.
///
/// A class, immutable once made: the extractor's per-sentence closures hold it by one
/// reference instead of each copying the lexicon's dictionaries.
final class MentionFinder: Sendable {
  let lexicon: Lexicon
  /// Role phrases by the word id of their first word, longest first.
  private let rolePhrases: [[RolePhrase]]
  /// Role phrases by the word id of their first word's plural ("ministers" for "minister"),
  /// for phrases read with a plural last word.
  private let pluralRolePhrases: [[RolePhrase]]

  /// The state of each word id that is a demonym ("turkish" → Turkey), nil for other words.
  private let demonymStates: [ActorID?]
  /// Two-word demonyms ("South Sudanese") by the id of their second word, then of their first,
  /// with the id of the whole.
  private let twoWordDemonyms: [Int32: [Int32: Int32]]
  /// The ids of the whole two-word demonyms, which their second word takes in a sentence.
  private let twoWordDemonymIDs: Set<Int32>
  /// The extractor's word table, for the classes of a two-word demonym.
  private let words: WordTable
  /// The lexicon's bodies whose names end in a body noun, with that noun ("council").
  let bodyHeads: [ActorID: String]
  /// The lexicon's actors named for a state by its demonym ("Syrian rebels"), with that state.
  private let demonymNamed: [ActorID: ActorID]
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
  private static func rolePhraseWords(of lexicon: Lexicon) -> [(words: [String], role: String)] {
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
  private struct RolePhrase: Sendable {
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

  func type(of actor: ActorID, _ context: ArticleContext) -> ActorType? {
    type(of: actor, discovered: context.discovered)
  }

  /// The type of an actor of the lexicon or of those discovered in the article.
  func type(of actor: ActorID, discovered: [ActorID: NewsActor]) -> ActorType? {
    lexicon.type(of: actor) ?? discovered[actor]?.type
  }

  // MARK: - Matching at one position

  private func match(_ tokens: [Token], at i: Int, previous: [Mention], context: inout ArticleContext) -> Mention? {
    // "South African President Cyril Ramaphosa": the first word of a two-word demonym is read
    // with the second, which holds the whole.
    if i + 1 < tokens.count, demonym(tokens[i + 1]) != nil, twoWordDemonymIDs.contains(tokens[i + 1].word) { return nil }
    // One lookup of the names starting here serves every rule below.
    var aliasHit = context.aliases.joinedMatch(tokens, at: i)
    // "the rebels" is the lexicon's Syrian rebels only in a story that names Syria: a name in
    // lower case of a group named for a state ("rebels", "the opposition") needs that state.
    // So does a collective's description that does not name the state ("Turkish-backed forces"
    // are the Syrian rebels only in a story about Syria, not in one about Libya; "the SNA" is a
    // name).
    if let (pattern, _) = aliasHit, pattern.capitalised.last == false, let state = demonymNamed[pattern.actor],
      pattern.isWrittenInLowerCase || (collectives.contains(pattern.actor) && !pattern.words.contains { lexicon.demonymStates[$0] == state }),
      !namesState(state, context)
    {
      aliasHit = nil
    }
    if let aliasHit, isUnnamedMember(aliasHit, tokens, at: i, context: context) { return nil }
    // "Kataib Hezbollah, an Iran-backed militia, ...": an indefinite description of the name
    // just before is not the lexicon's group of that description.
    if let (_, length) = aliasHit, i >= 2, tokens[i - 1].is(.a) || tokens[i - 1].is(.an), tokens[i - 2].is(.comma),
      !tokens[i + length - 1].isCapitalized, previous.last?.range.upperBound == i - 2
    {
      return nil
    }
    // "The Giants Brigades, a southern Yemeni force backed by the UAE": nor is an indefinite
    // description of a group just named, with a demonym, that demonym's state.
    // (The test takes the discovered actors, not the context: passing this `inout` context on
    // copies it, every field retained.)
    if aliasHit == nil, i + 1 < tokens.count, tokens[i].isCapitalized, tokens[i + 1].isA(.forceHead) || tokens[i + 1].isA(.groupNoun), demonym(tokens[i]) != nil,
      describesGroupJustNamed(i, tokens, previous: previous, discovered: context.discovered)
    {
      return nil
    }
    // Most words open no mention: every rule below starts at a name, a capital, an article or
    // a pronoun, or one of the nouns the reference rules read.
    if aliasHit == nil, !tokens[i].isCapitalized, !Self.mayOpenReference(tokens[i]) { return nil }
    if let mention = coalition(tokens, at: i, aliasHit: aliasHit, previous: previous, context: &context) { return mention }
    // Demonym constructions come first: "Turkish President Recep Tayyip Erdogan" must not
    // stop at "Turkish" nor skip the role.
    if let mention = demonymPhrase(tokens, at: i, aliasLength: aliasHit?.length ?? 0, previous: previous, context: &context) { return mention }
    if let aliasHit, let mention = possessiveRole(tokens, at: i, name: aliasHit, previous: previous, context: &context) { return mention }
    if aliasHit == nil, let mention = relativeOfKnownPerson(tokens, at: i, context: &context) { return mention }
    // The first word each context rule needs is checked here: passing the context on from
    // this `inout` copies it (every field retained), at every word of every sentence.
    let the = tokens[i].is(.the)
    if tokens[i].isA(.servingNoun), let mention = servingForces(tokens, at: i, context: &context) { return mention }
    if the, !context.describedAs.isEmpty, let mention = describedReference(tokens, at: i, context: context) { return mention }
    if the, let mention = capitalPhrase(tokens, at: i, context: context) { return mention }
    if the, let mention = roleOfState(tokens, at: i, previous: previous, context: &context) { return mention }
    if the, let mention = bareRole(tokens, at: i, context: context) { return mention }
    // The pair word is checked before the call: most "the"s open no pair, and calling
    // `pairReference` for each cost more than the test (callgrind).
    let opensPair = i + 1 < tokens.count
      && ((the && (tokens[i + 1].isA(.pairOpener) || (i > 0 && tokens[i - 1].is(.between))))
        || ((tokens[i].is(.its) || tokens[i].is(.their)) && tokens[i + 1].lower == "two"))
    if opensPair || tokens[i].is(.both), let mention = pairReference(tokens, at: i, previous: previous, context: context) { return mention }
    if the, let mention = countedStates(tokens, at: i, previous: previous, context: context) { return mention }
    // "Turkey's and Syria's intelligence service": a possessive coordinated with one before it
    // is read with that one, not as the agency's name.
    let coordinatedPossessive = aliasHit.map { $0.length > 2 && tokens[i + 1].is(.possessive) } == true && i >= 2
      && (tokens[i - 1].is(.and) || tokens[i - 1].is(.or)) && tokens[i - 2].is(.possessive)
    if coordinatedPossessive, let state = context.aliases.actor(forWord: tokens[i]) {
      return Mention(actors: [state], range: i..<(i + 1), kind: .name)
    }
    if let (pattern, length) = aliasHit, !coordinatedPossessive {
      if isPersonsOwnMen(tokens, at: i, pattern: pattern, previous: previous, context: context) { return nil }
      // "since his rebels ousted Assad": so are the men "his" or "her" gives the person last named.
      if pattern.isWrittenInLowerCase, i > 0, tokens[i - 1].is(.his) || tokens[i - 1].is(.her),
        let person = previous.last(where: { $0.actors.count == 1 && type(of: $0.actor, context) == .person })?.actor ?? context.lastPerson
      {
        return Mention(actors: [person], range: i..<(i + length), kind: .reference)
      }
      // "the Polisario Front", "Emir Tamim bin Hamad Al Thani": a name from the next word that
      // runs further than the one here ("the Polisario", "Emir Tamim") is read from there, if
      // this one starts with "the" or names the same actor.
      if length > 1, let next = context.aliases.match(tokens, at: i + 1), next.length > length - 1, the || next.pattern.actor == pattern.actor {
        return nil
      }
      // "Iran-backed", "Kurdish-led": a one-word name joined to a participle modifies what
      // follows; the compound rule reads it, and it is no actor of the sentence itself.
      if length == 1, i + 2 < tokens.count, tokens[i + 1].is(.hyphen), tokens[i].end == tokens[i + 1].start,
        tokens[i + 1].end == tokens[i + 2].start, tokens[i + 2].isA(.compoundParticiple)
      {
        return heldPlace(tokens, at: i, holder: pattern.actor, context: context)
      }
      // "UN Security Council Resolution 2254": a body's resolution is a text, not the body.
      if i + length < tokens.count, tokens[i + length].lower == "resolution" || tokens[i + length].lower == "resolutions" { return nil }
      // "the Gulf of Oman": a place's name.
      if i >= 2, tokens[i - 1].is(.of), tokens[i - 2].isCapitalized, Vocabulary.waterFeatures.contains(tokens[i - 2].lower) { return nil }
      // "U.S. lawmakers", "the Damascus consulate": people of a state, or a place, not the state.
      if i + length < tokens.count, type(of: pattern.actor, context) == .state {
        let next = tokens[i + length].lower
        // "the Astana process": nor is a diplomatic track named for where it was made.
        if tokens[i + length].isA(.peopleOfAState) || (pattern.kind == .seat && (Vocabulary.placeNouns.contains(next) || Vocabulary.trackNouns.contains(next))) {
          return nil
        }
        // "the Sudan Revolutionary Front": a state's name opening the name of a body is part of it.
        if pattern.kind == .name, isBodyNamedAfterState(tokens, from: i + length), let body = discoveredName(tokens, at: i, context: &context) { return body }
        // "Beirut's southern suburbs", "Damascus's outskirts": so is a part of the city.
        if pattern.kind == .seat, tokens[i + length].is(.possessive) {
          var k = i + length + 1
          if k + 1 < tokens.count, tokens[k].isWord, !tokens[k].isCapitalized, !Vocabulary.placeNouns.contains(tokens[k].lower) { k += 1 }
          if k < tokens.count, Vocabulary.placeNouns.contains(tokens[k].lower) { return nil }
        }
      }
      var mention = Mention(actors: [pattern.actor], range: i..<(i + length), kind: pattern.kind)
      mention.inner += backingInside(tokens, mention.range, actor: pattern.actor, context: context)
      mention.inner += stateNamedInside(tokens, mention.range, actor: pattern.actor)
      var office = officeInTitle(tokens, before: i, person: pattern.actor, context: context)
      // "King Abdullah": a name the lexicon writes with its title reads the title too.
      if office.isEmpty, length > 1, tokens[i].isCapitalized, tokens[i].isA(.personTitle) {
        office = officeInTitle(tokens, before: i + 1, person: pattern.actor, context: context)
      }
      // "Prime Minister Nuri al-Maliki": a given name the lexicon spells otherwise stands
      // between the title and the name.
      if office.isEmpty, i >= 2, isOtherSpelledGivenName(tokens[i - 1]) {
        office = officeInTitle(tokens, before: i - 1, person: pattern.actor, context: context)
      }
      if office.isEmpty { office = commandInTitle(tokens, before: i, person: pattern.actor, context: context) }
      mention.inner += office.isEmpty ? secretaryGeneralInTitle(tokens, before: i, person: pattern.actor, context: context) : office
      return mention
    }
    // "his Syrian counterpart", "its Syrian ally": the possessive pronoun is not the actor
    // (but in "its leader, NAME" it is the group led).
    if tokens[i].isPossessivePronoun, i + 1 < tokens.count,
      rolePhrase(tokens, at: i + 1).map({ $0.0 != "leader" }) == true
        || (demonym(tokens[i + 1]) != nil && i + 2 < tokens.count && rolePhrase(tokens, at: i + 2) != nil)
    {
      return nil
    }
    // Pronouns: the first fitting actor earlier in this sentence, not one inside a relative
    // clause ("Turkey sided with the Tripoli government and its drones ..."), else the last
    // subject before.
    if tokens[i].isA(.pronounThing) {
      // "called it an act of aggression": "it" is the act judged, not an actor.
      if i >= 1, i + 1 < tokens.count, Self.judgingVerbs.contains(tokens[i - 1].lower), tokens[i + 1].is(.a) || tokens[i + 1].is(.an), tokens[i].lower == "it" {
        return nil
      }
      // "said it was unacceptable": nor in a verdict said of it.
      if i >= 1, Self.sayingVerbs.contains(tokens[i - 1].lower), tokens[i].lower == "it", Self.isJudged(tokens, after: i) { return nil }
      let discovered = context.discovered
      // Not a dateline's city ("BEIRUT, Oct 14 - ... Damascus and its ally Moscow", "BERLIN/ATHENS -").
      // Nor where something happened ("met Pompeo in Brussels").
      func fitting(_ m: Mention) -> Bool {
        m.actors.count == 1 && [.state, .organization, .armedGroup].contains(type(of: m.actor, discovered: discovered))
          && !tokens[..<m.range.upperBound].allSatisfy { $0.text == $0.text.uppercased() }
          && !(m.range.lowerBound > 0 && tokens[m.range.lowerBound - 1].is(.in) && m.kind != .reference)
      }
      func inRelativeClause(_ m: Mention) -> Bool {
        guard let w = tokens[..<m.range.lowerBound].lastIndex(where: { $0.is(.who) || $0.is(.which) || $0.is(.whose) }) else { return false }
        return !tokens[w..<m.range.lowerBound].contains { $0.is(.comma) }
      }
      // "the Victory Party ... after its leader", "the agency, its chief": a title after "its"
      // belongs to the nearest.
      let titled = tokens[i].is(.its) && i + 1 < tokens.count && tokens[i + 1].isA(.personTitle)
      // "..., while the Turkish defence ministry said its forces": a state's body named by its
      // demonym in the same clause, with no actor after it.
      if let body = demonymBody(tokens, before: i, previous: previous) {
        return Mention(actors: [body], range: i..<(i + 1), kind: .reference)
      }
      // "a war with Israel and its American patron": after "and", a tie is to the name just
      // before ("... the Tripoli government and its drones helped" starts a clause of its own).
      let tie = tokens[(i + 1)...].prefix(3).contains { $0.isA(.patronNoun) || $0.isA(.allyNoun) || $0.isA(.clientNoun) }
      let conjoined = i >= 2 && tie && tokens[i - 1].is(.and) ? previous.last(where: { fitting($0) && $0.range.upperBound == i - 1 }) : nil
      // "which backs the SDF in its fight against": after a verb of backing, its object's.
      // "sided with Qatar in its dispute with": so after "sided with" or "stood with".
      let backed = i >= 1 && tokens[i - 1].is(.in) ? previous.last.flatMap { m -> Mention? in
        var verb = m.range.lowerBound - (m.range.lowerBound >= 2 && tokens[m.range.lowerBound - 1].is(.the) ? 2 : 1)
        if verb >= 1, tokens[verb].is(.with) { verb -= 1 }
        return fitting(m) && m.range.upperBound == i - 1 && verb >= 0 && Self.sidingVerbs.contains(tokens[verb].lower) ? m : nil
      } : nil
      // "Sudan's paramilitary RSF said its fighters": a possessor is not what the clause is about.
      func possessor(_ m: Mention) -> Bool { m.range.upperBound < tokens.count && tokens[m.range.upperBound].is(.possessive) }
      // "..., when Saudi Arabia cut relations with Tehran after protesters stormed its embassy":
      // the subject of the nearest clause a subordinator opens with a name.
      // "adding that the group would keep up its attacks": so does a "that" after a verb of saying.
      func opensSaidClause(_ o: Int) -> Bool { tokens[o].is(.that) && o >= 1 && tokens[max(0, o - 4)..<o].contains { $0.isA(.speechVerb) } }
      let clauseSubject = titled ? nil : tokens[..<i].indices.reversed().lazy.filter { Self.opensClause(tokens[$0]) || opensSaidClause($0) }.compactMap { o in
        previous.first { fitting($0) && ($0.range.lowerBound == o + 1 || ($0.range.lowerBound == o + 2 && tokens[o + 1].is(.the))) }
      }.first
      // "and Hezbollah says it is acting": the speaker right before a verb of saying.
      let verb = i >= 2 && tokens[i - 1].is(.that) ? i - 2 : i - 1
      let spoken = verb >= 1 && tokens[verb].isA(.speechVerb)
        ? previous.last.flatMap { fitting($0) && $0.range.upperBound == verb && !possessor($0) ? $0 : nil } : nil
      // "Ankara and Washington, which has relied on the YPG as its main partner": in a relative
      // clause whose subject is what it describes, that (not "which Turkey considers").
      let antecedent = !tokens[i].is(.its) ? nil : tokens[..<i].lastIndex(where: { $0.is(.which) || $0.is(.who) }).flatMap { w -> Mention? in
        guard !tokens[(w + 1)..<i].contains(where: { $0.is(.comma) }), !previous.contains(where: { $0.range.lowerBound == w + 1 || $0.range.lowerBound == w + 2 && tokens[w + 1].is(.the) })
        else { return nil }
        return previous.last { m in fitting(m) && (m.range.upperBound == w || (m.range.upperBound == w - 1 && tokens[w - 1].is(.comma))) }
      }
      // "as Turkey stepped up its support for the GNA, supplying it with drones": after a
      // participle set off by a comma, "it" is its object, the last one named but the subject.
      // "said Syria would not fight Israel but urged it to withdraw": so is the one urged.
      let afterParticiple = tokens[i].lower == "it" && i >= 2
        && ((tokens[i - 2].is(.comma) && tokens[i - 1].isWord && !tokens[i - 1].isCapitalized && !tokens[i - 1].isA(.speechVerb) && tokens[i - 1].lower.hasSuffix("ing"))
          || (tokens[i - 1].isA(.wishVerb) && i + 1 < tokens.count && tokens[i + 1].is(.to)))
      let object = afterParticiple ? previous.first(where: fitting).flatMap { sentenceSubject in
        previous.last { m in fitting(m) && m.actors != clauseSubject?.actors && m.actors != sentenceSubject.actors && !possessor(m) }
      } : nil
      // "Israel's efforts to defend its sovereignty": the possessor of a noun whose infinitive
      // "its" is in.
      let purposeOwner = i >= 4 && tokens[i - 2].is(.to) && tokens[i - 3].isWord && tokens[i - 4].is(.possessive)
        ? previous.last(where: { fitting($0) && $0.range.upperBound == i - 4 }) : nil
      // "urged the UAE to end its support", "called on Russia to halt its strikes": "its" in
      // what someone was asked to do is the one asked.
      func askedOne() -> Mention? {
        guard let to = tokens[max(0, i - 3)..<i].lastIndex(where: { $0.is(.to) }),
          tokens[(to + 1)..<i].allSatisfy({ $0.isWord && !$0.isCapitalized }),
          let m = previous.last(where: { fitting($0) && $0.range.upperBound == to })
        else { return nil }
        var v = m.range.lowerBound - 1
        if v >= 0, tokens[v].is(.the) { v -= 1 }
        if v >= 1, tokens[v].is(.on) || tokens[v].lower == "upon" { v -= 1 }
        return v >= 0 && Vocabulary.askingVerbs.contains(tokens[v].lower) ? m : nil
      }
      let owner: Mention? = purposeOwner ?? askedOne()
      // "Sudan said Ethiopian forces had ambushed its troops": the one attacked is not the
      // clause's attacker, but the one before.
      let attacked = i >= 1 && Self.attackVerbs.contains(tokens[i - 1].lower)
      let ownerInClause = attacked ? clauseSubject.flatMap { s in previous.first { fitting($0) && $0.actors != s.actors } } : clauseSubject
      let named = owner ?? conjoined ?? backed ?? spoken ?? antecedent ?? object ?? ownerInClause
        ?? (titled
          ? previous.last(where: fitting)
          : previous.first(where: { fitting($0) && !inRelativeClause($0) && !possessor($0) }) ?? previous.first(where: { fitting($0) && !inRelativeClause($0) })
            ?? previous.first(where: fitting))
      if let thing = named?.actor ?? context.lastThing {
        return Mention(actors: [thing], range: i..<(i + 1), kind: .reference)
      }
    }
    // "The Houthis ... Their leader, Abdul-Malik al-Houthi": a group's title, after "their".
    if tokens[i].is(.their), i + 1 < tokens.count, tokens[i + 1].isA(.personTitle),
      let group = previous.last(where: { $0.actors.count == 1 && [.organization, .armedGroup].contains(type(of: $0.actor, context)) })?.actor
        ?? context.lastThing.flatMap({ [.organization, .armedGroup].contains(type(of: $0, context)) ? $0 : nil })
    {
      return Mention(actors: [group], range: i..<(i + 1), kind: .reference)
    }
    // "Russian jets bombed their positions": what "they" hold is an armed group's, the one last
    // named (states hold "its" positions).
    if tokens[i].is(.their), i + 1 < tokens.count, tokens[i + 1].isA(.targetNoun),
      let group = previous.last(where: { $0.actors.count == 1 && type(of: $0.actor, context) == .armedGroup })?.actor ?? context.lastGroup
    {
      return Mention(actors: [group], range: i..<(i + 1), kind: .reference)
    }
    // "Assad fled to Moscow, where Russia granted him asylum": the person last named.
    // "Aoun told him": not the one who tells, the one before.
    if tokens[i].is(.him), let person = previous.last(where: { m in
      m.actors.count == 1 && type(of: m.actor, context) == .person && !(i - m.range.upperBound == 1 && tokens[m.range.upperBound].isWord)
    })?.actor ?? context.lastPerson {
      return Mention(actors: [person], range: i..<(i + 1), kind: .reference)
    }
    // "greeted by Assad, whose forces regained the country since Russia intervened on his
    // side": inside a relative clause, the person it describes.
    if tokens[i].isA(.pronounPerson), !tokens[i].is(.her),
      let person = describedPerson(before: i, previous: previous, tokens, discovered: context.discovered)
        ?? previous.first(where: { $0.actors.count == 1 && type(of: $0.actor, context) == .person })?.actor ?? context.lastPerson
    {
      return Mention(actors: [person], range: i..<(i + 1), kind: .reference)
    }
    if tokens[i].isA(.stateNoun), let mention = bareGovernmentForces(tokens, at: i, previous: previous, context: context) { return mention }
    if tokens[i].isA(.groupNoun) || tokens[i].isA(.stateNoun) || tokens[i].is(.bloc), let mention = groupReference(tokens, at: i, previous: previous, context: context) { return mention }
    if the, let mention = condemnedAct(tokens, at: i, context: context) { return mention }
    // "Saudi Arabia, the UAE and Egypt ... their rival Iran": "their" before a rival or an ally
    // is the actors named together before it, a pair named as one ("the two countries") first.
    if tokens[i].is(.their), tokens[(i + 1)...].prefix(2).contains(where: { Vocabulary.rivalNouns.contains($0.lower) || $0.isA(.allyNoun) || $0.isA(.patronNoun) }),
      let subject = previous.last(where: { $0.actors.count >= 2 })?.actors ?? coordinatedSubject(previous, tokens)
    {
      return Mention(actors: subject, range: i..<(i + 1), kind: .reference)
    }
    // "talks between the two countries before they agreed": "they" is the last pair named;
    // "X and Y held talks, with Oman shuttling between them": so is "them".
    if tokens[i].is(.they) || tokens[i].is(.them) {
      // "Serraj and Haftar came to Berlin. Merkel and Salame held talks with each of them": two
      // persons named together before, neither named again in this sentence.
      if tokens[i].is(.them), i >= 2, tokens[i - 1].is(.of), ["each", "both", "either", "neither"].contains(tokens[i - 2].lower), context.lastPersonPair.count == 2,
        !previous.contains(where: { $0.actors.contains(where: context.lastPersonPair.contains) })
      {
        return Mention(actors: context.lastPersonPair, range: i..<(i + 1), kind: .reference)
      }
      if let pair = previous.last(where: { $0.actors.count >= 2 }) { return Mention(actors: pair.actors, range: i..<(i + 1), kind: .reference) }
      // "between Saudi Arabia and Iran before they": two mentions joined by "and".
      if previous.count >= 2, case let (a, b) = (previous[previous.count - 2], previous[previous.count - 1]),
        b.range.lowerBound == a.range.upperBound + 1, tokens[a.range.upperBound].is(.and)
      {
        return Mention(actors: a.actors + b.actors, range: i..<(i + 1), kind: .reference)
      }
      // "Iran's Revolutionary Guards said they had struck": a group named in the plural.
      if let group = previous.last(where: { $0.kind == .name && $0.actors.count == 1 && tokens[$0.range.upperBound - 1].lower.hasSuffix("s") }),
        [.armedGroup, .organization].contains(type(of: group.actor, context))
      {
        return Mention(actors: group.actors, range: i..<(i + 1), kind: .reference)
      }
    }
    return discoveredName(tokens, at: i, context: &context)
  }

  /// Whether token `i` opens, after "a" and at most two words in lower case, an appositive
  /// of the armed group or organisation named right before the comma ("the Giants Brigades, a
  /// southern Yemeni force").
  private func describesGroupJustNamed(_ i: Int, _ tokens: [Token], previous: [Mention], discovered: [ActorID: NewsActor]) -> Bool {
    var j = i - 1
    while j >= 0, i - j <= 2, tokens[j].isWord, !tokens[j].isCapitalized, !tokens[j].isA(.determiner) { j -= 1 }
    guard j >= 1, tokens[j].is(.a) || tokens[j].is(.an), tokens[j - 1].is(.comma), let named = previous.last, named.range.upperBound == j - 1,
      named.actors.count == 1
    else { return false }
    return [.armedGroup, .organization].contains(type(of: named.actor, discovered: discovered))
  }

  /// The armed group a person leads on `day` ("Haftar's forces", "Haftar, whose forces").
  private func armedGroup(ledBy person: ActorID, on day: Day?) -> ActorID? {
    lexicon.offices(heldBy: person, on: day).compactMap(\.leads).first { lexicon.type(of: $0) == .armedGroup }
  }

  /// The state whose office a person holds on `day`.
  private func state(servedBy person: ActorID, on day: Day?) -> ActorID? {
    lexicon.offices(heldBy: person, on: day).first { lexicon.type(of: $0.state) == .state }?.state
  }

  /// The person a relative clause around token `i` describes: "Assad, whose forces ... his",
  /// with no comma closing the clause before `i`.
  private func describedPerson(before i: Int, previous: [Mention], _ tokens: [Token], discovered: [ActorID: NewsActor]) -> ActorID? {
    guard
      let m = previous.last(where: { m in
        m.range.upperBound + 2 < i && tokens[m.range.upperBound].is(.comma) && ["who", "whose"].contains(tokens[m.range.upperBound + 1].lower)
      }), m.actors.count == 1, type(of: m.actor, discovered: discovered) == .person, !tokens[(m.range.upperBound + 2)..<i].contains(where: { $0.is(.comma) })
    else { return nil }
    return m.actor
  }

  /// Whether a word in lower case that starts no name may open a mention: "the", "a" and
  /// "both" (described references, pairs, coalitions, acts), pronouns, and the nouns the
  /// group, state and force rules read.
  private static func mayOpenReference(_ token: Token) -> Bool {
    token.is(.the) || token.is(.a) || token.is(.both) || token.isPossessivePronoun || token.is(.him) || token.is(.they) || token.is(.them)
      || token.is(.bloc) || !token.classes.isDisjoint(with: [.pronounThing, .pronounPerson, .groupNoun, .stateNoun, .forceHead, .servingNoun])
  }

  /// "the capital, Sanaa", "the Yemeni capital Sanaa": the capital named is a seat of its state,
  /// as "Sanaa" alone is.
  private func capitalPhrase(_ tokens: [Token], at i: Int, context: ArticleContext) -> Mention? {
    var j = i + 1
    let state = j < tokens.count ? demonym(tokens[j]) : nil
    if state != nil { j += 1 }
    guard j + 1 < tokens.count, tokens[j].is(.capital) else { return nil }
    j += tokens[j + 1].is(.comma) ? 2 : 1
    guard j < tokens.count, let (seat, length) = context.aliases.match(tokens, at: j), seat.kind == .seat, state == nil || state == seat.actor else { return nil }
    return Mention(actors: [seat.actor], range: i..<(j + length), kind: .seat)
  }

  /// Whether the article names `state`, its seat, one of its bodies or one who held its offices
  /// ("Assad" names Syria).
  private func namesState(_ state: ActorID, _ context: ArticleContext) -> Bool {
    context.namedActors.contains { actor in
      actor == state || lexicon[actor]?.partOf == state || lexicon.offices(heldBy: actor, on: nil).contains { $0.state == state }
    }
  }

  /// "Prime Minister Mohammed Shia al-Sudani": a capitalised title right before a person who
  /// held that office on the article's date says they lead the state the office heads (not
  /// an agency or a government the text does not name).
  private func officeInTitle(_ tokens: [Token], before i: Int, person: ActorID, context: ArticleContext) -> [InnerRelation] {
    guard let role = titleRole(tokens, before: i) else { return [] }
    var offices = lexicon.offices(heldBy: person, on: context.date).filter { $0.role == role }
    // "hours after rebels drove President Bashar al-Assad from power": news of a fall still
    // gives the title its holder had weeks before ("former President" gives none).
    if offices.isEmpty, let date = context.date, !tokens[max(0, i - 6)..<i].contains(where: { Self.pastOfficeWords.contains($0.lower) }) {
      offices = lexicon.offices(heldBy: person, on: Day(ordinal: date.ordinal - Self.titleGraceDays)).filter { $0.role == role }
    }
    return offices.compactMap { office in
      led(by: office, context: context).flatMap { led in
        // A head of government leads the state, or the government body the office heads
        // ("Prime Minister Abdul Hamid Dbeibah", the Tripoli government); not an agency.
        lexicon.type(of: led) == .state || (["prime minister", "president"].contains(role) && lexicon.type(of: led) == .organization)
          ? InnerRelation(source: person, relation: .leads, subtype: "heads", cameo: nil, target: led) : nil
      }
    }
  }

  /// Whether a capitalised word before a person's name may be a spelling of their given name
  /// ("Nuri" of "Nouri al-Maliki"): a word no title, demonym or determiner.
  private func isOtherSpelledGivenName(_ token: Token) -> Bool {
    token.isWord && token.isCapitalized && !token.isA(.titleWord) && !token.isA(.personTitle) && !token.isA(.determiner) && demonym(token) == nil
  }

  /// Verbs of attack before "its" or "their" ("ambushed its troops").
  static let attackVerbs: WordSet = [
    "attacked", "ambushed", "struck", "hit", "shelled", "bombed", "targeted", "raided", "killed", "attack", "ambush", "strike", "shell", "bomb",
    "target", "raid", "kill", "attacking", "ambushing", "striking", "hitting", "shelling", "bombing", "targeting", "raiding", "killing",
  ]

  /// How long after leaving office a title before a name still says who held it.
  private static let titleGraceDays = 31
  /// Words that say an office is no longer held ("former President", "the ousted king").
  private static let pastOfficeWords: WordSet = ["former", "ex", "ousted", "deposed", "toppled", "overthrown", "late", "exiled", "then", "outgoing"]

  /// "Secretary-General Jens Stoltenberg said the alliance ...": the title before a person who
  /// heads a body on the article's date says so, where the article names the body.
  private func secretaryGeneralInTitle(_ tokens: [Token], before i: Int, person: ActorID, context: ArticleContext) -> [InnerRelation] {
    guard i >= 1, tokens[i - 1].isCapitalized, Self.endsSecretaryGeneral(tokens, at: i - 1) else { return [] }
    return namedBodies(ledBy: person, ofType: .organization, context: context)
  }

  /// Whether token `g` is the "General" of "Secretary-General" or "Secretary General".
  private static func endsSecretaryGeneral(_ tokens: [Token], at g: Int) -> Bool {
    g >= 1 && g < tokens.count && tokens[g].lower == "general"
      && (tokens[g - 1].lower == "secretary" || (g >= 2 && tokens[g - 1].is(.hyphen) && tokens[g - 2].lower == "secretary"))
  }

  /// What a person leads on the article's date, of one type, where the article names it
  /// ("military commander Khalifa Haftar" in a story that never names the LNA says no more
  /// than his title).
  private func namedBodies(ledBy person: ActorID, ofType type: ActorType, context: ArticleContext, orDescribed described: ActorID? = nil) -> [InnerRelation] {
    lexicon.offices(heldBy: person, on: context.date).compactMap { office in
      guard office.role == "leader", let led = office.leads, lexicon.type(of: led) == type, context.namedActors.contains(led) || led == described else { return nil }
      return InnerRelation(source: person, relation: .leads, subtype: "heads", cameo: nil, target: led)
    }
  }

  /// "army chief Gen. Abdel Fattah al-Burhan": a commander's title before a person who leads an
  /// armed group on the article's date says so, where the article names the group.
  private func commandInTitle(_ tokens: [Token], before i: Int, person: ActorID, context: ArticleContext) -> [InnerRelation] {
    var k = i - 1
    // Past a rank: "Gen.", "Lt. Gen.".
    while k >= 0, i - k <= 4, tokens[k].is(.period) || (tokens[k].isCapitalized && tokens[k].isA(.personTitle)) { k -= 1 }
    guard k >= 0, tokens[k].isA(.commandNoun) else { return [] }
    // "eastern commander Khalifa Haftar": a commander leads the group he commands, where the
    // article names it.
    guard k >= 1, Self.stateArmyNouns.contains(tokens[k - 1].lower) else {
      return tokens[k].lower == "commander" ? namedBodies(ledBy: person, ofType: .armedGroup, context: context) : []
    }
    // Or the article's army, named only as "the army" ("clashes between the army and the RSF").
    return namedBodies(ledBy: person, ofType: .armedGroup, context: context, orDescribed: context.describedAs[tokens[k - 1].lower])
  }
  /// `WordClass.commandNoun`.
  static let commandNouns: WordSet = ["chief", "commander", "head"]
  /// Nouns for one state of a body ("a NATO member", "an EU country").
  /// "a NATO member has downed ...", "stood with its NATO ally": one member state, unnamed, is
  /// not the body.
  private func isUnnamedMember(_ hit: (pattern: AliasTable.Pattern, length: Int), _ tokens: [Token], at i: Int, context: ArticleContext) -> Bool {
    let end = i + hit.length
    guard i > 0, end < tokens.count else { return false }
    // The word before is tested first: most names follow no article.
    let before = tokens[i - 1]
    guard before.is(.a) || before.is(.an) || before.isPossessivePronoun || before.lower == "another" || before.lower == "fellow" else { return false }
    return Self.memberStateNouns.contains(tokens[end].lower) && type(of: hit.pattern.actor, context) == .organization
      && (end + 1 == tokens.count || !(tokens[end + 1].isCapitalized || tokens[end + 1].is(.of)))
  }

  private static let memberStateNouns: WordSet = ["member", "country", "state", "nation", "government", "ally", "partner"]

  /// The office a capitalised title right before token `i` names: "Prime Minister" before a
  /// name, or a plural title before names joined by commas and "and" ("Presidents Putin and
  /// Erdogan" gives both "president").
  private func titleRole(_ tokens: [Token], before i: Int) -> String? {
    guard i > 0 else { return nil }
    if tokens[i - 1].isCapitalized, tokens[i - 1].isA(.titleWord) || tokens[i - 1].isA(.personTitle) {
      for start in max(0, i - 4)..<i where tokens[start].isCapitalized {
        if let (role, length) = rolePhrase(tokens, at: start) ?? rolePhrase(tokens, at: start, plural: true), start + length == i { return role }
      }
      return nil
    }
    // Back over the names before this one, to the plural title they follow.
    var end = i
    while end > 0, end > i - 12, tokens[end - 1].is(.and) || tokens[end - 1].is(.comma) || tokens[end - 1].isCapitalized {
      end -= 1
      for start in max(0, end - 2)..<end where tokens[start].isCapitalized {
        if let (role, length) = rolePhrase(tokens, at: start, plural: true), start + length == end, end < i - 1 { return role }
      }
    }
    return nil
  }

  /// "Saddam Haftar", "Maher al-Assad": a first name before the one-word name of a known
  /// person is a relative with the same family name, a person of their own.
  private func relativeOfKnownPerson(_ tokens: [Token], at i: Int, context: inout ArticleContext) -> Mention? {
    let first = tokens[i]
    guard i + 1 < tokens.count, first.isWord, first.isCapitalized, tokens[i + 1].isWord, tokens[i + 1].isCapitalized,
      first.end < tokens[i + 1].start, !first.isA(.determiner), !first.isA(.titleWord), !first.isA(.personTitle),
      let (pattern, length) = context.aliases.match(tokens, at: i + 1), length == 1, type(of: pattern.actor, context) == .person,
      first.text.count > 2, demonym(first) == nil, !Vocabulary.capitalisedNonNames.contains(first.lower)
    else { return nil }
    let name = first.text + " " + tokens[i + 1].text
    // The full name is not the known person's own ("Tayyip Erdogan" is an alias).
    if tokens[i + 1].text.count <= 2 || (lexicon[pattern.actor]?.actor.name.hasSuffix(name) ?? false) { return nil }
    // "Sergey Lavrov" is Sergei Lavrov: a first name spelt another way is the same person.
    if let known = lexicon[pattern.actor]?.actor, ([known.name] + known.aliases).contains(where: { full in
      let words = full.split(separator: " ")
      return words.count >= 2 && Self.skeleton(words[words.count - 2]) == Self.skeleton(Substring(first.text))
    }) {
      return Mention(actors: [pattern.actor], range: i..<(i + 2), kind: .name)
    }
    let id = ActorID(slugOf: name)
    if lexicon[id] == nil, context.discovered[id] == nil {
      context.discovered[id] = NewsActor(id: id, name: name, type: .person, discovered: true)
      context.aliases.add(name, actor: id, kind: .name)
      context.namedActors.insert(id)
    }
    return Mention(actors: [lexicon[id]?.actor.id ?? id], range: i..<(i + 2), kind: .name)
  }

  /// A name's consonants, lowercased, with doubled letters once: transliterations of one name
  /// agree ("Sergey" and "Sergei", "Mohammed" and "Muhammad").
  static func skeleton(_ word: Substring) -> String {
    var result: [Character] = []
    for c in word.lowercased() where c.isLetter && !"aeiouy".contains(c) && result.last != c { result.append(c) }
    return String(result)
  }

  /// A person the lexicon knows, named in full ("Ahmed al-Sharaa"), is later called by the last
  /// word of that name ("Sharaa") in this article, unless the word names another person the
  /// article named in full.
  private func rememberSurnames(of mentions: [Mention], _ tokens: [Token], context: inout ArticleContext) {
    // "Syrian President Ahmed al-Sharaa" (a role with the name after it) gives "Sharaa" too.
    for mention in mentions where [.name, .role].contains(mention.kind) && mention.actors.count == 1 && mention.range.count >= 2 {
      let last = tokens[mention.range.upperBound - 1]
      guard last.isWord, last.isCapitalized, last.text.count > 2, !last.isA(.titleWord), !last.isA(.personTitle), lexicon.type(of: mention.actor) == .person
      else { continue }
      context.namedInFull.insert(mention.actor)
      rememberTitledGivenName(of: mention, tokens, context: &context)
      // A surname the lexicon gives someone else ("Barzani") is this person after this full
      // name, unless the article named that other one in full too ("Khalifa Haftar" and his son
      // "Saddam Haftar": "Haftar" stays the father, whose surname the lexicon says it is).
      if let current = context.aliases.actor(forWord: last) {
        guard current != mention.actor, lexicon.type(of: current) == .person,
          !context.namedInFull.contains(current) || context.aliases.lexiconActor(forWord: last) == mention.actor
        else { continue }
      }
      context.aliases.add(last.text, actor: mention.actor, kind: .name)
    }
  }

  /// A body the lexicon knows, named in full ("the Revolutionary Guards", "the Nusra Front"),
  /// is later called by the capitalised noun that ends its name ("the Guards", "the Front"),
  /// unless that word already names an actor in this article.
  private func rememberShortForms(of mentions: [Mention], _ tokens: [Token], context: inout ArticleContext) {
    for mention in mentions where mention.kind == .name && mention.actors.count == 1 && mention.range.count >= 2 {
      let last = tokens[mention.range.upperBound - 1]
      guard last.isWord, last.isCapitalized, Self.shortFormNouns.contains(last.lower), context.aliases.actor(forWord: last) == nil,
        [.organization, .armedGroup].contains(type(of: mention.actor, context))
      else { continue }
      context.aliases.add(last.text, actor: mention.actor, kind: .name)
    }
  }
  /// The head nouns of bodies' names that stand for the whole name once it is given.
  private static let shortFormNouns: WordSet = ["guards", "guard", "brigades", "front", "council", "movement", "corps"]

  /// "Prince Khalid bin Salman" makes "Prince Khalid" his in this article, as "Sheikh Tamim"
  /// after "Sheikh Tamim bin Hamad Al Thani": royals are named again by title and given name.
  private func rememberTitledGivenName(of mention: Mention, _ tokens: [Token], context: inout ArticleContext) {
    // The title may open the mention ("Saudi Defence Minister Prince Khalid bin Salman") or
    // stand right before it.
    let from = max(0, mention.range.lowerBound - 1)
    guard let titled = (from..<(mention.range.upperBound - 2)).first(where: { tokens[$0].isCapitalized && Self.royalTitles.contains(tokens[$0].lower) })
    else { return }
    let given = tokens[titled + 1]
    guard given.isWord, given.isCapitalized else { return }
    context.aliases.add(tokens[titled].text + " " + given.text, actor: mention.actor, kind: .name)
  }
  private static let royalTitles: WordSet = ["prince", "princess", "sheikh", "sheikha", "emir", "king", "sultan"]

  /// "the Iran-backed group", "the Palestinian militant group", "the militia's": after "the"
  /// and modifiers, a group noun stands for the armed group named last in the sentence, else
  /// in the article. Likewise "the kingdom", "the country" for the state named last in the
  /// sentence, else the last state that was a subject, and "the government" for a state named
  /// in the sentence. The modifiers belong to the mention, except that a compound among them
  /// ("Iran-backed") leaves only the noun, so the compound is still read.
  private func groupReference(_ tokens: [Token], at i: Int, previous: [Mention], context: ArticleContext) -> Mention? {
    let wanted: ActorType
    // "the bloc": the body of states named last (the EU, the Gulf Cooperation Council).
    if tokens[i].isA(.groupNoun) { wanted = .armedGroup } else if tokens[i].isA(.stateNoun) { wanted = .state } else if tokens[i].is(.bloc) {
      wanted = .organization
    } else {
      return nil
    }
    guard !tokens[i].isCapitalized, previous.last?.range.upperBound != i else { return nil }
    // "the group of seven", "the group Hayat Tahrir al-Sham": a name or complement follows.
    // ("accused the government of serving Israel": a gerund after "of" is what it is accused of.)
    if i + 1 < tokens.count, (tokens[i + 1].is(.of) && !(i + 2 < tokens.count && tokens[i + 2].lower.hasSuffix("ing")))
      || (tokens[i + 1].isWord && tokens[i + 1].isCapitalized)
    {
      return nil
    }
    // "the most powerful armed group in Idlib, Hayat Tahrir al-Sham,": so does a name after a comma.
    var a = i + 1
    if a < tokens.count, tokens[a].is(.in) { a += 1 }
    while a < tokens.count, a - i <= 4, a > i + 1, tokens[a].isWord, tokens[a].isCapitalized { a += 1 }
    if a + 1 < tokens.count, tokens[a].is(.comma), tokens[a + 1].isWord, tokens[a + 1].isCapitalized { return nil }
    // "the government in Damascus": the seat names whose government it is.
    if i + 2 < tokens.count, tokens[i + 1].is(.in), context.aliases.match(tokens, at: i + 2)?.pattern.kind == .seat { return nil }
    // "the rebels and jihadists linked to al Qaeda": a group described after it is another one.
    if i + 2 < tokens.count, ["linked", "loyal", "affiliated", "tied"].contains(tokens[i + 1].lower) { return nil }
    var k = i - 1
    // Not "the rebels and jihadists": the article governs another noun.
    while k >= 0, i - k <= 5, !tokens[k].is(.the) {
      guard tokens[k].isWord || tokens[k].is(.hyphen), !tokens[k].isA(.determiner), !tokens[k].is(.and), !tokens[k].is(.or) else { return nil }
      k -= 1
    }
    guard k >= 0, tokens[k].is(.the), previous.last.map({ $0.range.upperBound <= k }) ?? true else { return nil }
    // "The SDF fought the group", "the SDF, who have led the war against the militants": the
    // object of a verb is not a group that did it ("Hezbollah said the group would" opens a
    // clause of its own); "Saudi Arabia, which has backed the army": nor is the army the
    // state that backs it.
    let stateBody = tokens[i].lower == "army" || tokens[i].lower == "government"
    let objectOfVerb = (wanted == .armedGroup || stateBody) && k >= 1 && tokens[k - 1].isWord && !tokens[k - 1].isCapitalized && !tokens[k - 1].is(.and) && !tokens[k - 1].is(.or)
    func isSubject(_ m: Mention) -> Bool {
      guard objectOfVerb else { return false }
      // "Yemen's Houthi movement attacked the government": a state's possessive is whose the
      // government is, not who acts.
      if stateBody, m.range.upperBound < tokens.count, tokens[m.range.upperBound].is(.possessive) { return false }
      let between = tokens[m.range.upperBound..<k]
      // ", and Erdogan threatened to drive the militia out": a new clause.
      if between.indices.contains(where: { between[$0].is(.comma) && $0 + 1 < k && tokens[$0 + 1].is(.and) }) { return false }
      return between.contains { $0.isWord && !$0.isCapitalized && ($0.lower.hasSuffix("ed") || RelationMatcher.pastForms.contains($0.lower)) }
        && !between.contains { $0.isA(.speechVerb) || $0.is(.that) || $0.isA(.clauseOpener) || $0.isA(.subordinator) || $0.endsClause }
    }
    // "Syrian rebels ... the militants": a collective of many groups is no one group named
    // bare ("the Turkey-backed jihadist militants" may describe it).
    let bare = k == i - 1 && wanted == .armedGroup
    // "backed Sisi after the army ousted Mursi": a state's officer named after the subject
    // stands for his state ("Muallem denied that the army had ... and said": not the subject,
    // whose second verb the army would take).
    func named(_ m: Mention) -> ActorID? {
      guard m.kind != .reference, m.actors.count == 1, !isSubject(m) else { return nil }
      switch type(of: m.actor, context) {
      case wanted?: return bare && collectives.contains(m.actor) ? nil : m.actor
      case .person? where wanted == .state && m.range.lowerBound != previous.first?.range.lowerBound:
        return state(servedBy: m.actor, on: context.date)
      default: return nil
      }
    }
    let named = previous.reversed().lazy.compactMap(named).first
    // "the government" and "the army" are too common to reach back across sentences; they take
    // a state named earlier in their own sentence ("Yemen's Houthi rebels and the Saudi-backed
    // government"), else the state whose capital datelines the article ("BEIRUT - ... the
    // government", "CAIRO - ... accused the army of staging a coup").
    let earlier = ["government", "army"].contains(tokens[i].lower) ? context.datelineState
      : wanted == .armedGroup ? (bare ? context.lastSingleGroup : context.lastGroup)
      : wanted == .organization ? context.lastBloc : context.lastThing.flatMap { type(of: $0, context) == .state ? $0 : nil }
    guard let group = named ?? earlier else { return nil }
    let from = tokens[(k + 1)..<i].contains { $0.is(.hyphen) } ? i : k + 1
    return Mention(actors: [group], range: from..<(i + 1), kind: .reference)
  }

  /// "noting that government forces had breached every truce": government forces named bare,
  /// after no article, demonym or possessor, are those of the state a leader named in the
  /// sentence heads ("Assad ..., and militias fought alongside government troops"), else of the
  /// state whose government the article named last, else of the dateline's state.
  /// ("denied that government forces had": a denied act names no one.)
  private func bareGovernmentForces(_ tokens: [Token], at i: Int, previous: [Mention], context: ArticleContext) -> Mention? {
    guard tokens[i].lower == "government", i + 1 < tokens.count, Self.governmentForceNouns.contains(tokens[i + 1].lower),
      i == 0 || !(tokens[i - 1].isWord && tokens[i - 1].isCapitalized) && !tokens[i - 1].is(.possessive) && !tokens[i - 1].isPossessivePronoun
        && !tokens[i - 1].is(.the) && !tokens[i - 1].is(.a) && !(i >= 2 && tokens[i - 1].is(.that) && tokens[i - 2].isA(.denialVerb)),
      previous.last?.range.upperBound != i,
      let state = previous.lazy.compactMap({ m in m.actors.count == 1 && self.type(of: m.actor, context) == .person ? self.state(servedBy: m.actor, on: context.date) : nil }).first
        ?? context.lastGovernment ?? context.datelineState
    else { return nil }
    return Mention(actors: [state], range: i..<(i + 2), kind: .forces)
  }
  private static let governmentForceNouns: WordSet = ["forces", "troops", "soldiers"]

  /// Whether a state's mention names its government: "the Syrian government", "Iraq's government".
  private func namesGovernment(_ mention: Mention, _ tokens: [Token]) -> Bool {
    var end = mention.range.upperBound
    if tokens[mention.range].contains(where: { $0.lower == "government" }) { return true }
    if end < tokens.count, tokens[end].is(.possessive) { end += 1 }
    return end < tokens.count && tokens[end].lower == "government"
  }

  /// "struck the Houthi-held port": a place held by a group, which a verb of attack hits, stands
  /// for the group.
  private func heldPlace(_ tokens: [Token], at i: Int, holder: ActorID, context: ArticleContext) -> Mention? {
    guard Self.holdingParticiples.contains(tokens[i + 2].lower) else { return nil }
    var end = i + 3
    if end < tokens.count, Vocabulary.compassWords.contains(tokens[end].lower) { end += 1 }
    guard end < tokens.count else { return nil }
    // "bombed ISIS-held Derna": a place's own name, no actor's, is the place.
    if tokens[end].isWord, tokens[end].isCapitalized, context.aliases.match(tokens, at: end) == nil {
      while end + 1 < tokens.count, end - i < 6, tokens[end + 1].isWord, tokens[end + 1].isCapitalized { end += 1 }
    } else if !(Vocabulary.placeNouns.contains(tokens[end].lower) || Self.heldPlaceNouns.contains(tokens[end].lower)) {
      return nil
    }
    var before = i - 1
    if before >= 0, tokens[before].is(.the) { before -= 1 }
    guard before >= 0, Vocabulary.actFamilies[tokens[before].lower] != nil || Self.placeAttackVerbs.contains(tokens[before].lower) else { return nil }
    return Mention(actors: [holder], range: i..<(end + 1), kind: .forces)
  }
  private static let holdingParticiples: WordSet = ["held", "controlled"]
  private static let heldPlaceNouns: WordSet = ["territory", "territories", "city", "cities", "town", "towns", "enclave", "region", "regions", "parts", "pocket", "village", "villages", "positions", "north", "south", "east", "west", "northwest", "northeast", "capital", "coast", "island", "islands"]
  /// Verbs of attack besides `Vocabulary.actFamilies`' ("pounded the rebel-held town").
  private static let placeAttackVerbs: WordSet = ["pounded", "pounding", "targeted", "targeting", "hit", "hitting", "stormed", "storming"]

  /// "Damascus condemned the strikes", "The strikes hit ...": a definite act whose agent the
  /// sentence does not name is the last attack of its kind the article reported, and stands
  /// for its agent.
  /// "Egypt denounced the deal": so is a definite agreement, for the pair that last agreed.
  private func condemnedAct(_ tokens: [Token], at i: Int, context: ArticleContext) -> Mention? {
    guard i + 2 < tokens.count, tokens[i].is(.the) else { return nil }
    // "the air strikes", "the missile attack": one lowercase word may qualify the act.
    let qualified = i + 3 < tokens.count && tokens[i + 1].isWord && !tokens[i + 1].isCapitalized && !tokens[i + 1].isA(.attackNoun)
      && !tokens[i + 1].isA(.dealNoun) && tokens[i + 2].isA(.attackNoun)
    let head = qualified ? i + 2 : i + 1
    // Only an act, a measure or a deal is condemned ("the" opens many phrases: class tests first).
    guard tokens[head].isA(.attackNoun) || tokens[head].isA(.dealNoun) || tokens[head].isA(.measureNoun) else { return nil }
    let noun = tokens[head].lower
    // "The strikes hit command centres": an act reported again as a sentence's subject.
    if i == 0, tokens[head].isA(.attackNoun), Self.actResults.contains(tokens[head + 1].lower), let attackers = attackers(of: noun, context) {
      return Mention(actors: attackers, range: i..<(head + 1), kind: .reference)
    }
    // "condemned the strikes", "called the attack a violation of", "vowed that the attack would
    // not go unpunished".
    let unpunished = i >= 2 && tokens[i - 1].lower == "that" && Self.vowVerbs.contains(tokens[i - 2].lower)
      && tokens[(head + 1)...].prefix(5).contains { $0.lower == "unpunished" || $0.lower == "unanswered" }
    // "rejected the deal": a deal refused; "said the accord was illegal", "said the strikes
    // were a violation of": a deal or an act judged.
    let refused = i >= 1 && tokens[head].isA(.dealNoun) && !qualified && Self.refusingVerbs.contains(tokens[i - 1].lower)
    // (Not "said the measures were unjustified": a measure may be judged without opposing who took it.)
    let judged = i >= 1 && !tokens[head].isA(.measureNoun) && Self.sayingVerbs.contains(tokens[i - 1].lower) && Self.isJudged(tokens, after: head)
    guard i >= 1, Vocabulary.condemnVerbs.contains(tokens[i - 1].lower) || Self.judgingVerbs.contains(tokens[i - 1].lower) || unpunished || refused || judged
    else { return nil }
    let after = tokens[head + 1]
    if after.is(.by) || after.is(.of) || after.is(.from) || after.is(.between) || after.is(.with) || after.is(.hyphen) { return nil }
    // The attackers of that kind of act ("the strikes": who struck), else the last ones; but
    // a killing no one was said to commit is not the last bombing ("condemned the killing").
    if tokens[head].isA(.attackNoun),
      let attackers = attackers(of: noun, context) ?? (context.lastAttackers.isEmpty || Vocabulary.actFamilies[noun] == "killing" ? nil : context.lastAttackers)
    {
      return Mention(actors: attackers, range: i..<(head + 1), kind: .reference)
    }
    // "called the suspension unjustified": who last took such a measure.
    if tokens[head].isA(.measureNoun), !tokens[head].isA(.attackNoun), !context.lastMeasureTakers.isEmpty {
      return Mention(actors: context.lastMeasureTakers, range: i..<(head + 1), kind: .reference)
    }
    if context.lastAgreeingPair.count == 2, !qualified, tokens[head].isA(.dealNoun) {
      // A deal signed by leaders binds their states.
      let parties = context.lastAgreeingPair.map { party in
        type(of: party, context) == .person ? lexicon.offices(heldBy: party, on: context.date).first?.state ?? party : party
      }
      return Mention(actors: parties.uniqued(), range: i..<(i + 2), kind: .reference)
    }
    return nil
  }

  /// Who last did the kind of act `noun` names ("the strikes": who struck); nil for "attack",
  /// which news uses for any kind.
  private func attackers(of noun: String, _ context: ArticleContext) -> [ActorID]? {
    guard let family = Vocabulary.actFamilies[noun], family != "attack" else { return nil }
    return context.attackers[family]
  }
  /// Verbs of backing someone in a fight of theirs ("backs the SDF in its fight", "sided with
  /// Qatar in its dispute").
  private static let sidingVerbs: WordSet = Vocabulary.backingVerbs.union(["sided", "sides", "siding", "stood", "stands", "standing"])
  /// Verbs that pass judgement on an act, as the relation patterns read them ("called the
  /// attack a flagrant violation").
  private static let judgingVerbs: WordSet = ["called", "calls", "described", "describes", "termed", "terms", "regarded", "regards", "considered", "considers", "viewed", "views"]
  /// Verbs of refusing a deal ("rejected the accord").
  private static let refusingVerbs: WordSet = ["rejected", "rejects", "reject", "rejecting"]
  /// Verbs that report a ruling on a deal ("said the accord was illegal").
  private static let sayingVerbs: WordSet = ["said", "says", "say", "insisted", "insists", "declared", "declares"]
  /// Whether a verdict follows the word at `head` and a form of "be" ("was illegal", "is null
  /// and void", "were a flagrant violation").
  private static func isJudged(_ tokens: [Token], after head: Int) -> Bool {
    guard head + 2 < tokens.count, ["was", "is", "were", "are"].contains(tokens[head + 1].lower) else { return false }
    return tokens[(head + 2)...].prefix(3).contains { Vocabulary.verdictWords.contains($0.lower) }
  }
  /// Verbs that say what an act did ("The strikes hit ...").
  private static let actResults: WordSet = ["hit", "targeted", "destroyed", "killed", "struck", "damaged", "pounded", "wounded"]

  /// "Turkish troops", "Turkish and Syrian spymasters", "the Syrian president",
  /// "Syrian intelligence chief Ali Mamlouk", "his Syrian counterpart", "its Syrian ally".
  private func demonymPhrase(_ tokens: [Token], at i: Int, aliasLength: Int, previous: [Mention], context: inout ArticleContext) -> Mention? {
    guard let state = demonym(tokens[i]) else { return nil }
    // Do not read "Syrian" in "Syrian Democratic Forces": a lexicon name starting here wins
    // (`aliasLength`) when it is at least as long as the demonym phrase would be ("the Sudanese
    // army" is the lexicon's Sudanese Armed Forces, not Sudan).
    var j = i + 1
    // Coordinated demonyms sharing one noun: "Turkish and Syrian spymasters".
    var states = [state]
    while j + 1 < tokens.count, tokens[j].is(.comma) || tokens[j].is(.and) || tokens[j].is(.or), let next = demonym(tokens[j + 1]) {
      states.append(next)
      j += 2
    }
    let beforeModifiers = j
    while j < tokens.count, Self.roleModifiers.contains(tokens[j].lower) { j += 1 }
    if states.count == 1, let deputy = deputyOfRole(tokens, at: j, state: state, start: i, context: &context) { return deputy }
    // Role phrase.
    if let (role, length) = rolePhrase(tokens, at: beforeModifiers).map({ ($0.0, $0.1 - (j - beforeModifiers)) }) ?? rolePhrase(tokens, at: j) {
      let end = j + length
      if states.count == 1 {
        return roleMention(state: state, role: role, tokens: tokens, range: i..<end, previous: previous, context: &context)
      }
      for state in states { context.noteState(state) }
      let resolved = states.compactMap { resolveRole(state: $0, role: role, tokens: tokens, previous: previous, context: context).map { [$0] } }
      guard !resolved.isEmpty else { return nil }
      return Mention(actors: resolved.map { $0[0].person }, range: i..<end, kind: .role, inner: resolved.flatMap { $0.flatMap { $0.inner } })
    }
    // Force phrase ("Turkish F-16 jets": a model's designation may stand before the noun).
    let noun = j + Self.designationLength(tokens, at: j)
    var k = noun
    while k < tokens.count, tokens[k].isA(.forceNoun), k - noun < 3 { k += 1 }
    // "Turkish and Syrian officials held talks": officials of two states stand for them (one
    // state's officials are an anonymous source).
    while k > noun, !tokens[k - 1].isA(.forceHead), !(states.count > 1 && ["officials", "diplomats"].contains(tokens[k - 1].lower)) { k -= 1 }
    // "An Israeli F-16 was brought down": a model alone is the craft.
    if k > noun || (noun > j && tokens[j].isCapitalized), k - i > aliasLength {
      // "the Tripoli-based Libyan government": the government the lexicon seats there.
      if states.count == 1, ["government", "authorities"].contains(tokens[k - 1].lower), i >= 3, tokens[i - 1].lower == "based", tokens[i - 2].is(.hyphen),
        let (seat, _) = context.aliases.match(tokens, at: i - 3), seat.kind == .seat, seat.actor == state, let seated = lexicon.seatedGovernments[state]
      {
        return Mention(actors: [seated], range: i..<k, kind: .name)
      }
      return Mention(actors: states, range: i..<k, kind: .forces)
    }
    // "fired missiles at Saudi cities", "struck Turkish positions": what a state holds, as the
    // target of an act, stands for the state (but "in Syrian territory" is a place).
    if states.count == 1, noun < tokens.count, tokens[noun].isA(.targetNoun), noun + 1 - i > aliasLength {
      var before = i - 1
      if before >= 0, tokens[before].isA(.determiner) { before -= 1 }
      if before < 0 || !tokens[before].isA(.locative) { return Mention(actors: [state], range: i..<(noun + 1), kind: .forces) }
    }
    // "its Syrian ally" / "Moscow's Syrian ally": the ally is the state (but "the main US ally"
    // is someone else, whom the US backs).
    // "its American patron": the patron is the state too, backing the possessor.
    // "its Lebanese ally Hezbollah", "its Yemeni ally the Houthis" name the ally after the noun.
    if states.count == 1, j < tokens.count, ["ally", "allies", "partner", "proxy", "client"].contains(tokens[j].lower) || tokens[j].isA(.patronNoun), i > 0,
      tokens[i - 1].is(.possessive) || tokens[i - 1].isPossessivePronoun,
      case let named = j + 1 < tokens.count && tokens[j + 1].is(.the) ? j + 2 : j + 1, named >= tokens.count || !(tokens[named].isCapitalized && tokens[named].isWord)
    {
      return Mention(actors: [state], range: i..<(j + 1), kind: .forces)
    }
    // "Iranian or Iran-backed forces": a demonym coordinated with a force phrase.
    if states.count == 1, j + 1 < tokens.count, (tokens[j].is(.or) || tokens[j].is(.and)), aliasLength == 0,
      let (pattern, length) = context.aliases.match(tokens, at: j + 1),
      tokens[j + length].isA(.forceHead) || lexicon.type(of: pattern.actor) == .armedGroup
    {
      return Mention(actors: [state], range: i..<(i + 1), kind: .forces)
    }
    return nil
  }

  /// The length of a weapon's designation at `j`, else 0: a model ("F-16", "Su-24", "S-400":
  /// letters, a hyphen and a number written together) or what it is against ("anti-aircraft").
  private static func designationLength(_ tokens: [Token], at j: Int) -> Int {
    guard j + 2 < tokens.count, tokens[j].isWord, tokens[j + 1].is(.hyphen), tokens[j + 1].start == tokens[j].end, tokens[j + 2].start == tokens[j + 1].end
    else { return 0 }
    if tokens[j].lower == "anti", tokens[j + 2].isWord { return 3 }
    guard tokens[j].isCapitalized, tokens[j].text.utf8.count <= 3, let digit = tokens[j + 2].text.utf8.first, (48...57).contains(digit) else { return 0 }
    return 3
  }

  /// "Turkey's intelligence chief", "Syria's President Bashar al-Assad".
  private func possessiveRole(
    _ tokens: [Token], at i: Int, name: (pattern: AliasTable.Pattern, length: Int), previous: [Mention], context: inout ArticleContext
  ) -> Mention? {
    let (pattern, length) = name
    // "the Tripoli prime minister": a seat before a role names the state as a possessive does.
    let attributiveSeat = pattern.kind == .seat && i > 0 && tokens[i - 1].is(.the)
    guard type(of: pattern.actor, context) == .state,
      i + length < tokens.count, tokens[i + length].is(.possessive) || attributiveSeat
    else { return nil }
    var j = tokens[i + length].is(.possessive) ? i + length + 1 : i + length
    let beforeModifiers = j
    while j < tokens.count, Self.roleModifiers.contains(tokens[j].lower) { j += 1 }
    guard let (role, roleLength) = rolePhrase(tokens, at: beforeModifiers).map({ ($0.0, $0.1 - (j - beforeModifiers)) }) ?? rolePhrase(tokens, at: j)
    else { return ownGovernment(tokens, state: pattern, at: i, after: beforeModifiers, context: context) }
    return roleMention(state: pattern.actor, role: role, tokens: tokens, range: i..<(j + roleLength), previous: previous, context: &context)
  }

  /// "Yemen's internationally recognised government", "Iraq's federal government": a state's
  /// own government, named with the possessive, is the state (as "the Yemeni government" is).
  /// "Yemen's Saudi-backed government": its backer backs the state.
  private func ownGovernment(_ tokens: [Token], state: AliasTable.Pattern, at i: Int, after j: Int, context: ArticleContext) -> Mention? {
    guard state.kind == .name, tokens[j - 1].is(.possessive) else { return nil }
    var g = j
    var backed: Range<Int>?
    while g < tokens.count, g - j < 4 {
      if Self.governmentModifiers.contains(tokens[g].lower) {
        g += 1
      } else if backed == nil, g + 2 < tokens.count, tokens[g + 1].is(.hyphen), tokens[g + 2].isA(.backingCue) {
        backed = g..<(g + 3)
        g += 3
      } else {
        break
      }
    }
    guard g < tokens.count, Vocabulary.governmentNouns.contains(tokens[g].lower) else { return nil }
    var mention = Mention(actors: [state.actor], range: i..<(g + 1), kind: .forces)
    if let backed { mention.inner = backingInside(tokens, backed, actor: state.actor, context: context) }
    return mention
  }
  private static let governmentModifiers = roleModifiers.union(["internationally", "recognized", "recognised", "elected", "central", "federal", "national", "caretaker"])

  /// "the Emir of Qatar", "the foreign minister of Iran": a role of a state named after "of"
  /// is read as "Qatar's emir" is.
  private func roleOfState(_ tokens: [Token], at i: Int, previous: [Mention], context: inout ArticleContext) -> Mention? {
    var j = i + 1
    while j < tokens.count, Self.roleModifiers.contains(tokens[j].lower) { j += 1 }
    // Not "the leaders of Russia, Turkey and Iran": a plural is each state's, read by the pair rules.
    guard let (role, roleLength) = rolePhrase(tokens, at: j), !tokens[j + roleLength - 1].lower.hasSuffix("s"), j + roleLength + 1 < tokens.count,
      tokens[j + roleLength].is(.of)
    else { return nil }
    var s = j + roleLength + 1
    if tokens[s].is(.the) { s += 1 }
    guard let (state, length) = context.aliases.match(tokens, at: s), state.kind == .name, type(of: state.actor, context) == .state,
      s + length == tokens.count || !tokens[s + length].is(.possessive)
    else { return nil }
    return roleMention(state: state.actor, role: role, tokens: tokens, range: i..<(s + length), previous: previous, context: &context)
  }

  /// "the crown prince", "the king": a role named without its state is the one person the
  /// article has named who holds it on the article's date, if only one does.
  private func bareRole(_ tokens: [Token], at i: Int, context: ArticleContext) -> Mention? {
    // Word classes first: most words after "the" open no title.
    guard i + 1 < tokens.count, tokens[i + 1].isA(.titleWord) || tokens[i + 1].isA(.personTitle), let (role, length) = rolePhrase(tokens, at: i + 1)
    else { return nil }
    let end = i + 1 + length
    // "the president of Iran", "the king's": another rule's; "the king Abdullah": a name's.
    if end < tokens.count, tokens[end].is(.of) || tokens[end].is(.possessive) || (tokens[end].isWord && tokens[end].isCapitalized) { return nil }
    let holders = context.namedActors.filter { person in lexicon.offices(heldBy: person, on: context.date).contains { $0.role == role } }
    guard holders.count == 1, let holder = holders.first else { return nil }
    return Mention(actors: [holder], range: i..<end, kind: .role)
  }

  /// A role mention, taking in a name that follows directly or after a comma.
  private func roleMention(
    state: ActorID, role: String, tokens: [Token], range: Range<Int>, previous: [Mention], context: inout ArticleContext
  ) -> Mention? {
    context.noteState(state)
    var end = range.upperBound
    // "Prime Minister-designate Saad Hariri", "President-elect Joe Biden": not yet in office.
    let designate = end + 1 < tokens.count && tokens[end].is(.hyphen) && ["designate", "elect"].contains(tokens[end + 1].lower)
    if designate { end += 2 }
    var named: ActorID?
    if end < tokens.count, let (pattern, length) = context.aliases.match(tokens, at: end), type(of: pattern.actor, context) == .person {
      named = pattern.actor
      end += length
    } else if !designate, end < tokens.count, tokens[end].isCapitalized, let (pattern, length) = context.aliases.match(tokens, at: end - 1), length > 1,
      lexicon.offices.contains(where: { $0.holder == pattern.actor && $0.state == state && $0.role == role })
    {
      // "Jordan's King Abdullah": a name the lexicon writes with its title ("King Abdullah")
      // starts at the role's word, if it is of one who held this office (Saudi Arabia's King
      // Abdullah is another).
      named = pattern.actor
      end += length - 1
    } else if end + 1 < tokens.count, tokens[end].is(.comma), case let start = honorificEnd(tokens, from: end + 1),
      let (pattern, length) = context.aliases.match(tokens, at: start), type(of: pattern.actor, context) == .person
    {
      // "Abu Dhabi's crown prince, Sheikh Mohammed bin Zayed": an honorific may come first.
      named = pattern.actor
      end = start + length
    } else if !designate, end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized,
      let holder = lexicon.holders(of: role, for: state, on: context.date).first(where: { lexicon[$0.holder]?.actor.name.split(separator: " ").first.map(String.init) == tokens[end].text })
    {
      // "Saudi King Abdullah", "Saudi Crown Prince Nayef": the given name of the one who held
      // the office on the article's date.
      named = holder.holder
      end += 1
    } else if end < tokens.count, let discovered = discoveredName(tokens, at: end, context: &context, asPerson: true) {
      named = discovered.actor
      end = discovered.range.upperBound
    } else if end + 1 < tokens.count, tokens[end].is(.comma), case let start = honorificEnd(tokens, from: end + 1), start < tokens.count,
      let discovered = discoveredName(tokens, at: start, context: &context, asPerson: true),
      discovered.range.upperBound == tokens.count || tokens[discovered.range.upperBound].is(.comma) || tokens[discovered.range.upperBound].endsClause
    {
      // "Italy's prime minister, Romano Prodi, said": a name the lexicon lacks, set off by commas.
      named = discovered.actor
      end = discovered.range.upperBound
    } else if let head = appositiveHead(of: range.lowerBound, tokens, previous: previous, context: context) {
      // "Sheikh Mohammed bin Zayed, the UAE's de facto ruler,": the person it describes.
      named = head
    }
    let effectiveRole = role == "counterpart" ? anchorRole(previous, tokens, context) : role
    if let named {
      var inner: [InnerRelation] = []
      // "former Kenyan President Uhuru Kenyatta", "former South African President": no longer.
      let past = tokens[max(0, range.lowerBound - 2)..<end].contains { Self.pastOfficeWords.contains($0.lower) }
      if !designate, !past, let effectiveRole, let target = leadTarget(state: state, role: effectiveRole, holder: named, context: context) {
        inner.append(InnerRelation(source: named, relation: .leads, subtype: "heads", target: target))
        inner += agencyOfState(target, state)
      }
      return Mention(actors: [named], range: range.lowerBound..<end, kind: .role, inner: inner)
    }
    // "the UAE's de facto ruler" need not hold the office: only a name says who it is.
    // "Iran's leaders": a plural is no one holder.
    guard let effectiveRole, !tokens[range].contains(where: { $0.lower == "facto" }), !(tokens[range.upperBound - 1].lower.hasSuffix("s") && !role.hasSuffix("s"))
    else { return Mention(actors: [state], range: range, kind: .role) }
    // "Yemen's former president": one who held the office before, named in the article.
    if tokens[range].contains(where: { $0.is(.former) || $0.lower == "ex" }) {
      guard let day = context.date, let office = lexicon.formerHolders(of: effectiveRole, for: state, before: day).first(where: { context.namedActors.contains($0.holder) })
      else { return Mention(actors: [state], range: range, kind: .role) }
      return Mention(actors: [office.holder], range: range, kind: .role)
    }
    if let resolved = resolveRole(state: state, role: effectiveRole, tokens: tokens, previous: previous, context: context) {
      return Mention(actors: [resolved.person], range: range, kind: .role, inner: resolved.inner)
    }
    return Mention(actors: [state], range: range, kind: .role)
  }

  /// The index past the capitalised honorifics opening a name at `i` ("Sheikh", "Prince",
  /// "Gen."), at most two; `i` when there are none.
  private func honorificEnd(_ tokens: [Token], from i: Int) -> Int {
    var k = i
    while k < tokens.count, k - i < 3, (tokens[k].isCapitalized && tokens[k].isA(.personTitle)) || (k > i && tokens[k].is(.period)) { k += 1 }
    return k
  }

  /// The person named right before ", the" at `start`, whom an appositive starting there describes.
  private func appositiveHead(of start: Int, _ tokens: [Token], previous: [Mention], context: ArticleContext) -> ActorID? {
    guard start >= 3, tokens[start - 1].is(.the), tokens[start - 2].is(.comma), let last = previous.last, last.range.upperBound <= start - 2,
      last.actors.count == 1, type(of: last.actor, context) == .person
    else { return nil }
    // "Mohammed bin Zayed al-Nahyan,": the rest of a name the lexicon writes shorter.
    let rest = tokens[last.range.upperBound..<(start - 2)]
    guard rest.count <= 3, rest.allSatisfy({ $0.isCapitalized || $0.is(.hyphen) || $0.lower == "al" }) else { return nil }
    return last.actor
  }

  /// "Russian Deputy Defence Minister Yunus-bek Yevkurov": a deputy acts for the state and
  /// leads nothing. A deputy the lexicon knows is that person; one it does not know is the
  /// state, the name taken into the mention.
  private func deputyOfRole(_ tokens: [Token], at j: Int, state: ActorID, start i: Int, context: inout ArticleContext) -> Mention? {
    // "Vice President Mike Pence": an office of its own where the lexicon has one.
    guard j + 1 < tokens.count, Self.deputyWords.contains(tokens[j].lower), rolePhrase(tokens, at: j) == nil,
      let (_, length) = rolePhrase(tokens, at: j + 1)
    else { return nil }
    var end = j + 1 + length
    context.noteState(state)
    if end < tokens.count, let (pattern, nameLength) = context.aliases.match(tokens, at: end), type(of: pattern.actor, context) == .person {
      return Mention(actors: [pattern.actor], range: i..<(end + nameLength), kind: .role)
    }
    while end < tokens.count, tokens[end].isWord && tokens[end].isCapitalized
      || (tokens[end].is(.hyphen) && end + 1 < tokens.count && tokens[end - 1].end == tokens[end].start && tokens[end].end == tokens[end + 1].start)
      || (end > 0 && tokens[end - 1].is(.hyphen) && tokens[end].isWord)
    {
      end += 1
    }
    return Mention(actors: [state], range: i..<end, kind: .role)
  }

  /// The person holding `role` for `state` on the article's date, if the article names them.
  private func resolveRole(state: ActorID, role: String, tokens: [Token], previous: [Mention], context: ArticleContext) -> (person: ActorID, inner: [InnerRelation])? {
    let effective = role == "counterpart" ? anchorRole(previous, tokens, context) : role
    guard let effective else { return nil }
    let holders = lexicon.holders(of: effective, for: state, on: context.date).filter { context.namedActors.contains($0.holder) }
    guard let office = holders.first else { return nil }
    let inner = led(by: office, context: context).map { [InnerRelation(source: office.holder, relation: .leads, subtype: "heads", target: $0)] + agencyOfState($0, state) } ?? []
    return (office.holder, inner)
  }

  /// "Turkish intelligence chief Ibrahim Kalin": the demonym says the agency he heads is the
  /// state's, where the lexicon has the agency as part of that state.
  private func agencyOfState(_ agency: ActorID, _ state: ActorID) -> [InnerRelation] {
    guard agency != state, lexicon[agency]?.partOf == state else { return [] }
    return [InnerRelation(source: agency, relation: .partOf, subtype: "belongs_to", target: state)]
  }

  /// What a named holder of a role leads: the state for heads of state and government, the
  /// agency for intelligence chiefs where the lexicon knows it.
  private func leadTarget(state: ActorID, role: String, holder: ActorID, context: ArticleContext) -> ActorID? {
    if let office = lexicon.offices.first(where: { $0.holder == holder && $0.state == state && $0.role == role }) {
      return led(by: office, context: context)
    }
    if ["president", "prime minister", "king", "emir", "supreme leader", "chancellor", "leader"].contains(role) { return state }
    return lexicon.offices.first { $0.state == state && $0.role == role }?.leads
  }

  /// What an office's holder leads as this article reads it: the state or an agency always; the
  /// government body a head of government heads (the Tripoli government) only where the article
  /// names it (seed 004 never names Sarraj's GNA).
  private func led(by office: Lexicon.Office, context: ArticleContext) -> ActorID? {
    guard let led = office.leads else { return nil }
    if ["prime minister", "president"].contains(office.role), lexicon.type(of: led) == .organization, !context.namedActors.contains(led) { return nil }
    return led
  }

  /// Words between a state and its role that do not change whose role it is ("Turkey's top
  /// diplomat", "the Syrian then president", "Syria's interim president").
  /// Whether a word opens a clause ("when", "after", "because"), whose subject a later "its"
  /// may stand for (word classes only: this runs for every word before a pronoun).
  private static func opensClause(_ token: Token) -> Bool {
    token.isA(.subordinator) || token.is(.when) || token.is(.as) || (token.isA(.clauseOpener) && Self.causeOpeners.contains(token.lower))
  }
  /// The clause openers of time and cause (not "but": "but Iranian officials blamed it").
  private static let causeOpeners: WordSet = ["because", "while", "although", "though"]

  private static let roleModifiers: WordSet = ["top", "senior", "former", "new", "then", "current", "interim", "acting", "transitional", "de", "facto"]

  /// Whether a lexicon name written in lower case ("rebels", "opposition fighters") at `i` is
  /// a person's own men: "Sharaa's rebels", "Sharaa, whose Islamist-led rebels". The person
  /// stands for them, as for "Haftar's forces", and the lexicon's group is not named.
  private func isPersonsOwnMen(_ tokens: [Token], at i: Int, pattern: AliasTable.Pattern, previous: [Mention], context: ArticleContext) -> Bool {
    guard pattern.isWrittenInLowerCase, let owner = previous.last, owner.actors.count == 1 else { return false }
    // Up to three words describing them between: "whose Islamist-led rebels".
    var k = i - 1
    while k > owner.range.upperBound, i - k <= 3, !tokens[k].is(.whose), tokens[k].isWord || tokens[k].is(.hyphen) { k -= 1 }
    let ownerEnd = tokens[k].is(.whose) && k >= 1 && tokens[k - 1].is(.comma) ? k - 1 : k
    guard tokens[k].is(.whose) || tokens[k].is(.possessive), owner.range.upperBound == ownerEnd else { return false }
    return type(of: owner.actor, context) == .person
  }

  /// The role of the person a "counterpart" is counterpart to: the last person or role mention.
  private func anchorRole(_ previous: [Mention], _ tokens: [Token], _ context: ArticleContext) -> String? {
    // "Netanyahu announced it after talks with Kerry, while his Turkish counterpart": not one
    // named after a preposition.
    for mention in previous.reversed() where type(of: mention.actor, context) == .person
      && !(mention.range.lowerBound > 0 && tokens[mention.range.lowerBound - 1].isA(.preposition) && previous.first?.range != mention.range)
    {
      if let office = lexicon.offices(heldBy: mention.actor, on: context.date).first(where: { $0.role != "leader" }) {
        return office.role
      }
    }
    if let person = context.lastPerson, let office = lexicon.offices(heldBy: person, on: context.date).first(where: { $0.role != "leader" }) {
      return office.role
    }
    return nil
  }

  /// The state whose body ("the Turkish defence ministry", "the Syrian army") is the subject
  /// of the clause that `i` is in, when no actor is named between it and `i`.
  private func demonymBody(_ tokens: [Token], before i: Int, previous: [Mention]) -> ActorID? {
    guard i >= 2 else { return nil }
    var k = i - 1
    while k >= 1, i - k <= 8, !tokens[k].endsClause, !tokens[k].isA(.clauseOpener) { k -= 1 }
    for j in k..<i where tokens[j].isCapitalized {
      guard let state = demonym(tokens[j]), tokens[(j + 1)..<min(i, j + 4)].contains(where: { Self.stateBodies.contains($0.lower) }),
        !previous.contains(where: { $0.range.lowerBound > j })
      else { continue }
      return state
    }
    return nil
  }
  private static let stateBodies: WordSet = ["ministry", "army", "military", "government", "authorities", "presidency", "navy"]

  /// "the two countries", "both sides", "the two governments": the article's main pair of states.
  private func pairReference(_ tokens: [Token], at i: Int, previous: [Mention], context: ArticleContext) -> Mention? {
    guard i + 1 < tokens.count else { return nil }
    var j = i
    // "between its two neighbours": a possessive pronoun opens the pair as "the" does.
    if tokens[j].is(.the) || tokens[j].is(.its) || tokens[j].is(.their), j + 1 < tokens.count, tokens[j + 1].lower == "two" {
      j += 2
    } else if tokens[j].is(.both) {
      j += 1
    } else if tokens[j].is(.the), j + 1 < tokens.count, ["neighbours", "neighbors"].contains(tokens[j + 1].lower) {
      // "relations between the neighbours": neighbours come in a pair.
      j += 1
    } else if tokens[j].is(.the), i > 0, tokens[i - 1].is(.between), j + 2 < tokens.count, tokens[j + 1].isCapitalized, Self.statePairNouns.contains(tokens[j + 2].lower) {
      // "relations between the NATO allies": so do those of one alliance or region after "between".
      j += 1
    } else if tokens[j].is(.the), j + 2 < tokens.count, Self.warringWords.contains(tokens[j + 1].lower) || tokens[j + 1].lower == "rival",
      ["sides", "parties", "camps"].contains(tokens[j + 2].lower)
    {
      // "talks between the warring sides", "mediated between the rival camps": a war's or a
      // rivalry's sides are two without being counted.
      j += 1
    } else {
      return nil
    }
    // "the two warring sides", "both rival governments".
    let warring = j + 1 < tokens.count && Self.warringWords.contains(tokens[j].lower)
    if j + 1 < tokens.count, ["warring", "rival", "feuding", "neighbouring", "neighboring", "estranged", "regional", "major"].contains(tokens[j].lower) { j += 1 }
    // "the two NATO allies", "the two Gulf neighbours": a name may say what joins them.
    else if j + 1 < tokens.count, tokens[j].isCapitalized, Self.statePairNouns.contains(tokens[j + 1].lower) { j += 1 }
    // "a year of war between the two.": a bare "the two" after "between" is the two sides.
    let bareTwo = tokens[i].is(.the) && i > 0 && tokens[i - 1].is(.between) && (j == tokens.count || !tokens[j].isWord)
    let noun = bareTwo ? "sides" : j < tokens.count ? tokens[j].lower : ""
    guard Self.statePairNouns.contains(noun) || noun == "sides" || Self.hostilePairNouns.contains(noun) || Self.groupPairNouns.contains(noun)
      || Self.personPairNouns.contains(noun)
    else { return nil }
    let sides = ["sides", "parties", "camps"].contains(noun)
    var end = bareTwo ? j : j + 1
    if end < tokens.count, tokens[end].is(.apostrophe) || tokens[end].is(.possessive) { end += 1 }
    // "the two generals": the two persons the sentence names, else the last two who met and
    // are not named in it ("X and Y signed ... Sisi received both men"), else the last two
    // rival leaders.
    if Self.personPairNouns.contains(noun) {
      let persons = previous.flatMap(\.actors).filter { type(of: $0, context) == .person }.uniqued()
      // "both leaders" are two who lead something, not two ministers.
      func fits(_ person: ActorID) -> Bool {
        !Self.leaderPairNouns.contains(noun) || lexicon.offices(heldBy: person, on: context.date).contains { $0.leads != nil }
      }
      let met = context.lastMeetingPair.count == 2 && context.lastMeetingPair.allSatisfy { person in
        type(of: person, context) == .person && !persons.contains(person) && fits(person)
      }
      // Else the two the sentence before named ("Putin apologised to Bennett").
      let named = context.lastSentenceMentions.flatMap(\.actors).uniqued().filter { type(of: $0, context) == .person && fits($0) }
      guard
        let pair = persons.count == 2
          ? persons : met ? context.lastMeetingPair : context.lastHostilePair.count == 2 ? context.lastHostilePair : named.count == 2 ? named : nil
      else { return nil }
      return Mention(actors: pair, range: i..<end, kind: .reference)
    }
    // A state named earlier in the sentence is its subject ("Russia ... bring the two countries
    // closer"), not one of the pair.
    // Not a possessor ("Syria's state news agency said the two sides").
    // So is the state of an official named alone before it ("Omani Foreign Minister Badr
    // Albusaidi said ... with both sides"; two ministers' states are the pair).
    let subject = previous.first.flatMap { first -> [ActorID]? in
      guard first.actors.count == 1, first.range.upperBound == tokens.count || !tokens[first.range.upperBound].is(.possessive) else { return nil }
      switch type(of: first.actor, context) {
      case .state?: return [first.actor]
      case .person? where Set(previous.flatMap(\.actors)).count == 1:
        return context.stateOfDiscovered[first.actor].map { [$0] } ?? lexicon.offices(heldBy: first.actor, on: context.date).map(\.state)
      default: return nil
      }
    }
    var excluded = Set(subject ?? [])
    // "Iraq and Oman hosted talks between the two countries": hosts are not the pair either,
    // nor are those who "tried to broker a ceasefire between the warring sides".
    let hosted = tokens[..<i].contains(where: { $0.isA(.hostVerb) || Self.mediationVerbs.contains($0.lower) })
    if hosted {
      excluded.formUnion(previous.flatMap(\.actors).filter { type(of: $0, context) == .state })
    }
    // "Egypt and Qatar said the two countries", "a joint statement by the State Department and
    // the Turkish foreign ministry said the two sides": two states named together are the pair
    // (not "Egypt and Qatar urged the two sides": mediators speak of sides).
    if !hosted, Self.statePairNouns.contains(noun) || sides, let pair = coordinatedStates(previous, tokens, context: context),
      !sides || previous[0].range.lowerBound >= 1 && [Word.by, .between].contains(where: { word in
        let k = previous[0].range.lowerBound - 1
        return tokens[k].is(word) || (k >= 1 && tokens[k].is(.the) && tokens[k - 1].is(word))
      })
    {
      return Mention(actors: pair, range: i..<end, kind: .reference)
    }
    // "The US blamed Iran ..., raising fears of a confrontation between the two adversaries":
    // foes are the two states the sentence has named, its subject among them.
    let namedStates = previous.filter { $0.kind != .reference }.flatMap(\.actors).filter { type(of: $0, context) == .state }.uniqued()
    let namedFoes = Self.hostilePairNouns.contains(noun) && !hosted && namedStates.count == 2 ? namedStates : nil
    // "the two forces", "both factions": the last two groups named together.
    // A bare "the two" is the two the sentence has just named, if it named two.
    let sentencePair = bareTwo ? previous.flatMap(\.actors).uniqued() : []
    // "the warring sides": the last two that fought, else the two armed groups most named that
    // have not been said to back another (a patron is not a side), else as any two sides.
    let war = !warring ? nil
      : context.lastWarPair.count == 2 && excluded.isDisjoint(with: context.lastWarPair) ? context.lastWarPair
      : context.mainPair(excluding: excluded.union(context.backers), onlyArmedGroups: true)
    let named = namedFoes ?? war ?? (bareTwo && sentencePair.count == 2 ? sentencePair
      : Self.groupPairNouns.contains(noun) && context.lastPair.count == 2 ? context.lastPair
      // "called on both sides to end the fighting": the last two rival leaders, else the two
      // a mediator last brought together ("contacts with both sides" after "mediated a truce
      // between the US and the Houthis").
      : sides && context.lastHostilePair.count == 2 ? context.lastHostilePair
      : sides && context.lastMediatedPair.count == 2 && excluded.isDisjoint(with: context.lastMediatedPair) ? context.lastMediatedPair
      // "Both sides agreed to reopen roads" after the fighting between two was told.
      : sides && context.lastWarPair.count == 2 && excluded.isDisjoint(with: context.lastWarPair) ? context.lastWarPair : nil)
    // "The two sides" may be armed groups at war; "the two countries" are states.
    let armedGroups = !Self.statePairNouns.contains(noun)
    // Camps are factions the article has set against each other, never the states it names most.
    guard let pair = named ?? (noun == "camps" ? nil : context.mainPair(excluding: excluded, armedGroups: armedGroups)) else { return nil }
    var mention = Mention(actors: pair, range: i..<end, kind: .reference)
    // "the two foes": calling them so says they oppose each other.
    if Self.hostilePairNouns.contains(noun), pair.count == 2 {
      mention.inner = [
        InnerRelation(source: pair[0], relation: .opposes, subtype: "rivals", cameo: "19", target: pair[1]),
        InnerRelation(source: pair[1], relation: .opposes, subtype: "rivals", cameo: "19", target: pair[0]),
      ]
    }
    return mention
  }
  /// The two states of the only two mentions of a sentence so far, when "and" (and "the")
  /// alone joins them: "by the State Department and the Turkish foreign ministry".
  private func coordinatedStates(_ previous: [Mention], _ tokens: [Token], context: ArticleContext) -> [ActorID]? {
    guard previous.count == 2, previous.allSatisfy({ $0.kind != .reference && $0.actors.count == 1 && type(of: $0.actor, context) == .state }),
      previous[0].actor != previous[1].actor, previous[0].range.upperBound < previous[1].range.lowerBound,
      tokens[previous[0].range.upperBound..<previous[1].range.lowerBound].allSatisfy({ $0.is(.and) || $0.is(.the) }),
      tokens[previous[0].range.upperBound].is(.and)
    else { return nil }
    return [previous[0].actor, previous[1].actor]
  }

  /// "the four countries", "the three states": the last list of that many states named
  /// together ("Saudi Arabia, the UAE, Bahrain and Egypt cut ties ... The four countries").
  private func countedStates(_ tokens: [Token], at i: Int, previous: [Mention], context: ArticleContext) -> Mention? {
    guard i + 2 < tokens.count, tokens[i + 1].isA(.stateCount), let count = Self.countWords[tokens[i + 1].lower] else { return nil }
    // One word may say where the states are ("the three Gulf states").
    let qualified = i + 3 < tokens.count && tokens[i + 2].isWord && !tokens[i + 2].isA(.determiner) && Self.statePairNouns.contains(tokens[i + 3].lower)
    guard qualified || Self.statePairNouns.contains(tokens[i + 2].lower) else { return nil }
    let range = i..<(qualified ? i + 4 : i + 3)
    // "Turkey agreed ... Finland and Sweden joining NATO, after the three countries signed": the
    // states named so far in the sentence, when there are as many.
    let named = previous.filter { $0.kind != .reference }.flatMap(\.actors).filter { type(of: $0, context) == .state }.uniqued()
    if named.count == count { return Mention(actors: named, range: range, kind: .reference) }
    guard count == context.lastStateList.count else { return nil }
    return Mention(actors: context.lastStateList, range: range, kind: .reference)
  }
  /// The numbers "the three countries" may count, by word (`WordClass.stateCount`).
  static let countWords: [String: Int] = ["three": 3, "four": 4, "five": 5, "six": 6]

  /// Nouns for a pair of states ("the two countries").
  private static let statePairNouns: WordSet = [
    "countries", "governments", "states", "nations", "neighbours", "neighbors", "capitals", "powers", "allies", "partners",
  ]
  /// Words that say a pair is at war ("the warring sides").
  private static let warringWords: WordSet = ["warring", "feuding"]
  /// The words after "the" that `pairReference` reads (`WordClass.pairOpener`).
  static let pairOpeners: WordSet = warringWords.union(["two", "neighbours", "neighbors", "rival"])
  /// Verbs of vowing, before what will not go unpunished.
  private static let vowVerbs: WordSet = ["vowed", "vows", "vow", "promised", "promises", "pledged", "pledges", "swore", "swears", "warned", "warns", "said", "says"]
  /// Verbs of bringing parties to terms ("brokered a truce between the two sides").
  private static let mediationVerbs: WordSet = ["mediate", "mediated", "mediates", "mediating", "broker", "brokered", "brokers", "brokering"]
  private static let hostilePairNouns: WordSet = ["foes", "enemies", "adversaries", "archenemies", "arch-foes", "rivals", "archrivals", "arch-rivals"]
  private static let personPairNouns: WordSet = ["men", "generals", "leaders", "presidents", "commanders", "women"]
  private static let leaderPairNouns: WordSet = ["leaders", "presidents"]
  private static let groupPairNouns: WordSet = ["forces", "armies", "militaries", "factions", "groups", "militias", "parties", "camps", "movements"]

  /// "pro-Iranian proxy militias", "US-backed Kurdish forces" matched as one alias: the backer
  /// inside the name backs the group.
  private func backingInside(_ tokens: [Token], _ range: Range<Int>, actor: ActorID, context: ArticleContext) -> [InnerRelation] {
    var inner: [InnerRelation] = []
    guard tokens[range].contains(where: { $0.isA(.backingCue) }) else { return [] }
    for k in range where tokens[k].isWord {
      guard let backer = demonym(tokens[k]) ?? context.aliases.actor(forWord: tokens[k]), backer != actor else { continue }
      inner.append(InnerRelation(source: backer, relation: .backs, subtype: "supports", cameo: "05", target: actor))
    }
    if inner.isEmpty, let backers = lexicon[actor]?.backers {
      inner = backers.map { InnerRelation(source: $0, relation: .backs, subtype: "supports", cameo: "05", target: actor) }
    }
    return inner
  }

  /// "the Syrian secret services", "Turkish intelligence agency", "Turkey's intelligence
  /// agency": an agency's name that carries its state's demonym or name ties the agency to that
  /// state (`part_of`).
  private func stateNamedInside(_ tokens: [Token], _ range: Range<Int>, actor: ActorID) -> [InnerRelation] {
    guard let whole = lexicon[actor]?.partOf, range.count > 1 else { return [] }
    // The demonym, or the state's name before "'s" ("Turkey's intelligence agency").
    let named = tokens[range].contains { demonym($0) == whole }
      || (tokens[range.lowerBound + 1].is(.possessive) && lexicon.type(of: actor) == .organization)
    return named ? [InnerRelation(source: actor, relation: .partOf, subtype: "belongs_to", target: whole)] : []
  }

  /// Gives the second word of each two-word demonym in `tokens` the id of the whole, so that
  /// "South Sudanese President Salva Kiir" reads as South Sudan's president, not Sudan's.
  func markTwoWordDemonyms(in tokens: inout [Token]) {
    for i in tokens.indices.dropFirst() where tokens[i].isCapitalized && tokens[i - 1].isCapitalized && tokens[i - 1].end + 1 == tokens[i].start {
      guard let whole = twoWordDemonyms[tokens[i].word]?[tokens[i - 1].word] else { continue }
      tokens[i].word = whole
      tokens[i].classes = words.classes(of: whole)
    }
  }

  /// The state a capitalised demonym stands for ("Turkish" → Turkey).
  func demonym(_ token: Token) -> ActorID? {
    guard token.isCapitalized, token.word >= 0 else { return nil }
    return demonymStates[Int(token.word)]
  }

  private func rolePhrase(_ tokens: [Token], at j: Int, plural: Bool = false) -> (String, Int)? {
    guard j < tokens.count, tokens[j].word >= 0 else { return nil }
    let first = Int(tokens[j].word)
    // A plural's last word ends in "s": "presidents", "foreign ministers".
    func match(_ candidates: [RolePhrase]) -> (String, Int)? {
      for phrase in candidates where j + phrase.words.count <= tokens.count {
        let last = phrase.words.count - 1
        let same = phrase.words.indices.allSatisfy { w in tokens[j + w].word == (plural && w == last ? phrase.pluralLast : phrase.words[w]) }
        if same { return (phrase.role, phrase.words.count) }
      }
      return nil
    }
    return match(rolePhrases[first]) ?? (plural ? match(pluralRolePhrases[first]) : nil)
  }

  // MARK: - Around mentions

  /// The index after a dateline's dash ("BEIRUT, Aug 8 (Reuters) -"), if the sentence opens
  /// with one: capitalised words, commas and a date, then a news agency in parentheses.
  private static func datelineEnd(of tokens: [Token]) -> Int? {
    // Dashes are hyphens by now (TextNormalizer).
    guard tokens.count > 4, tokens[0].isCapitalized, let dash = tokens.prefix(14).firstIndex(where: { $0.is(.hyphen) }), dash >= 4,
      tokens[dash - 1].is(.closeParen), tokens[dash - 3].is(.openParen)
    else { return nil }
    return dash + 1
  }

  /// "Bashar al-Assad's forces", "the Assad regime": a person's forces stand for their state.
  /// "the Iran-backed militia Kataib Hezbollah": a description that is itself a catalogue
  /// actor ("Iran-backed militias") right before an armed group's name describes that group,
  /// which the backing then concerns.
  /// "the RSF rebels": a bare descriptor right after a group's name describes that group; it
  /// is no second group (the lexicon's "rebels").
  private func mergeDescribedNames(_ mentions: [Mention], _ tokens: [Token], context: ArticleContext) -> [Mention] {
    guard mentions.count >= 2 else { return mentions }
    var result = MergedMentions(mentions)
    for (m, mention) in mentions.enumerated() {
      if let last = result.last, last.range.upperBound == mention.range.lowerBound, last.actors.count == 1, mention.range.count == 1,
        mention.kind == .name, Self.descriptorSingulars[tokens[mention.range.lowerBound].lower] != nil,
        [.armedGroup, .organization].contains(type(of: last.actor, context))
      {
        var widened = last
        widened.range = last.range.lowerBound..<mention.range.upperBound
        result.replaceLast(with: widened)
        continue
      }
      if let last = result.last, last.range.upperBound == mention.range.lowerBound, last.actors.count == 1, mention.actors.count == 1,
        last.actor != mention.actor, mention.kind == .name, type(of: last.actor, context) == .armedGroup,
        type(of: mention.actor, context) == .armedGroup, last.inner.contains(where: { $0.relation == .backs && $0.target == last.actor })
      {
        var merged = mention
        merged.range = last.range.lowerBound..<mention.range.upperBound
        merged.inner = last.inner.map { inner in
          var inner = inner
          if inner.target == last.actor { inner.target = mention.actor }
          return inner
        } + mention.inner
        result.replaceLast(with: merged)
        continue
      }
      result.keep(m)
    }
    return result.mentions
  }

  /// `Vocabulary.groupDescriptors` the other way: "rebels" to "rebel".
  static let descriptorSingulars = Dictionary(uniqueKeysWithValues: Vocabulary.groupDescriptors.map { ($0.value, $0.key) })

  /// A leader years out of office on the article's date has forces of his own ("Saleh's
  /// forces" fought the Houthis five years after he stepped down); his administration stays
  /// the state's ("a deal brokered by the Trump administration"). Forces named before a
  /// commander ("the forces of Khalifa Haftar") are the armed group he leads.
  private func mergePersonForces(_ mentions: [Mention], _ tokens: [Token], context: ArticleContext) -> [Mention] {
    var result = mentions
    for (index, mention) in mentions.enumerated() where lexicon.type(of: mention.actor) == .person {
      // "forces loyal to President Abbas" stay his own: only an armed group's leader has them
      // named so for the group.
      // ("Forces of Haftar's Libyan National Army" are the army's.)
      if mention.range.upperBound == tokens.count || !tokens[mention.range.upperBound].is(.possessive),
        let before = Self.forcesBefore(mention.range.lowerBound, in: tokens),
        let group = armedGroup(ledBy: mention.actor, on: context.date)
      {
        // "the eastern-based forces of": where they are based is theirs.
        let based = before >= 3 && tokens[before - 1].lower == "based" && tokens[before - 2].is(.hyphen) && tokens[before - 3].isWord ? before - 3 : before
        result[index] = Mention(actors: [group], range: based..<mention.range.upperBound, kind: .forces, inner: mention.inner)
        continue
      }
      var k = mention.range.upperBound
      if k < tokens.count, tokens[k].is(.possessive) { k += 1 }
      guard k < tokens.count, ["forces", "regime", "government", "troops", "army", "administration"].contains(tokens[k].lower) else { continue }
      // "Serraj's government": the seated government a head of government leads that day.
      if ["government", "administration"].contains(tokens[k].lower),
        let body = lexicon.offices(heldBy: mention.actor, on: context.date).compactMap(\.leads).first(where: lexicon.seatedGovernments.values.contains)
      {
        result[index] = Mention(actors: [body], range: mention.range.lowerBound..<(k + 1), kind: .forces, inner: mention.inner)
        continue
      }
      guard let office = lexicon.offices(heldBy: mention.actor, on: nil).filter({ $0.leads == $0.state }).max(by: { ($0.to?.ordinal ?? .max) < ($1.to?.ordinal ?? .max) })
      else { continue }
      if ["forces", "troops", "army"].contains(tokens[k].lower), let day = context.date, let end = office.to, day.ordinal - end.ordinal > 2 * 365 { continue }
      result[index] = Mention(actors: [office.state], range: mention.range.lowerBound..<(k + 1), kind: .forces, inner: mention.inner)
    }
    return result
  }

  /// "Khalifa Haftar, whose forces waged a war on Tripoli": the forces of a person who leads an
  /// armed group on the article's date are that group, which he leads.
  private func addRelativeForces(_ mentions: [Mention], _ tokens: [Token], context: ArticleContext) -> [Mention] {
    // Most sentences have no ", whose" after a mention: they keep their mentions as they are.
    func whoseAfter(_ mention: Mention) -> Int? {
      let whose = mention.range.upperBound + 1
      return whose + 1 < tokens.count && tokens[whose - 1].is(.comma) && tokens[whose].lower == "whose" ? whose : nil
    }
    guard mentions.contains(where: { whoseAfter($0) != nil }) else { return mentions }
    var result: [Mention] = []
    result.reserveCapacity(mentions.count)
    for (index, mention) in mentions.enumerated() {
      result.append(mention)
      guard let whose = whoseAfter(mention),
        ["forces", "troops", "fighters", "militias"].contains(tokens[whose + 1].lower), mention.actors.count == 1,
        index + 1 == mentions.count || mentions[index + 1].range.lowerBound > whose + 1,
        let group = armedGroup(ledBy: mention.actor, on: context.date)
      else { continue }
      let leads = InnerRelation(source: mention.actor, relation: .leads, subtype: "heads", cameo: nil, target: group)
      result.append(Mention(actors: [group], range: whose..<(whose + 2), kind: .forces, inner: [leads]))
    }
    return result
  }

  /// The index of "forces" in "forces of (commander) NAME" or "forces loyal to NAME", where
  /// the name starts at `start`.
  private static func forcesBefore(_ start: Int, in tokens: [Token]) -> Int? {
    var j = start - 1
    while j >= 0, start - j <= 2, tokens[j].isA(.titleWord) || tokens[j].isA(.personTitle) { j -= 1 }
    if j >= 1, tokens[j].is(.of), ["forces", "troops", "army"].contains(tokens[j - 1].lower) { return j - 1 }
    if j >= 2, tokens[j].is(.to), tokens[j - 1].lower == "loyal", ["forces", "troops", "fighters", "militias"].contains(tokens[j - 2].lower) { return j - 2 }
    return nil
  }

  /// The first actors of a sentence named together, two or more joined by commas and "and"
  /// ("Saudi Arabia, the UAE and Egypt"), else nil.
  private func coordinatedSubject(_ previous: [Mention], _ tokens: [Token]) -> [ActorID]? {
    var actors: [ActorID] = []
    for (n, mention) in previous.enumerated() {
      if n > 0 {
        let between = tokens[previous[n - 1].range.upperBound..<mention.range.lowerBound]
        let joined = between.allSatisfy { $0.is(.comma) || $0.is(.and) || $0.is(.the) } && between.contains { $0.is(.comma) || $0.is(.and) }
        if !joined {
          if actors.count >= 2 { return actors }
          actors = []
        }
      }
      actors += mention.actors.filter { !actors.contains($0) }
    }
    return actors.count >= 2 ? actors : nil
  }

  /// Whether a state's name (not its seat) starts at token `k`.
  private func isStateName(_ tokens: [Token], at k: Int, context: ArticleContext) -> Bool {
    guard let (pattern, _) = context.aliases.match(tokens, at: k) else { return false }
    return pattern.kind == .name && type(of: pattern.actor, context) == .state
  }

  /// "Serdar Kilic of Turkey and Ruben Rubinyan of Armenia met": a person named with the state
  /// they come from is one mention, the person's, so persons so named can be coordinated.
  private func mergePersonOfState(_ mentions: [Mention], _ tokens: [Token], context: ArticleContext) -> [Mention] {
    guard mentions.count >= 2 else { return mentions }
    var result = MergedMentions(mentions)
    var m = 0
    while m < mentions.count {
      let mention = mentions[m]
      if m + 1 < mentions.count, case let state = mentions[m + 1], mention.range.upperBound + 1 == state.range.lowerBound,
        tokens[mention.range.upperBound].is(.of), mention.kind == .name, state.kind == .name, mention.actors.count == 1, state.actors.count == 1,
        type(of: mention.actor, context) == .person, type(of: state.actor, context) == .state,
        state.range.upperBound == tokens.count || !tokens[state.range.upperBound].is(.possessive)
      {
        result.append(Mention(actors: mention.actors, range: mention.range.lowerBound..<state.range.upperBound, kind: .name, inner: mention.inner))
        m += 2
        continue
      }
      result.keep(m)
      m += 1
    }
    return result.mentions
  }

  /// "U.S. envoy Tom Barrack", "Qatar Emir Tamim": a state named before a title and a person's
  /// name says whose official the person is; the person alone acts ("met U.S. envoy Tom
  /// Barrack" is a meeting with Barrack, not with the United States).
  private func mergeStateTitles(_ mentions: [Mention], _ tokens: [Token], context: ArticleContext) -> [Mention] {
    guard mentions.count >= 2 else { return mentions }
    var result = MergedMentions(mentions)
    for (m, mention) in mentions.enumerated() {
      if let last = result.last, last.actors.count == 1, mention.actors.count == 1, last.range.upperBound <= mention.range.lowerBound,
        mention.range.lowerBound - last.range.upperBound <= 3, type(of: last.actor, context) == .state, type(of: mention.actor, context) == .person,
        case let title = tokens[last.range.upperBound..<mention.range.lowerBound], title.allSatisfy({ $0.isA(.titleWord) || $0.isA(.personTitle) }),
        !title.isEmpty || tokens[last.range.upperBound - 1].isA(.titleWord) || tokens[last.range.upperBound - 1].isA(.personTitle)
      {
        var merged = mention
        merged.range = last.range.lowerBound..<mention.range.upperBound
        merged.inner = last.inner + mention.inner
        result.replaceLast(with: merged)
        continue
      }
      result.keep(m)
    }
    return result.mentions
  }

  /// "Foo Bar Brigade (FBB)": the acronym names the same actor for the rest of the article.
  private func defineAcronyms(_ mentions: [Mention], _ tokens: [Token], context: inout ArticleContext) {
    for mention in mentions {
      let k = mention.range.upperBound
      guard k + 2 < tokens.count, tokens[k].is(.openParen), tokens[k + 2].is(.closeParen) else { continue }
      let acronym = tokens[k + 1].text
      guard acronym.count >= 2, acronym.count <= 6, acronym.allSatisfy({ $0.isUppercase || $0.isNumber }),
        context.aliases.match(tokens, at: k + 1) == nil
      else { continue }
      context.aliases.add(acronym, actor: mention.actor, kind: .name)
    }
  }

  /// The state whose demonym, or one-word name, opens the title before token `n`: "Israeli
  /// Strategic Affairs Minister", "Israeli minister", "U.S. Middle East envoy".
  private func stateOfTitle(_ tokens: [Token], before n: Int, context: ArticleContext) -> ActorID? {
    func state(_ token: Token) -> ActorID? {
      demonym(token) ?? context.aliases.lexiconActor(forWord: token).flatMap { lexicon.type(of: $0) == .state ? $0 : nil }
    }
    var k = n - 1
    while k >= 0, n - k <= 5, tokens[k].isWord, tokens[k].isA(.titleWord) || tokens[k].isA(.personTitle) || tokens[k].isCapitalized, state(tokens[k]) == nil {
      k -= 1
    }
    guard k >= 0, k < n - 1, tokens[k].isWord, let found = state(tokens[k]) else { return nil }
    return found
  }

  /// A capitalised name the lexicon does not know, typed by its title or last word.
  /// "the suspected leader of Islamic State, Abu Hussein al-Qurashi": a name after a comma that
  /// closes a role noun and what it heads.
  private func namedAfterRole(_ tokens: [Token], comma: Int) -> Bool {
    guard comma >= 2, tokens[comma].is(.comma) else { return false }
    return tokens[max(0, comma - 5)..<comma].contains { $0.isA(.personTitle) && !$0.isCapitalized }
  }

  /// Whether an appositive after `comma` gives the name before it a person's role: "Razi
  /// Mousavi, a senior adviser of ...", "X, the group's deputy leader".
  private func roleAfterName(_ tokens: [Token], comma: Int) -> Bool {
    guard comma + 2 < tokens.count, tokens[comma].is(.comma) else { return false }
    // "Aldar Xelil, co-chair of the PYD", "X, head of the agency": a leader's title and "of".
    let title = comma + 3 < tokens.count && tokens[comma + 1].lower == "co" && tokens[comma + 2].is(.hyphen) ? comma + 3 : comma + 1
    if title + 1 < tokens.count, !tokens[title].isCapitalized, RelationMatcher.leaderTitles.contains(tokens[title].lower) || tokens[title].lower == "chair",
      tokens[title + 1].is(.of)
    {
      return true
    }
    guard tokens[comma + 1].is(.a) || tokens[comma + 1].is(.an) || tokens[comma + 1].is(.the) else { return false }
    return tokens[(comma + 2)...].prefix(4).prefix { $0.isWord && !$0.isCapitalized || $0.is(.possessive) }.contains {
      $0.isA(.personTitle) || Self.aideNouns.contains($0.lower)
    }
  }

  private static let aideNouns: WordSet = ["adviser", "advisor", "aide", "deputy", "lieutenant", "confidant"]

  /// Whether the capitalised words from `k` end a body's or armed group's name the lexicon
  /// does not know ("Revolutionary Front" after "Sudan"). A ministry, government or army
  /// named after its state is that state's, as the lexicon reads them.
  private func isBodyNamedAfterState(_ tokens: [Token], from k: Int) -> Bool {
    var j = k
    while j < tokens.count, tokens[j].isWord, tokens[j].isCapitalized, !tokens[j].isA(.personTitle) { j += 1 }
    guard j > k, !(j < tokens.count && tokens[j].is(.possessive)) else { return false }
    let last = tokens[j - 1]
    // "Libya Dawn, an alliance of militias": or an appositive says what it is.
    return (last.isA(.organizationHead) || last.isA(.armedGroupHead)) && !Self.stateBodyHeads.contains(last.lower) || Self.typeInAppositive(tokens, comma: j) != nil
  }

  /// What an appositive opened by "a" or "an" after a name says it is: an armed group ("a
  /// militant group", "an alliance of Islamist militias") or an organisation ("an alliance of
  /// parties"). Only qualifying words may come before its noun.
  static func typeInAppositive(_ tokens: [Token], comma: Int) -> ActorType? {
    guard comma + 2 < tokens.count, tokens[comma].is(.comma), tokens[comma + 1].is(.a) || tokens[comma + 1].is(.an) else { return nil }
    for k in (comma + 2)..<min(comma + 7, tokens.count) {
      let token = tokens[k]
      if token.isA(.groupNoun) || token.isA(.armedGroupHead) { return .armedGroup }
      if token.isA(.coalitionNoun) {
        // "an alliance of Islamist-leaning militias": of fighters.
        let members = tokens[(k + 1)...].prefix(6).prefix { !$0.is(.comma) && !$0.endsClause }
        return members.contains { $0.isA(.groupNoun) || $0.isA(.armedGroupHead) || $0.isA(.forceHead) } ? .armedGroup : .organization
      }
      // Qualifying words only: "a powerful Iran-backed".
      guard token.isWord && (!token.isCapitalized || isPeoplesAdjective(token)) || token.is(.hyphen) else { return nil }
      if token.is(.of) || token.isA(.titleWord) || token.isA(.personTitle) { return nil }
    }
    return nil
  }

  private static let leadingParticiples: WordSet = ["led", "headed", "commanded", "chaired", "founded"]

  private static let stateBodyHeads: WordSet = ["ministry", "government", "army", "embassy", "parliament", "cabinet", "presidency", "authority"]

  /// Whether a capitalised word has the ending of a people's adjective ("Kurdish", "Syrian",
  /// "Lebanese", "Iraqi").
  static func isPeoplesAdjective(_ token: Token) -> Bool {
    // Bytes, not `String` suffixes: this runs for every capitalised word no lexicon knows.
    let utf8 = token.lower.utf8
    guard token.isCapitalized, utf8.count > 4 else { return false }
    let end = utf8.suffix(3)
    return end.last == UInt8(ascii: "i") || end.elementsEqual("ish".utf8) || end.elementsEqual("ian".utf8) || end.elementsEqual("ese".utf8)
  }

  /// A name's words as written, one space between them and none around a hyphen
  /// ("Abu Hussein al-Qurashi").
  static func writtenName(_ words: ArraySlice<Token>) -> String {
    var name = ""
    var joined = true
    for word in words {
      if word.is(.hyphen) {
        name += "-"
        joined = true
      } else {
        if !joined { name += " " }
        name += word.text
        joined = false
      }
    }
    return name
  }

  func discoveredName(_ tokens: [Token], at i: Int, context: inout ArticleContext, asPerson: Bool = false) -> Mention? {
    guard tokens[i].isWord, tokens[i].isCapitalized, demonym(tokens[i]) == nil, !tokens[i].isA(.determiner)
    else { return nil }
    // "Tamim bin Hamad Al Thani": a father's name is inside a name, never the start of one.
    if i > 0, Self.patronymicWords.contains(tokens[i - 1].lower) { return nil }
    // "the Christian Lebanese Forces party", "the Shiite Amal movement": a faith describes the
    // name after it.
    if tokens[i].isA(.faithAdjective) { return nil }
    // "the pro-Kurdish DEM Party": a word joined to the one before it modifies the name.
    if i >= 2, tokens[i - 1].is(.hyphen), tokens[i - 1].start == tokens[i - 2].end, tokens[i - 1].end == tokens[i].start, !tokens[i - 2].isCapitalized {
      return nil
    }
    // "NATO Secretary-General Jens Stoltenberg": the title is no part of the name, and its
    // "General" no rank opening it.
    if Self.endsSecretaryGeneral(tokens, at: i) || (tokens[i].lower == "secretary" && (Self.endsSecretaryGeneral(tokens, at: i + 1) || Self.endsSecretaryGeneral(tokens, at: i + 2))) {
      return nil
    }
    // Titles before the name are not part of it: "Prince Faisal bin Farhan" is Faisal bin Farhan.
    var n = i
    // A capitalised portfolio belongs to the title after it: "Strategic Affairs Minister Ron
    // Dermer", "Water and Irrigation Minister".
    if i + 2 < tokens.count, let title = (i + 1..<min(i + 5, tokens.count - 1)).first(where: { tokens[$0].isA(.personTitle) && tokens[$0].isCapitalized }),
      tokens[i..<title].allSatisfy({ ($0.isWord && $0.isCapitalized && !$0.isA(.personTitle)) || $0.is(.and) }), tokens[title + 1].isWord,
      tokens[title + 1].isCapitalized
    {
      n = title
    }
    // "the General National Congress": a title opening a body's name is part of the name.
    var run = i
    while run < tokens.count, tokens[run].isWord, tokens[run].isCapitalized { run += 1 }
    let namesBody = run > i + 1 && (tokens[run - 1].isA(.organizationHead) || tokens[run - 1].isA(.armedGroupHead))
    while !namesBody, n + 1 < tokens.count, tokens[n].isA(.personTitle), tokens[n].isCapitalized, tokens[n + 1].isWord, tokens[n + 1].isCapitalized { n += 1 }
    if n > i, context.aliases.match(tokens, at: n) != nil { return nil }
    var j = n
    while j < tokens.count, tokens[j].isWord, tokens[j].isCapitalized || (Self.nameParticles.contains(tokens[j].lower) && j > n) {
      // "Serdar Kilic of Turkey": a short name, no body's, ends before the state it is from.
      if tokens[j].is(.of), (2...3).contains(j - n), i == 0 || !tokens[i - 1].is(.the), j + 1 < tokens.count,
        !tokens[n..<j].contains(where: { $0.isA(.organizationHead) || $0.isA(.armedGroupHead) }), isStateName(tokens, at: j + 1, context: context)
      {
        break
      }
      // "Turkish Foreign Minister Hakan Fidan" stops at the name; "National Security Council"
      // is one body, not the UN's "Security Council" inside it.
      // "Lars Lokke Rasmussen" goes on past a surname the lexicon knows of another person.
      // "King Abdullah and Qatar's emir": nor through "and" into a state or person named alone.
      if j > n + 1, tokens[j - 1].is(.and), let (pattern, length) = context.aliases.match(tokens, at: j),
        [.state, .person].contains(type(of: pattern.actor, context)), j + length == tokens.count || !tokens[j + length].isCapitalized
      {
        j -= 1
        break
      }
      if j > n, let (pattern, length) = context.aliases.match(tokens, at: j), !(tokens[j - 1].is(.of) || tokens[j - 1].is(.for) || tokens[j - 1].is(.and)),
        !(tokens[j + length - 1].isA(.organizationHead) && (j + length == tokens.count || !tokens[j + length].isCapitalized)),
        !(length == 1 && type(of: pattern.actor, context) == .person)
      {
        break
      }
      j += 1
      if j + 1 < tokens.count, tokens[j].is(.hyphen), tokens[j - 1].end == tokens[j].start, tokens[j + 1].isWord { j += 1 }
    }
    while j > n + 1, Self.danglingNameWords.contains(tokens[j - 1].lower) { j -= 1 }
    // "the Kurdish Democratic Union Party": a people's adjective before a name the lexicon
    // knows describes it, and the whole names the lexicon's actor.
    if n == i, j > n + 1 {
      for start in (n + 1)..<min(n + 3, j) {
        guard Self.isPeoplesAdjective(tokens[start - 1]) else { break }
        if let named = context.aliases.match(tokens, at: start), named.length == j - start {
          return Mention(actors: [named.pattern.actor], range: i..<j, kind: .name)
        }
      }
    }
    // "the Islamist Ennahda party", "the Gulen movement": a name written before a lowercase
    // "party" or "movement" is that body's, and the name alone stands for it later ("Ennahda
    // leader Rached Ghannouchi").
    var shortName: String?
    if j < tokens.count, !tokens[j].isCapitalized, ["party", "movement"].contains(tokens[j].lower), j - n <= 3, i > 0,
      tokens[i - 1].is(.the) || (i > 1 && tokens[i - 2].is(.the) && tokens[i - 1].isWord)
    {
      shortName = tokens[n..<j].map(\.text).joined(separator: " ")
      j += 1
    }
    let length = j - n
    guard length >= 2 || asPerson else { return nil }
    let after = j < tokens.count ? tokens[j].lower : ""
    let type: ActorType
    if tokens[j - 1].isA(.armedGroupHead) || (i > 0 && tokens[i - 1].isA(.groupNoun) && !tokens[i - 1].isCapitalized) {
      // "the militant group Jaish al-Adl": named after what it is.
      type = .armedGroup
    } else if tokens[j - 1].isA(.organizationHead) {
      type = .organization
    } else if let described = Self.typeInAppositive(tokens, comma: j) {
      type = described
    } else if asPerson || n > i || (i > 0 && tokens[i - 1].isA(.personTitle)) || (["said", "says", "told"].contains(after) && length <= 3)
      || namedAfterRole(tokens, comma: i - 1) || roleAfterName(tokens, comma: j) || (tokens[n].isA(.givenName) && length <= 4)
      // "the Justice and Equality Movement led by Gibril Ibrahim": whoever leads is a person.
      || (i >= 2 && tokens[i - 1].is(.by) && Self.leadingParticiples.contains(tokens[i - 2].lower) && length <= 4)
      // "Serdar Kilic of Turkey": a short name of someone from a state.
      || (tokens.indices.contains(j + 1) && tokens[j].is(.of) && length <= 3 && isStateName(tokens, at: j + 1, context: context))
    {
      // "Abu Hussein al-Qurashi": the hyphen is no word of the name.
      let words = tokens[n..<j].filter { !$0.is(.hyphen) }.count
      guard words >= 2 && words <= 4 else { return nil }
      type = .person
    } else {
      return nil
    }
    // Sentence-initial words are capitalised anyway; only take them with a typing last word.
    if i == 0, type == .person, !asPerson, n == i, !tokens[n].isA(.givenName) { return nil }
    // "Damascus, SANA – ... the Foreign and Expatriates Ministry": a ministry named bare in an
    // article datelined in a capital is that state's.
    // ("Britain's Foreign Office" is its foreign ministry.)
    let ministry = tokens[j - 1].lower == "ministry" || (tokens[j - 1].lower == "office" && length == 2 && ["foreign", "home"].contains(tokens[n].lower))
    if type == .organization, ministry {
      let possessed = i > 0 && tokens[i - 1].is(.possessive)
      if !possessed, let state = context.datelineState { return Mention(actors: [state], range: i..<j, kind: .forces) }
      // "Syria's Foreign Ministry", "the Iraq Foreign Ministry": a ministry right after its
      // state's name is that state's.
      let owner = possessed ? (i >= 2 ? i - 2 : nil) : (i >= 1 ? i - 1 : nil)
      if length <= 3, let owner, let state = context.aliases.actor(forWord: tokens[owner]), self.type(of: state, context) == .state {
        return Mention(actors: [state], range: i..<j, kind: .forces)
      }
      // Elsewhere "the Foreign Ministry" names no one body, every state having one.
      if length <= 3, i > 0, tokens[i - 1].is(.the) || possessed { return nil }
    }
    let name = Self.writtenName(tokens[n..<j])
    let id = ActorID(slugOf: name)
    let datelineLeader = type == .person && lexicon[id] == nil ? datelineStateLed(tokens, title: i..<n, context: context) : nil
    if lexicon[id] == nil, context.discovered[id] == nil {
      context.discovered[id] = NewsActor(id: id, name: name, type: type, discovered: true)
      context.aliases.add(name, actor: id, kind: .name)
      if let shortName { context.aliases.add(shortName, actor: id, kind: .name) }
      if type == .person, let surname = tokens[n..<j].last?.text, surname.count > 2 {
        context.aliases.add(surname, actor: id, kind: .name)
        context.namedActors.insert(id)
      }
      if type == .person, let state = stateOfTitle(tokens, before: n, context: context) ?? datelineLeader { context.stateOfDiscovered[id] = state }
    }
    let inner = datelineLeader.map { [InnerRelation(source: id, relation: .leads, subtype: "heads", target: $0)] } ?? []
    return Mention(actors: [lexicon[id]?.actor.id ?? id], range: i..<j, kind: .name, inner: inner)
  }

  /// "BENGHAZI, Libya (Reuters) - Prime Minister Abdullah al-Thinni": a head of state's or
  /// government's title with no state before it is the dateline state's, as wire copy names a
  /// foreign leader's state at first mention (not "former" or "Deputy Prime Minister").
  private func datelineStateLed(_ tokens: [Token], title: Range<Int>, context: ArticleContext) -> ActorID? {
    guard !title.isEmpty, let state = context.datelineState, let role = titleRole(tokens, before: title.upperBound),
      Self.headOfStateRoles.contains(role), stateOfTitle(tokens, before: title.upperBound, context: context) == nil,
      !tokens[max(0, title.lowerBound - 2)..<title.upperBound].contains(where: { Self.pastOfficeWords.contains($0.lower) || Self.deputyWords.contains($0.lower) })
    else { return nil }
    return state
  }

  /// Roles whose holder leads the state: its head of state or of government.
  private static let headOfStateRoles: Set<String> = ["president", "prime minister", "king", "emir", "sultan"]
}

extension MentionFinder {
  /// Prepositions after which a state is where something happened ("met in Moscow"), not an actor.
  private static let placePrepositions: WordSet = ["in", "at", "to", "from", "near", "into", "across", "inside"]
  /// "son of", "daughter of" inside an Arab name ("Tamim bin Hamad").
  private static let patronymicWords: WordSet = ["bin", "ibn", "bint"]
  /// Lowercase words a capitalised name runs on through ("Hamad bin Khalifa", "Party of Justice").
  private static let nameParticles: WordSet = ["al", "bin", "ibn", "de", "of", "for", "and"]
  /// Words a name does not end with: the run read as a name stops before them.
  private static let danglingNameWords: WordSet = ["of", "for", "and", "al", "bin", "ibn", "de", "-"]
  /// Words that make a role a deputy's ("deputy foreign minister").
  private static let deputyWords: WordSet = ["deputy", "vice", "assistant"]
}
