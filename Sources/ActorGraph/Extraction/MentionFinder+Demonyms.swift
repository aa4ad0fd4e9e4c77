/// Demonym phrases ("Turkish troops", "the Syrian president", "his Syrian counterpart") and
/// the states demonyms stand for, two-word ones included.
extension MentionFinder {
  /// "Turkish troops", "Turkish and Syrian spymasters", "the Syrian president",
  /// "Syrian intelligence chief Ali Mamlouk", "his Syrian counterpart", "its Syrian ally".
  func demonymPhrase(_ tokens: [Token], at i: Int, aliasLength: Int, previous: [Mention], context: inout ArticleContext) -> Mention? {
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
  static func designationLength(_ tokens: [Token], at j: Int) -> Int {
    guard j + 2 < tokens.count, tokens[j].isWord, tokens[j + 1].is(.hyphen), tokens[j + 1].start == tokens[j].end, tokens[j + 2].start == tokens[j + 1].end
    else { return 0 }
    if tokens[j].lower == "anti", tokens[j + 2].isWord { return 3 }
    guard tokens[j].isCapitalized, tokens[j].text.utf8.count <= 3, let digit = tokens[j + 2].text.utf8.first, (48...57).contains(digit) else { return 0 }
    return 3
  }

  /// The state whose body ("the Turkish defence ministry", "the Syrian army") is the subject
  /// of the clause that `i` is in, when no actor is named between it and `i`.
  func demonymBody(_ tokens: [Token], before i: Int, previous: [Mention]) -> ActorID? {
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

  /// Nouns of a state's own bodies ("the Turkish defence ministry", "the Syrian army").
  static let stateBodies: WordSet = ["ministry", "army", "military", "government", "authorities", "presidency", "navy"]

  /// "pro-Iranian proxy militias", "US-backed Kurdish forces" matched as one alias: the backer
  /// inside the name backs the group.
  func backingInside(_ tokens: [Token], _ range: Range<Int>, actor: ActorID, context: ArticleContext) -> [InnerRelation] {
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
  func stateNamedInside(_ tokens: [Token], _ range: Range<Int>, actor: ActorID) -> [InnerRelation] {
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

  /// Whether a capitalised word has the ending of a people's adjective ("Kurdish", "Syrian",
  /// "Lebanese", "Iraqi").
  static func isPeoplesAdjective(_ token: Token) -> Bool {
    // Bytes, not `String` suffixes: this runs for every capitalised word no lexicon knows.
    let utf8 = token.lower.utf8
    guard token.isCapitalized, utf8.count > 4 else { return false }
    let end = utf8.suffix(3)
    return end.last == UInt8(ascii: "i") || end.elementsEqual("ish".utf8) || end.elementsEqual("ian".utf8) || end.elementsEqual("ese".utf8)
  }
}
