/// Roles resolved to the person who held them on the article's date: "Turkey's intelligence
/// chief", "the Emir of Qatar", "the crown prince", deputies and counterparts.
extension MentionFinder {
  /// "Turkey's intelligence chief", "Syria's President Bashar al-Assad".
  func possessiveRole(
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
  func ownGovernment(_ tokens: [Token], state: AliasTable.Pattern, at i: Int, after j: Int, context: ArticleContext) -> Mention? {
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

  /// Words between a state's possessive and its government ("Yemen's internationally recognised
  /// government").
  static let governmentModifiers = roleModifiers.union(["internationally", "recognized", "recognised", "elected", "central", "federal", "national", "caretaker"])

  /// "the Emir of Qatar", "the foreign minister of Iran": a role of a state named after "of"
  /// is read as "Qatar's emir" is.
  func roleOfState(_ tokens: [Token], at i: Int, previous: [Mention], context: inout ArticleContext) -> Mention? {
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
  func bareRole(_ tokens: [Token], at i: Int, context: ArticleContext) -> Mention? {
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
  func roleMention(
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

  /// The person named right before ", the" at `start`, whom an appositive starting there describes.
  func appositiveHead(of start: Int, _ tokens: [Token], previous: [Mention], context: ArticleContext) -> ActorID? {
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
  func deputyOfRole(_ tokens: [Token], at j: Int, state: ActorID, start i: Int, context: inout ArticleContext) -> Mention? {
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
  func resolveRole(state: ActorID, role: String, tokens: [Token], previous: [Mention], context: ArticleContext) -> (person: ActorID, inner: [InnerRelation])? {
    let effective = role == "counterpart" ? anchorRole(previous, tokens, context) : role
    guard let effective else { return nil }
    let holders = lexicon.holders(of: effective, for: state, on: context.date).filter { context.namedActors.contains($0.holder) }
    guard let office = holders.first else { return nil }
    let inner = led(by: office, context: context).map { [InnerRelation(source: office.holder, relation: .leads, subtype: "heads", target: $0)] + agencyOfState($0, state) } ?? []
    return (office.holder, inner)
  }

  /// "Turkish intelligence chief Ibrahim Kalin": the demonym says the agency he heads is the
  /// state's, where the lexicon has the agency as part of that state.
  func agencyOfState(_ agency: ActorID, _ state: ActorID) -> [InnerRelation] {
    guard agency != state, lexicon[agency]?.partOf == state else { return [] }
    return [InnerRelation(source: agency, relation: .partOf, subtype: "belongs_to", target: state)]
  }

  /// What a named holder of a role leads: the state for heads of state and government, the
  /// agency for intelligence chiefs where the lexicon knows it.
  func leadTarget(state: ActorID, role: String, holder: ActorID, context: ArticleContext) -> ActorID? {
    if let office = lexicon.offices.first(where: { $0.holder == holder && $0.state == state && $0.role == role }) {
      return led(by: office, context: context)
    }
    if ["president", "prime minister", "king", "emir", "supreme leader", "chancellor", "leader"].contains(role) { return state }
    return lexicon.offices.first { $0.state == state && $0.role == role }?.leads
  }

  /// What an office's holder leads as this article reads it: the state or an agency always; the
  /// government body a head of government heads (the Tripoli government) only where the article
  /// names it (seed 004 never names Sarraj's GNA).
  func led(by office: Lexicon.Office, context: ArticleContext) -> ActorID? {
    guard let led = office.leads else { return nil }
    if ["prime minister", "president"].contains(office.role), lexicon.type(of: led) == .organization, !context.namedActors.contains(led) { return nil }
    return led
  }

  /// The role of the person a "counterpart" is counterpart to: the last person or role mention.
  func anchorRole(_ previous: [Mention], _ tokens: [Token], _ context: ArticleContext) -> String? {
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

  /// The role a role phrase starting at token `j` names ("foreign minister"), with its length;
  /// `plural` also reads its plural ("foreign ministers").
  func rolePhrase(_ tokens: [Token], at j: Int, plural: Bool = false) -> (String, Int)? {
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

  /// A capitalised name the lexicon does not know, typed by its title or last word.
  /// "the suspected leader of Islamic State, Abu Hussein al-Qurashi": a name after a comma that
  /// closes a role noun and what it heads.
  func namedAfterRole(_ tokens: [Token], comma: Int) -> Bool {
    guard comma >= 2, tokens[comma].is(.comma) else { return false }
    return tokens[max(0, comma - 5)..<comma].contains { $0.isA(.personTitle) && !$0.isCapitalized }
  }

  /// Whether an appositive after `comma` gives the name before it a person's role: "Razi
  /// Mousavi, a senior adviser of ...", "X, the group's deputy leader".
  func roleAfterName(_ tokens: [Token], comma: Int) -> Bool {
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

  /// Nouns of a person's role below a leader's ("a senior adviser of").
  static let aideNouns: WordSet = ["adviser", "advisor", "aide", "deputy", "lieutenant", "confidant"]
}
