/// Who leads whom by a title: appointments, "whose leader", a title after the name, and
/// leaders in appositives.
extension RelationMatcher {
  /// "the leader of Islamic State, Abu Hussein al-Qurashi": for a leader's title at `t`, the
  /// group it heads and the person named after a comma.
  func namedLeader(title t: Int, in items: [SentenceItems.Item]) -> (group: Int, person: Int)? {
    guard let (group, named) = SentenceItems.namedAfterTitle(t, in: items), items[named].actors.allSatisfy({ typeOf($0) == .person }) else { return nil }
    return (group, named)
  }

  /// "Assad named Omar Ghalawanji as caretaker premier": one appointed head of government or
  /// state by a state, or by its leader, leads that state.
  func appointedLeaders(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for a in items.indices where items[a].is(.as) && a >= 2 && a + 1 < items.count {
      // The cheap tests first: "as" is common, an appointee named after a verb of naming is not.
      guard items[a - 1].isGroup else { continue }
      // "named parliament speaker Fouad Mebazaa as": past the title the appointee had.
      var v = a - 2
      while v > 0, a - 2 - v < 3, items[v].isA(.titleWord), items[v].token?.isCapitalized == false { v -= 1 }
      guard let verb = items[v].token, verb.isWord, !verb.isCapitalized, Self.appointingVerbs.contains(verb.lower),
        items[a - 1].actors.count == 1, typeOf(items[a - 1].actors[0]) == .person
      else { continue }
      var t = a + 1
      while t < items.count, t - a <= 3, Self.interimWords.contains(items[t].lower) { t += 1 }
      // "as acting head of state": the title spelt out.
      let spelt = t + 2 < items.count && items[t].lower == "head" && items[t + 1].is(.of) && ["state", "government"].contains(items[t + 2].lower)
      let last = spelt ? t + 2 : primeMinisterEnd(at: t, in: items)
      let headsGovernment = last < items.count && (last > t || ["premier", "president"].contains(items[t].lower))
      // ("named Abadi as prime minister-designate": not yet in office.)
      let designate = last + 2 < items.count && items[last + 1].is(.hyphen) && ["designate", "elect"].contains(items[last + 2].lower)
      guard headsGovernment, !designate else { continue }
      let subject = subjectIndex(before: v, in: items)
      if let subject, items[subject].negated { continue }
      var states = subject.map { items[$0].actors.flatMap { typeOf($0) == .state ? [$0] : typeOf($0) == .person ? statesOf($0) : [] }.uniqued() } ?? []
      // "the Constitutional Council named Fouad Mebazaa as acting head of state", "the army
      // named Adly Mansour as interim head of state": one named by no state or person the
      // lexicon knows heads the state he led that day.
      if states.isEmpty, subject.map({ typeOf(items[$0].actors[0]) != .person }) ?? true {
        let span = modality(items, from: max(0, v - 4), to: a)
        if !span.negated, !span.hypothetical { states = statesOf(items[a - 1].actors[0]) }
      }
      for state in states { found.append(Found(source: items[a - 1].actors[0], relation: .leads, subtype: "heads", target: state)) }
    }
    return found
  }

  /// Where a title at `t` ends: at "minister" when it is "prime minister", else at `t`.
  func primeMinisterEnd(at t: Int, in items: [SentenceItems.Item]) -> Int {
    t + 1 < items.count && items[t].lower == "prime" && items[t + 1].lower == "minister" ? t + 1 : t
  }

  /// Words before a head of government's title that keep it one ("caretaker premier").
  static let interimWords: WordSet = ["the", "its", "his", "new", "caretaker", "interim", "acting", "transitional", "country's"]

  /// "the Kurdistan Regional Government, whose prime minister Masrour Barzani met ...",
  /// "Hezbollah, whose leader Hassan Nasrallah": the person holding a leader's title after
  /// "whose" leads the antecedent (a deputy, a spokesman or a foreign minister does not).
  func leadsAfterWhose(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for w in items.indices where w >= 2 && items[w].is(.whose) && items[w - 1].is(.comma) {
      guard items[w - 2].actors.count == 1, let group = items[w - 2].actors.first, typeOf(group) != .person else { continue }
      var k = w + 1
      while k < items.count, k - w <= 4, !items[k].isGroup, items[k].token?.isWord == true { k += 1 }
      guard k > w + 1, k < items.count, items[k].actors.count == 1, typeOf(items[k].actors[0]) == .person else { continue }
      let title = items[(w + 1)..<k].map(\.lower)
      guard let last = title.last, !title.contains(where: Self.subordinateTitleWords.contains),
        Self.leaderTitles.contains(last) || Self.rulerTitles.contains(last) || title.suffix(2) == ["prime", "minister"]
      else { continue }
      // "Egypt, whose intelligence chief": a state's chief of one service heads that service,
      // not the state.
      if typeOf(group) == .state, title.count > 1, title.suffix(2) != ["prime", "minister"], !title.contains(where: Self.stateLeaderTitles.contains) { continue }
      found.append(Found(source: items[k].actors[0], relation: .leads, subtype: "heads", cameo: nil, target: group))
    }
    return found
  }

  /// "Hassan Nasrallah, the Hezbollah leader, said", "Masoud Barzani, the KRG president who
  /// called the vote": a person's appositive naming a group and a leader's title after it
  /// (not "the Hamas deputy leader" nor "the SDF spokesman").
  func leadsByTrailingTitle(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for k in items.indices where k + 4 < items.count && items[k].isGroup && items[k + 1].is(.comma) && items[k + 2].is(.the) {
      guard items[k].actors.count == 1, typeOf(items[k].actors[0]) == .person, items[k + 3].isGroup, items[k + 3].actors.count == 1,
        isBody(items[k + 3].actors[0])
      else { continue }
      var t = k + 4
      while t < items.count, t - k <= 6, Self.leaderTitleModifiers.contains(items[t].lower) { t += 1 }
      // "Ismail Haniyeh, the Hamas prime minister in Gaza,": a head of government's title, and
      // the place where they govern.
      let last = primeMinisterEnd(at: t, in: items)
      guard last < items.count, last > t || Self.leaderTitles.contains(items[t].lower) else { continue }
      var end = last + 1
      if end + 1 < items.count, items[end].is(.in), items[end + 1].isGroup || items[end + 1].token?.isCapitalized == true { end += 2 }
      guard end == items.count || items[end].is(.comma) || items[end].endsClause || items[end].is(.who) else { continue }
      found.append(Found(source: items[k].actors[0], relation: .leads, subtype: "heads", cameo: nil, target: items[k + 3].actors[0]))
    }
    return found
  }

  /// Words that make a title someone's below the head ("deputy leader", "vice president").
  static let subordinateTitleWords: WordSet = ["deputy", "vice", "assistant", "former", "ex", "acting"]
  /// Titles of monarchs, who head their state.
  static let rulerTitles: WordSet = ["king", "emir", "sultan"]

  /// "Hakan Fidan, the director of the National Intelligence Organization", "Assad as leader
  /// of Syria", "Bashar al-Assad remained in power".
  func leadsInAppositives(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    // The patterns that start at each word (not a group, nor a clause's end), found by word id
    // and read pattern by pattern; most sentences have none, and need no more.
    var starts: [(index: Int, p: Int)] = []
    // (A group has no word id.)
    for p in items.indices where items[p].wordID >= 0 && !items[p].endsClause {
      for index in patterns.leadsPatterns(startingAt: items[p].wordID) { starts.append((index, p)) }
    }
    guard !starts.isEmpty else { return [] }
    let ids = wordIDs(items)
    starts.sort { ($0.index, $0.p) < ($1.index, $1.p) }
    for (index, p) in starts {
      let pattern = patterns.patterns[index]
      guard let q = ids.withUnsafeBufferPointer({ match(index, $0, at: p) }) else { continue }
      if p > 0, Self.subordinateTitleWords.contains(items[p - 1].lower) { continue }
      // "Zahedi, a senior commander of the Quds Force": one of its commanders, not its head.
      if items[max(0, p - 2)..<p].contains(where: { $0.is(.a) || $0.is(.an) }) { continue }
      // The person: a group of one person within four words to the left ("co-chair": before "co-").
      var k = p >= 2 && items[p - 1].is(.hyphen) && items[p - 2].lower == "co" ? p - 3 : p - 1
      var person: ActorID?
      while k >= 0, p - k <= 5 {
        if items[k].isGroup {
          if items[k].actors.count == 1, typeOf(items[k].actors[0]) == .person { person = items[k].actors[0] }
          break
        }
        guard [",", "the", "a", "an", "as", "is", "was", "became", "becomes", "remained", "remains", "also", "top", "senior", "new", "still", "acting"].contains(items[k].lower)
        else { break }
        k -= 1
      }
      // "the head of the National Security Bureau, Ali Mamlouk": the person named after.
      if person == nil, let named = namedLeader(title: p, in: items) { person = items[named.person].actors.first }
      guard let person else { continue }
      if pattern.slots.count == 2, pattern.slots[0]?.first == ["in"] {
        // "in power": the state the lexicon says the person heads.
        for state in statesOf(person) { found.append(Found(source: person, relation: .leads, subtype: pattern.subtype, target: state)) }
        continue
      }
      var j = q + 1
      while j < items.count, j <= q + 2, !items[j].isGroup, (items[j].is(.the) || items[j].is(.a)) { j += 1 }
      // "commander of the U.S.-backed SDF": a compound modifier before the name.
      if isCompoundModifier(at: j, in: items) { j += 3 }
      // "head of the internationally recognised Government of National Accord": qualifying
      // words before the name.
      // "the self-declared National Salvation Government": a hyphenated qualifier too.
      // "co-chair of the Kurdish Democratic Union Party": and a people's adjective.
      while j < items.count, j <= q + 5, !items[j].isGroup, let word = items[j].token,
        MentionFinder.isPeoplesAdjective(word)
          || (word.is(.hyphen) || word.isWord && !word.isCapitalized)
          && (Self.partyQualifiers.contains(word.lower) || word.lower.hasSuffix("ly") || word.lower.hasSuffix("ed") || word.is(.hyphen)
            || (j + 1 < items.count && items[j + 1].is(.hyphen)))
      {
        j += 1
      }
      // "head of the regime's National Security Bureau": a possessor word before the name.
      j = SentenceItems.pastPossessorWord(j, in: items)
      guard j < items.count, items[j].isGroup, items[j].actors.count == 1 else { continue }
      // "the commander of Hamas's armed wing, the Qassam Brigades": the wing, named after it,
      // is led (the whole is not, and an unnamed wing is no actor).
      if items[j].possessive, let wing = items[(j + 1)...].prefix(3).firstIndex(where: { Self.componentNouns.contains($0.lower) }),
        items[(j + 1)..<wing].allSatisfy({ $0.token.map { $0.isWord && !$0.isCapitalized } == true })
      {
        var named = wing + 1
        if named < items.count, items[named].is(.comma) { named += 1 }
        if named < items.count, items[named].is(.the) { named += 1 }
        guard named < items.count, items[named].isGroup, items[named].actors.count == 1 else { continue }
        j = named
      } else if items[j].possessive, let body = items[(j + 1)...].prefix(3).firstIndex(where: \.isGroup),
        items[(j + 1)..<body].allSatisfy({ $0.token.map { $0.isWord && !$0.isCapitalized } == true }), items[body].actors.count == 1
      {
        j = body
      }
      let target = items[j].actors[0]
      guard typeOf(target) != .person else { continue }
      found.append(Found(source: person, relation: .leads, subtype: pattern.subtype, cameo: pattern.cameo, target: target))
    }
    return found
  }

  /// Whether a leader's title ("secretary-general", "top commander") starts at `r` and ends an
  /// appositive there.
  func endsLeaderTitle(from r: Int, in items: [SentenceItems.Item]) -> Bool {
    var r = r
    while r < items.count, Self.leaderTitleModifiers.contains(items[r].lower) { r += 1 }
    guard r < items.count else { return false }
    if items[r].lower == "secretary", r + 1 < items.count {
      r += items[r + 1].is(.hyphen) ? 2 : 1
      guard r < items.count, items[r].lower == "general" else { return false }
    } else if !Self.leaderTitles.contains(items[r].lower) {
      return false
    }
    return r + 1 == items.count || items[r + 1].is(.comma) || items[r + 1].endsClause
  }

  /// The person named after a title and its modifiers at `k + 1` ("the group's leader, X"), if any.
  func personTitled(after k: Int, in items: [SentenceItems.Item], modifiers: WordSet, titles: WordSet) -> Int? {
    // Most groups are followed by no title at all: one class test first.
    guard k + 1 < items.count, items[k + 1].isA(.titleOpener) else { return nil }
    var r = k + 1
    while r < items.count, r <= k + 2, modifiers.contains(items[r].lower) { r += 1 }
    // "UN Secretary-General Antonio Guterres", "NATO Secretary General Jens Stoltenberg": a
    // title in three tokens or two.
    if r + 2 < items.count, items[r].lower == "secretary", titles.contains("secretary-general"),
      let general = items[r + 1].lower == "general" ? r + 1 : items[r + 1].is(.hyphen) && items[r + 2].lower == "general" ? r + 2 : nil,
      general + 1 < items.count
    {
      // ("the Arab League's secretary-general, Ahmed Aboul Gheit": after a comma too.)
      r = items[general + 1].is(.comma) ? general + 1 : general
      guard r + 1 < items.count, items[r + 1].isGroup, items[r + 1].actors.allSatisfy({ typeOf($0) == .person }) else { return nil }
      return r + 1
    }
    // "GNA Prime Minister Fayez al-Sarraj": two words for a premier.
    if titles.contains("premier") { r = primeMinisterEnd(at: r, in: items) }
    guard r + 1 < items.count, titles.contains(items[r].lower) || (items[r].lower == "minister" && titles.contains("premier")) else { return nil }
    // "IAEA Director General Rafael Grossi".
    if items[r].lower == "director", r + 2 < items.count, items[r + 1].lower == "general" { r += 1 }
    // "its Syrian counterpart, Asaad al-Shibani": the name may follow a comma, and a title
    // ("its leader, General Burhan", "its late emir Sheikh Sabah").
    // Without a comma only a title written with a capital, as honorifics are ("chief spokesman
    // X" is no leader).
    let comma = items[r + 1].is(.comma)
    var named = comma ? r + 2 : r + 1
    while named < items.count, named <= r + 4, !items[named].isGroup, items[named].isA(.personTitle), comma || items[named].token?.isCapitalized == true {
      named += 1
    }
    guard named < items.count, items[named].isGroup, items[named].actors.allSatisfy({ typeOf($0) == .person }) else { return nil }
    return named
  }
}
