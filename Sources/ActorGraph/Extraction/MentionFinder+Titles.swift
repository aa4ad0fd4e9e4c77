/// Capitalised titles before a name ("Prime Minister X", "army chief Gen. X",
/// "Secretary-General X"), and the dateline's state for a head of state's title that names none.
extension MentionFinder {
  /// "Prime Minister Mohammed Shia al-Sudani": a capitalised title right before a person who
  /// held that office on the article's date says they lead the state the office heads (not
  /// an agency or a government the text does not name).
  func officeInTitle(_ tokens: [Token], before i: Int, person: ActorID, context: ArticleContext) -> [InnerRelation] {
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
  func isOtherSpelledGivenName(_ token: Token) -> Bool {
    token.isWord && token.isCapitalized && !token.isA(.titleWord) && !token.isA(.personTitle) && !token.isA(.determiner) && demonym(token) == nil
  }

  /// How long after leaving office a title before a name still says who held it.
  static let titleGraceDays = 31

  /// "Secretary-General Jens Stoltenberg said the alliance ...": the title before a person who
  /// heads a body on the article's date says so, where the article names the body.
  func secretaryGeneralInTitle(_ tokens: [Token], before i: Int, person: ActorID, context: ArticleContext) -> [InnerRelation] {
    guard i >= 1, tokens[i - 1].isCapitalized, Self.endsSecretaryGeneral(tokens, at: i - 1) else { return [] }
    return namedBodies(ledBy: person, ofType: .organization, context: context)
  }

  /// Whether token `g` is the "General" of "Secretary-General" or "Secretary General".
  static func endsSecretaryGeneral(_ tokens: [Token], at g: Int) -> Bool {
    g >= 1 && g < tokens.count && tokens[g].lower == "general"
      && (tokens[g - 1].lower == "secretary" || (g >= 2 && tokens[g - 1].is(.hyphen) && tokens[g - 2].lower == "secretary"))
  }

  /// What a person leads on the article's date, of one type, where the article names it
  /// ("military commander Khalifa Haftar" in a story that never names the LNA says no more
  /// than his title).
  func namedBodies(ledBy person: ActorID, ofType type: ActorType, context: ArticleContext, orDescribed described: ActorID? = nil) -> [InnerRelation] {
    lexicon.offices(heldBy: person, on: context.date).compactMap { office in
      guard office.role == "leader", let led = office.leads, lexicon.type(of: led) == type, context.namedActors.contains(led) || led == described else { return nil }
      return InnerRelation(source: person, relation: .leads, subtype: "heads", cameo: nil, target: led)
    }
  }

  /// "army chief Gen. Abdel Fattah al-Burhan": a commander's title before a person who leads an
  /// armed group on the article's date says so, where the article names the group.
  func commandInTitle(_ tokens: [Token], before i: Int, person: ActorID, context: ArticleContext) -> [InnerRelation] {
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

  /// The office a capitalised title right before token `i` names: "Prime Minister" before a
  /// name, or a plural title before names joined by commas and "and" ("Presidents Putin and
  /// Erdogan" gives both "president").
  func titleRole(_ tokens: [Token], before i: Int) -> String? {
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

  /// The index past the capitalised honorifics opening a name at `i` ("Sheikh", "Prince",
  /// "Gen."), at most two; `i` when there are none.
  func honorificEnd(_ tokens: [Token], from i: Int) -> Int {
    var k = i
    while k < tokens.count, k - i < 3, (tokens[k].isCapitalized && tokens[k].isA(.personTitle)) || (k > i && tokens[k].is(.period)) { k += 1 }
    return k
  }

  /// The index after a dateline's dash, if the sentence opens with one: capitalised words,
  /// commas and a date, then a news agency in parentheses ("BEIRUT, Aug 8 (Reuters) -"); or a
  /// place in capitals and at most a date before a dash standing alone ("BEIRUT, Oct 17 -").
  static func datelineEnd(of tokens: [Token]) -> Int? {
    // Dashes are hyphens by now (TextNormalizer).
    guard tokens.count > 4, tokens[0].isCapitalized, let dash = tokens.prefix(14).firstIndex(where: { $0.is(.hyphen) }) else { return nil }
    if dash >= 4, tokens[dash - 1].is(.closeParen), tokens[dash - 3].is(.openParen) { return dash + 1 }
    let place = tokens[0].text
    guard dash >= 1, dash <= 8, place.count >= 4, place.allSatisfy({ $0.isLetter && $0.isUppercase }), tokens[dash].start > tokens[dash - 1].end,
      tokens[..<dash].allSatisfy({ $0.is(.comma) || $0.text == "/" || $0.text == "." || $0.isCapitalized || $0.text.first?.isNumber == true })
    else { return nil }
    return dash + 1
  }

  /// The state whose demonym, or one-word name, opens the title before token `n`: "Israeli
  /// Strategic Affairs Minister", "Israeli minister", "U.S. Middle East envoy".
  func stateOfTitle(_ tokens: [Token], before n: Int, context: ArticleContext) -> ActorID? {
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

  /// The state whose official a role closed by the comma at `comma` makes the name after it:
  /// "Saudi Arabia's ambassador in Baghdad, Thamer al-Sabhan", "the Saudi envoy, X".
  func stateOfRole(_ tokens: [Token], closedBy comma: Int, context: ArticleContext) -> ActorID? {
    guard let title = tokens[max(0, comma - 5)..<comma].lastIndex(where: { $0.isA(.personTitle) && !$0.isCapitalized }) else { return nil }
    var k = title - 1
    while k >= 0, title - k <= 2, tokens[k].isWord, !tokens[k].isCapitalized, !tokens[k].is(.the) { k -= 1 }
    guard k >= 1 else { return nil }
    if let state = demonym(tokens[k]) { return state }
    guard tokens[k].is(.possessive) else { return nil }
    for start in stride(from: k - 1, through: max(0, k - 3), by: -1) {
      if let (pattern, length) = context.aliases.match(tokens, at: start), start + length == k, type(of: pattern.actor, context) == .state {
        return pattern.actor
      }
    }
    return nil
  }

  /// "BENGHAZI, Libya (Reuters) - Prime Minister Abdullah al-Thinni": a head of state's or
  /// government's title with no state before it is the dateline state's, as wire copy names a
  /// foreign leader's state at first mention (not "former" or "Deputy Prime Minister").
  func datelineStateLed(_ tokens: [Token], title: Range<Int>, context: ArticleContext) -> ActorID? {
    guard !title.isEmpty, let state = context.datelineState, let role = titleRole(tokens, before: title.upperBound),
      Self.headOfStateRoles.contains(role), stateOfTitle(tokens, before: title.upperBound, context: context) == nil,
      !tokens[max(0, title.lowerBound - 2)..<title.upperBound].contains(where: { Self.pastOfficeWords.contains($0.lower) || Self.deputyWords.contains($0.lower) })
    else { return nil }
    return state
  }

  /// Roles whose holder leads the state: its head of state or of government.
  static let headOfStateRoles: Set<String> = ["president", "prime minister", "king", "emir", "sultan"]
}
