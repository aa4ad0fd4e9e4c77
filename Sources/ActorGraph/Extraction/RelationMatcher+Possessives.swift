/// Ties named through a possessive or an appositive: "Turkey's ally", "Iran, Hezbollah's main
/// backer", "Russia's war in Ukraine".
extension RelationMatcher {
  /// Words that date an act before its agent's name ("the recent Houthi attacks").
  /// Words between "his" and the group he leads ("his self-styled Libyan National Army").
  static let ownGroupModifiers: WordSet = ["own", "self", "styled", "so", "called", "new", "ruling", "armed"]

  /// Nouns for the members of an alliance ("and other factions of").
  static let memberGroupNouns: WordSet = ["groups", "factions", "members", "militias", "parties", "components", "units", "brigades"]

  /// "Turkey's National Intelligence Organization" (part_of), "Moscow's ally, Bashar al-Assad"
  /// and "its Syrian ally" (backs).
  func possessiveRelations(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    // Only groups are copied out of the list, not every word.
    for k in items.indices where items[k].isGroup {
      let item = items[k]
      // "Ahmed Aboul Gheit, the Arab League's secretary-general,": the body an appositive
      // says the person leads.
      // ("General Stephen Townsend, AFRICOM's commander": the article may be left out.)
      let body = k + 2 < items.count && items[k + 2].is(.the) ? k + 3 : k + 2
      if item.actors.count == 1, typeOf(item.actors[0]) == .person, body + 1 < items.count, items[k + 1].is(.comma),
        items[body].possessive, items[body].actors.count == 1, isBody(items[body].actors[0]),
        endsLeaderTitle(from: body + 1, in: items)
      {
        found.append(Found(source: item.actors[0], relation: .leads, subtype: "heads", target: items[body].actors[0]))
      }
      if let possessor = item.possessor, item.actors.count == 1 {
        let actor = item.actors[0]
        let type = typeOf(actor)
        // ("Turkey's state-run TRT World news channel": a state's press is no body of it.)
        let press = k + 1 < items.count && Self.pressNouns.contains(items[k + 1].lower)
        if type == .organization || type == .armedGroup, !press, possessor.allSatisfy({ typeOf($0) == .state || isBody($0) }) {
          // "Iran's Quds Force", "the Revolutionary Guard's Quds Force": the lexicon's chain of
          // wholes (Quds Force, IRGC, Iran) counts.
          // A body the lexicon has but places in no state is none of the possessor's ("Sweden's
          // NATO bid", "Turkey's AKP"); nor is a party or alliance it does not know ("Iraq's
          // Communist Party").
          for p in possessor
          where wholes(of: actor).contains(p)
            || partOf(actor) == nil && !isInLexicon(actor) && typeOf(p) == .state && type == .organization && !isPoliticalBody(actor)
          {
            found.append(Found(source: actor, relation: .partOf, subtype: "belongs_to", target: p))
          }
        }
      }
      // "Haftar's Libyan National Army", "Sharaa, whose Hayat Tahrir al-Sham": a person's own
      // group or party is the one they lead (not a state's agency: "Erdogan's MIT").
      if item.actors.count == 1, isBody(item.actors[0]), partOf(item.actors[0]) == nil {
        var leader = item.possessor
        if k >= 3, items[k - 1].is(.whose), items[k - 2].is(.comma), items[k - 3].isGroup { leader = items[k - 3].actors }
        if let leader, leader.count == 1, typeOf(leader[0]) == .person {
          found.append(Found(source: leader[0], relation: .leads, subtype: "heads", target: item.actors[0]))
        }
      }
      // "Haftar ordered his self-styled Libyan National Army": a person's own group is the one
      // he leads (not "his Hezbollah allies").
      if item.possessivePronoun, item.actors.count == 1, typeOf(item.actors[0]) == .person {
        var j = k + 1
        while j < items.count, j <= k + 3, items[j].is(.hyphen) || Self.ownGroupModifiers.contains(items[j].lower) { j += 1 }
        if j < items.count, items[j].isGroup, items[j].actors.count == 1, isBody(items[j].actors[0]),
          partOf(items[j].actors[0]) == nil,
          !(j + 1 < items.count && (items[j + 1].isA(.allyNoun) || items[j + 1].isA(.patronNoun) || items[j + 1].isA(.clientNoun) || Vocabulary.rivalNouns.contains(items[j + 1].lower)))
        {
          found.append(Found(source: item.actors[0], relation: .leads, subtype: "heads", target: items[j].actors[0]))
        }
      }
      // "the RSF of Mohamed Hamdan Dagalo": a group of a person is the one he leads.
      if item.actors.count == 1, isBody(item.actors[0]), partOf(item.actors[0]) == nil, k + 2 < items.count, items[k + 1].is(.of),
        items[k + 2].isGroup, items[k + 2].actors.count == 1, typeOf(items[k + 2].actors[0]) == .person
      {
        found.append(Found(source: items[k + 2].actors[0], relation: .leads, subtype: "heads", target: item.actors[0]))
      }
      // "Turkish troops and allied Syrian rebels": those allied to the ones named first.
      if k + 3 < items.count, items[k + 1].is(.and), items[k + 2].lower == "allied", items[k + 3].isGroup {
        for backer in item.actors where [.state, .armedGroup].contains(typeOf(backer)) {
          for ally in items[k + 3].actors where ally != backer && isBody(ally) {
            found.append(Found(source: backer, relation: .backs, subtype: "allies", cameo: "05", target: ally))
          }
        }
      }
      // "its Peshmerga forces": a body of the one "its" stands for, as the lexicon has it.
      if item.possessivePronoun, item.actors.count == 1, k + 1 < items.count, items[k + 1].isGroup, items[k + 1].actors.count == 1 {
        let (owner, body) = (item.actors[0], items[k + 1].actors[0])
        if isBody(body), wholes(of: body).contains(owner) {
          found.append(Found(source: body, relation: .partOf, subtype: "belongs_to", target: owner))
        }
      }
      // "Kataib Hezbollah and other groups of the Islamic Resistance in Iraq": one of them.
      if k + 4 < items.count, items[k + 1].is(.and), items[k + 2].lower == "other", Self.memberGroupNouns.contains(items[k + 3].lower),
        items[k + 4].is(.of) || items[k + 4].is(.in)
      {
        let whole = k + 5 < items.count && items[k + 5].is(.the) ? k + 6 : k + 5
        if whole < items.count, items[whole].isGroup {
          for member in item.actors where isBody(member) {
            for group in items[whole].actors where group != member && isBody(group) {
              found.append(Found(source: member, relation: .partOf, subtype: "member_of", target: group))
            }
          }
        }
      }
      // "the SDF's main component, the YPG", "Hamas's armed wing, the Qassam Brigades".
      if item.possessive, item.actors.count == 1 {
        if var j = componentNoun(from: k + 1, in: items) {
          j += 1
          if j < items.count, items[j].is(.comma) { j += 1 }
          if j < items.count, items[j].is(.the) { j += 1 }
          if j < items.count, items[j].isGroup {
            for member in items[j].actors where isBody(member) {
              found.append(Found(source: member, relation: .partOf, subtype: "belongs_to", target: item.actors[0]))
            }
          }
        }
      }
      // "the Quds Force, the foreign arm of the Revolutionary Guards": a part named before the
      // appositive that calls it one.
      if item.actors.count == 1, isBody(item.actors[0]), k + 2 < items.count, items[k + 1].is(.comma), items[k + 2].is(.the) {
        if let j = componentNoun(from: k + 3, in: items), j + 2 < items.count, items[j + 1].is(.of) {
          let whole = items[j + 2].is(.the) ? j + 3 : j + 2
          if whole < items.count, items[whole].isGroup {
            for owner in items[whole].actors where isBody(owner) && owner != item.actors[0] {
              found.append(Found(source: item.actors[0], relation: .partOf, subtype: "belongs_to", target: owner))
            }
          }
        }
      }
      // "the suspected leader of Islamic State, Abu Hussein al-Qurashi": the person named after
      // a leader's title and the group leads it (not a former or deputy leader).
      if item.actors.count == 1, typeOf(item.actors[0]) == .person,
        let title = [k - 4, k - 5].first(where: { $0 >= 0 && namedLeader(title: $0, in: items)?.person == k }),
        !(title >= 1 && ["former", "previous", "deputy", "late", "ex"].contains(items[title - 1].lower))
      {
        for group in items[k - 2].actors where [.organization, .armedGroup, .state].contains(typeOf(group)) {
          found.append(Found(source: item.actors[0], relation: .leads, subtype: "heads", target: group))
        }
      }
      // "The YPG is the PKK's Syrian branch": the subject of "is" is the part; "the YPG, the
      // PYD's armed wing," the name before the comma.
      if item.possessive, item.actors.count == 1, k >= 2, case let link = items[k - 1].is(.the) ? k - 2 : k - 1, link >= 1, items[link - 1].isGroup,
        items[link].is(.comma) || link == k - 2 && ["is", "was", "remains", "became"].contains(items[link].lower)
      {
        if componentNoun(from: k + 1, in: items) != nil {
          for member in items[link - 1].actors where isBody(member) && member != item.actors[0] {
            found.append(Found(source: member, relation: .partOf, subtype: "belongs_to", target: item.actors[0]))
          }
        }
      }
      // "the SDF, whose main component is the YPG": the part a whose-clause names.
      if item.actors.count == 1, k + 3 < items.count, items[k + 1].is(.comma), items[k + 2].is(.whose) {
        if let j = componentNoun(from: k + 3, in: items), j + 2 < items.count, ["is", "was", "are", "were", "remains"].contains(items[j + 1].lower) {
          let part = items[j + 2].is(.the) ? j + 3 : j + 2
          if part < items.count, items[part].isGroup {
            for member in items[part].actors where isBody(member) && member != item.actors[0] {
              found.append(Found(source: member, relation: .partOf, subtype: "belongs_to", target: item.actors[0]))
            }
          }
        }
      }
      // "NATO, of which Turkey is a member": the member an of-which clause names.
      if item.actors.count == 1, isBody(item.actors[0]), k + 6 < items.count, items[k + 1].is(.comma),
        items[k + 2].is(.of), items[k + 3].is(.which), items[k + 4].isGroup, !items[k + 4].possessivePronoun, Self.copulas.contains(items[k + 5].lower)
      {
        var j = k + 6
        while j < items.count, j <= k + 8, items[j].is(.a) || items[j].is(.an) || Self.memberModifiers.contains(items[j].lower) { j += 1 }
        if j < items.count, ["member", "members", "part"].contains(items[j].lower) {
          for member in items[k + 4].actors where member != item.actors[0] {
            found.append(Found(source: member, relation: .partOf, subtype: "member_of", target: item.actors[0]))
          }
        }
      }
      // "ORG in STATE" / "ORG of STATE".
      if k + 2 < items.count, (items[k + 1].is(.in) || items[k + 1].is(.of)), items[k + 2].isGroup, item.actors.count == 1 {
        for state in items[k + 2].actors where partOf(item.actors[0]) == state {
          found.append(Found(source: item.actors[0], relation: .partOf, subtype: "belongs_to", target: state))
        }
      }
      // "the government of President Bashar al-Assad": the person leads the state.
      if let state = governedState(k, in: items) { found.append(Found(source: item.actors[0], relation: .leads, subtype: "heads", target: state)) }
      // "Hezbollah leader Hassan Nasrallah", "SDF commander Mazloum Abdi", "Hamas political
      // leader Ismail Haniyeh" (not a deputy's or former leader's title).
      if item.actors.count == 1, isBody(item.actors[0]),
        let person = personTitled(after: k, in: items, modifiers: Self.leaderTitleModifiers, titles: Self.leaderTitles)
      {
        found.append(Found(source: items[person].actors[0], relation: .leads, subtype: "heads", target: item.actors[0]))
      }
      // "Sudan's government ... and its leader, General Burhan", "Kuwait, whose late emir
      // Sheikh Sabah": a state's leader, president or ruler.
      let whose = k + 2 < items.count && items[k + 1].is(.comma) && items[k + 2].lower == "whose" ? k + 2 : nil
      if item.actors.count == 1, typeOf(item.actors[0]) == .state, item.possessive || item.possessivePronoun || whose != nil,
        let person = personTitled(after: whose ?? k, in: items, modifiers: Self.leaderTitleModifiers, titles: Self.stateLeaderTitles)
      {
        found.append(Found(source: items[person].actors[0], relation: .leads, subtype: "heads", target: item.actors[0]))
      }
      // "X's ally Y", "X's proxy, Y", "X's backer Y" (not "NATO ally Turkey": a member), "its
      // Lebanese ally Hezbollah".
      let tieAt = k + 2 < items.count && (item.possessive || item.possessivePronoun) && !items[k + 1].isGroup && items[k + 1].token?.isCapitalized == true ? k + 2 : k + 1
      if item.actors.count == 1, tieAt < items.count, let tie = Tie(items[tieAt]), item.possessive || typeOf(item.actors[0]) != .organization {
        var j = tieAt + 1
        if j < items.count, items[j].is(.comma) { j += 1 }
        if j < items.count, items[j].is(.the) {
          j += 1
          // "its proxy, the paramilitary Rapid Support Forces": a word or two describing it.
          let end = j + 2
          while j < min(end, items.count), let word = items[j].token, word.isWord, !word.isCapitalized, !word.isA(.preposition), !word.isA(.determiner), !word.is(.and) { j += 1 }
        }
        // "its ally President Bashar al-Assad": past the ally's title.
        let titleEnd = j + 3
        while j < min(titleEnd, items.count), let word = items[j].token, word.isCapitalized, word.isA(.titleWord) { j += 1 }
        if j < items.count, items[j].isGroup {
          // Between equals, the one the phrase is about backs the other: "Assad's ally Hezbollah"
          // is about Hezbollah, "Hezbollah and its ally Amal" about Hezbollah.
          let about: Side = item.possessive ? .possessor : .other
          for other in items[j].actors { found.append(backing(possessor: item.actors[0], other: other, tie: tie, equalsBackedBy: about)) }
        }
      }
      // "its regional rival Iran", "Riyadh's arch-rival Tehran": rivals oppose each other.
      if let rival = rivalNamed(after: k, in: items) {
        for a in item.actors {
          for b in items[rival].actors where a != b {
            found += [Found(source: a, relation: .opposes, subtype: "rivals", cameo: "11", target: b), Found(source: b, relation: .opposes, subtype: "rivals", cameo: "11", target: a)]
          }
        }
      }
      // "its Syrian ally": the ally mention follows a possessive pronoun or possessor.
      // (Not "its Palestinian side": a side of a place.)
      if item.isOnly(.forces), k > 0, items[k - 1].possessivePronoun, !item.head.contains(.forceNoun) {
        for possessor in items[k - 1].actors {
          for other in item.actors {
            // "its American patron" backs the possessor; "its Syrian ally" is backed by it.
            let (source, target) = item.head.contains(.patronNoun) ? (other, possessor) : (possessor, other)
            found.append(Found(source: source, relation: .backs, subtype: "allies", cameo: "05", target: target))
          }
        }
      }
      if item.isOnly(.forces), let possessor = item.possessor {
        for source in possessor { for target in item.actors { found.append(Found(source: source, relation: .backs, subtype: "allies", cameo: "05", target: target)) } }
      }
    }
    return found
  }

  /// After a possessive group or pronoun at `k`, the rival it names: "its (main regional)
  /// rival Iran", "Riyadh's arch-rival Tehran"; or the one an appositive calls the
  /// possessor's rival ("Saudi Arabia, Iran's regional rival, called for restraint").
  func rivalNamed(after k: Int, in items: [SentenceItems.Item]) -> Int? {
    guard items[k].possessive || items[k].possessivePronoun else { return nil }
    var r = k + 1
    // Two qualifying words at most ("main regional rival"), or "arch-".
    if r + 2 < items.count, items[r].lower == "arch", items[r + 1].is(.hyphen) {
      r += 2
    } else {
      while r + 1 < items.count, r - k <= 2, !items[r].isGroup, items[r].token.map({ $0.isWord && !$0.isCapitalized }) == true,
        !Vocabulary.rivalNouns.contains(items[r].lower)
      {
        r += 1
      }
    }
    guard r + 1 < items.count, Vocabulary.rivalNouns.contains(items[r].lower) else { return nil }
    var j = r + 1
    if items[j].is(.comma), j + 1 < items.count { j += 1 }
    // "his rivals in the Coordination Framework": those the rivals belong to.
    if items[j].is(.in), j + 1 < items.count { j += items[j + 1].is(.the) && j + 2 < items.count ? 2 : 1 }
    if items[j].isGroup && !items[j].possessivePronoun { return j }
    guard items[k].possessive else { return nil }
    // "Saudi Arabia is Iran's main rival".
    if let copular = copularSubject(before: k, in: items) { return copular.subject }
    // "Qatar, the UAE's regional rival, urged": an article may open the appositive, and a
    // place may close it ("Tehran's main rival in the Gulf,").
    let comma = k >= 1 && items[k - 1].is(.the) ? k - 2 : k - 1
    var end = r + 1
    if items[end].is(.in), let close = items[(end + 1)...].prefix(4).firstIndex(where: { !($0.token?.isWord ?? false) }) { end = close }
    let appositive = comma >= 1 && items[comma].is(.comma) && items[comma - 1].isGroup && items[end].is(.comma)
    return appositive ? comma - 1 : nil
  }

  /// How a possessor is tied to the actor it is said to have: "X's proxy", "X's backer",
  /// "X's ally".
  enum Tie {
    case client, patron, ally

    init?(_ item: SentenceItems.Item) {
      if item.isA(.clientNoun) { self = .client } else if item.isA(.patronNoun) { self = .patron } else if item.isA(.allyNoun) { self = .ally } else { return nil }
    }
  }

  /// The permanent members of the UN Security Council, patrons of the states allied to them.
  static let greatPowers: Set<ActorID> = [ActorID("united-states"), ActorID("russia"), ActorID("china"), ActorID("united-kingdom"), ActorID("france")]

  /// Which side of an alliance backs the other when the sentence does not say.
  enum Side { case possessor, other }

  /// The backing a tie asserts: the possessor backs its proxy; a backer backs the possessor;
  /// of allies, a state backs a person or group, and between equals `equalsBackedBy` is backed.
  func backing(possessor: ActorID, other: ActorID, tie: Tie, equalsBackedBy: Side) -> Found {
    let possessorBacks: Bool
    switch tie {
    case .client: possessorBacks = true
    case .patron: possessorBacks = false
    case .ally:
      let possessorIsState = typeOf(possessor) == .state
      let otherIsState = typeOf(other) == .state
      if possessorIsState, otherIsState, Self.greatPowers.contains(possessor) != Self.greatPowers.contains(other) {
        // "Jordan, a close U.S. ally": of two allied states, a great power is the patron.
        possessorBacks = Self.greatPowers.contains(possessor)
      } else {
        possessorBacks = possessorIsState == otherIsState ? equalsBackedBy == .other : possessorIsState
      }
    }
    let (source, target) = possessorBacks ? (possessor, other) : (other, possessor)
    return Found(source: source, relation: .backs, subtype: tie == .ally ? "allies" : "supports", cameo: "05", target: target)
  }

  /// Whether the clause after `q` goes on to "with" and an actor ("agreed to restore ties with
  /// Qatar").
  func hasCounterpart(after q: Int, in items: [SentenceItems.Item]) -> Bool {
    var k = q + 1
    while k + 1 < items.count, k <= q + 10, !items[k].endsClause {
      if items[k].is(.with), items[k + 1].isGroup || (k + 2 < items.count && items[k + 1].is(.the) && items[k + 2].isGroup) { return true }
      k += 1
    }
    return false
  }

  /// The person a title after group `k` names ("Hamas political chief Ismail Haniyeh"): up to
  /// two `modifiers`, one of `titles`, then a group of one person.
  /// Whether item `k` names an actor: a group, or a state's demonym ("Israeli").
  func namesAgent(_ k: Int, in items: [SentenceItems.Item]) -> Bool {
    guard k < items.count else { return false }
    if items[k].isGroup { return true }
    guard let token = items[k].token, token.isCapitalized else { return false }
    return demonymState(token) != nil
  }

  /// Where a component noun stands from `start`, past up to two words qualifying it ("main
  /// component", "foreign arm"): its index, or nil.
  func componentNoun(from start: Int, in items: [SentenceItems.Item]) -> Int? {
    var j = start
    while j < items.count, j < start + 2, Self.componentModifiers.contains(items[j].lower) { j += 1 }
    return j < items.count && Self.componentNouns.contains(items[j].lower) ? j : nil
  }

  /// Words before a component noun ("the SDF's main component", "the foreign arm of").
  static let componentModifiers: WordSet = [
    "main", "largest", "strongest", "biggest", "leading", "key", "dominant", "military", "armed", "political", "youth", "local", "syrian", "iraqi",
    "foreign", "overseas", "external", "elite", "regional", "paramilitary", "intelligence", "egyptian", "yemeni", "libyan", "lebanese", "palestinian",
  ]
  /// Nouns of the press ("TRT World news channel").
  static let pressNouns: WordSet = ["news", "channel", "television", "tv", "broadcaster", "newspaper", "daily", "radio", "website", "outlet", "agency"]
  /// Nouns of a part of a group ("component", "wing", "affiliate").
  static let componentNouns: WordSet = ["component", "wing", "branch", "arm", "affiliate", "offshoot", "faction", "member"]

  /// "Hezbollah, Iran's main proxy in Lebanon, ...", "Iran, Hezbollah's main backer", "Russia,
  /// Assad's closest ally": the tie in an appositive, read as `backing` reads it; between
  /// equal allies, the one the sentence is about backs the possessor ("Washington, Israel's
  /// closest ally").
  func clientsInAppositives(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for k in items.indices where items[k].isGroup && k >= 2 && (items[k].possessive || (k + 1 < items.count && Tie(items[k + 1]) != nil)) {
      // The comma opening the appositive, past a determiner and adjectives ("The SDF, the main US ally").
      var c = k - 1
      while c > 0, k - c <= 3, !items[c].is(.comma), !items[c].isGroup, items[c].token?.isWord == true { c -= 1 }
      // "Iran has long been Assad's closest ally": the subject of a copula before the possessor.
      let copular = items[k].possessive ? copularSubject(before: k, in: items) : nil
      guard (c >= 1 && items[c].is(.comma) && items[c - 1].isGroup) || copular != nil else { continue }
      var j = k + 1
      while j < items.count, j <= k + 3, !items[j].isGroup, Tie(items[j]) == nil, items[j].token?.isWord == true { j += 1 }
      guard j < items.count, let tie = Tie(items[j]) else { continue }
      // "Morsi, a Brotherhood ally of Erdogan": the tie is to the one after "of".
      if !items[k].possessive, j + 1 < items.count, items[j + 1].is(.of) { continue }
      // "Russia, Assad's closest ally along with Iran,": the one named after shares the tie.
      var describedActors = copular.map { items[$0.subject].actors + ($0.along.map { items[$0].actors } ?? []) } ?? items[c - 1].actors
      if j + 3 < items.count, Vocabulary.alongWords.contains(items[j + 1].lower), items[j + 2].is(.with), items[j + 3].isGroup {
        describedActors += items[j + 3].actors
      }
      for possessor in items[k].actors {
        for described in describedActors where described != possessor {
          found.append(backing(possessor: possessor, other: described, tie: tie, equalsBackedBy: .possessor))
        }
      }
    }
    return found
  }

  /// The subject of a copula that ends right before `k`: "Iran is", "Iran has long been",
  /// "Iran, which along with Russia has been" (`along` is the group named along with it).
  func copularSubject(before k: Int, in items: [SentenceItems.Item]) -> (subject: Int, along: Int?)? {
    var c = k - 1
    guard c >= 1 else { return nil }
    if items[c].lower == "been" {
      c -= 1
      if c >= 1, ["long", "always", "also", "still"].contains(items[c].lower) { c -= 1 }
      guard c >= 1, ["has", "have", "had"].contains(items[c].lower) else { return nil }
    } else {
      guard Self.copulas.contains(items[c].lower) else { return nil }
    }
    var s = c - 1
    var along: Int?
    // "which, along with Russia, has been": the group named along with the subject.
    if s >= 1, items[s].is(.comma), items[s - 1].isGroup { s -= 1 }
    if s >= 3, items[s].isGroup, items[s - 1].is(.with), Vocabulary.alongWords.contains(items[s - 2].lower) {
      along = s
      s -= 3
      if s >= 0, items[s].is(.comma) { s -= 1 }
    }
    if s >= 2, items[s].is(.which) || items[s].is(.who), items[s - 1].is(.comma) { s -= 2 }
    guard s >= 0, items[s].isGroup, !items[s].possessivePronoun, !items[s].possessive else { return nil }
    return (s, along)
  }

  /// Words that may qualify a membership ("a founding member").
  static let memberModifiers: WordSet = ["founding", "full", "key", "leading", "permanent", "core", "longtime", "longstanding"]

  /// Verbs that make their subject what follows ("Iran is Assad's main ally").
  static let copulas: WordSet = ["is", "was", "are", "were", "remains", "remained", "became", "becomes"]
}
