/// Capitalised names the lexicon does not know, kept as discovered actors of a guessed type.
extension MentionFinder {
  /// Whether the capitalised words from `k` end a body's or armed group's name the lexicon
  /// does not know ("Revolutionary Front" after "Sudan"). A ministry, government or army
  /// named after its state is that state's, as the lexicon reads them.
  func isBodyNamedAfterState(_ tokens: [Token], from k: Int) -> Bool {
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

  /// The type an appositive gives a one-word name ("Iraqiya, a cross-sectarian alliance"), read
  /// only where its noun comes within three qualifying words of "a", none of them a participle
  /// that does not close a compound: not "Mosul, a city held by militants".
  static func typeOfOneWordName(_ tokens: [Token], comma: Int) -> ActorType? {
    guard let type = typeInAppositive(tokens, comma: comma) else { return nil }
    var words = 0
    for k in (comma + 2)..<tokens.count where !tokens[k].is(.hyphen) {
      if tokens[k].isA(.groupNoun) || tokens[k].isA(.armedGroupHead) || tokens[k].isA(.coalitionNoun) { return type }
      words += 1
      if words == 3 || (tokens[k].lower.hasSuffix("ed") && !tokens[k - 1].is(.hyphen)) { return nil }
    }
    return nil
  }

  /// Participles of leading ("led by", "headed by"), after which a name is a person's.
  static let leadingParticiples: WordSet = ["led", "headed", "commanded", "chaired", "founded"]

  /// Nouns that end the name of a state's own body ("Defence Ministry"), which is no discovered
  /// body of its own.
  static let stateBodyHeads: WordSet = ["ministry", "government", "army", "embassy", "parliament", "cabinet", "presidency", "authority"]

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

  /// A capitalised name the lexicon does not know at token `i`, as an actor discovered in the
  /// article, typed by its title, last word or appositive; `asPerson` types it a person.
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
    // leader Rached Ghannouchi"). "Sadr's Sairoon alliance", "Abadi's Nasr coalition": so is
    // an electoral alliance or bloc named after a possessive.
    var shortName: String?
    let possessed = i > 0 && tokens[i - 1].is(.possessive)
    if j < tokens.count, !tokens[j].isCapitalized, Vocabulary.politicalBodyNouns.contains(tokens[j].lower), j - n <= 3, i > 0,
      ["party", "movement"].contains(tokens[j].lower) || possessed,
      tokens[i - 1].is(.the) || (i > 1 && tokens[i - 2].is(.the) && tokens[i - 1].isWord) || possessed
    {
      shortName = tokens[n..<j].map(\.text).joined(separator: " ")
      j += 1
    }
    let length = j - n
    // "Turkey's state-owned Halkbank": a name a state owns or runs is a body's.
    let stateOwned = i >= 3 && tokens[i - 2].is(.hyphen) && Self.ownershipParticiples.contains(tokens[i - 1].lower)
      && ["state", "government"].contains(tokens[i - 3].lower)
    guard length >= 2 || asPerson || stateOwned || Self.typeOfOneWordName(tokens, comma: j) != nil else { return nil }
    let after = j < tokens.count ? tokens[j].lower : ""
    let type: ActorType
    if tokens[j - 1].isA(.armedGroupHead) || (i > 0 && tokens[i - 1].isA(.groupNoun) && !tokens[i - 1].isCapitalized) {
      // "the militant group Jaish al-Adl": named after what it is.
      type = .armedGroup
    } else if tokens[j - 1].isA(.organizationHead) || stateOwned {
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
      // "Zine al-Abidine Ben Ali": a lowercase particle makes room for one word more.
      let words = tokens[n..<j].filter { !$0.is(.hyphen) }
      let particles = words.contains { !$0.isCapitalized && Self.arabicParticles.contains($0.lower) }
      guard words.count >= 2 && words.count <= (particles ? 5 : 4) else { return nil }
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
      if type == .person,
        let state = stateOfTitle(tokens, before: n, context: context) ?? datelineLeader
          ?? (namedAfterRole(tokens, comma: i - 1) ? stateOfRole(tokens, closedBy: i - 1, context: context) : nil)
      {
        context.stateOfDiscovered[id] = state
      }
    }
    let inner = datelineLeader.map { [InnerRelation(source: id, relation: .leads, subtype: "heads", target: $0)] } ?? []
    return Mention(actors: [lexicon[id]?.actor.id ?? id], range: i..<j, kind: .name, inner: inner)
  }

  /// Participles of owning after "state-" ("state-owned", "state-run").
  static let ownershipParticiples: WordSet = ["owned", "run", "controlled", "backed"]
  /// "son of", "daughter of" inside an Arab name ("Tamim bin Hamad").
  static let patronymicWords: WordSet = ["bin", "ibn", "bint"]
  /// Lowercase particles of Arabic names ("Zine al-Abidine", "Hamad bin Khalifa").
  static let arabicParticles: WordSet = patronymicWords.union(["al", "el"])
  /// Lowercase words a capitalised name runs on through ("Hamad bin Khalifa", "Party of Justice").
  static let nameParticles: WordSet = ["al", "bin", "ibn", "de", "of", "for", "and"]
  /// Words a name does not end with: the run read as a name stops before them.
  static let danglingNameWords: WordSet = ["of", "for", "and", "al", "bin", "ibn", "de", "-"]
}
