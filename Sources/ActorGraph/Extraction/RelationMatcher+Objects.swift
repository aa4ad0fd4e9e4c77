/// The object of a trigger: the actor after it that the act is done to, and what the words
/// between say of it (a title, an owner, a war or rift it ends).
extension RelationMatcher {
  /// How a state acts, which stands for the state when criticised ("the Saudi handling").
  static let conductNouns: WordSet = ["handling", "conduct", "treatment", "response", "policy", "policies", "mismanagement"]

  /// Whether the group at `k` names a border ("the Lebanon-Syria border", "the Syrian border").
  func isBorderPlace(_ k: Int, in items: [SentenceItems.Item]) -> Bool {
    // ("struck Lebanon's border villages": what a state has on its border is its own.)
    guard !items[k].possessive else { return false }
    var j = k + 1
    if j + 1 < items.count, items[j].is(.hyphen), items[j + 1].isGroup { j += 2 }
    return j < items.count && Self.borderNouns.contains(items[j].lower)
  }

  /// Nouns of a border, before which a name says where, not who.
  static let borderNouns: WordSet = ["border", "borders", "frontier", "boundary"]

  /// "a meeting of the six powers negotiating with Tehran": a participle right after a plural
  /// noun phrase that names no actor says what that phrase does, not what an actor before did.
  func isParticipleOfUnnamed(_ p: Int, in items: [SentenceItems.Item]) -> Bool {
    guard p >= 2, !items[p - 1].isGroup, let noun = items[p - 1].token, noun.isWord, !noun.isCapitalized, let verb = items[p].token, verb.isWord,
      verb.lower.hasSuffix("ing"), noun.lower.count > 3, noun.lower.hasSuffix("s"), !Self.endingInS.contains(noun.lower),
      let determiner = items[max(0, p - 4)..<(p - 1)].lastIndex(where: { $0.isA(.determiner) && !$0.isGroup })
    else { return false }
    return !items[determiner..<p].contains(where: \.isGroup)
  }

  /// Words ending in "s" that are no plural noun.
  static let endingInS: WordSet = ["this", "thus", "always", "perhaps", "across", "unless", "whereas", "besides", "sometimes", "various", "previous", "serious"]

  /// Whether the group at `k` is a capital after a preposition ("in Paris"), or a state after
  /// "in" ("talks in Oman"): a place, not the government it can stand for.
  func isPlace(_ k: Int, in items: [SentenceItems.Item]) -> Bool {
    // The cheap test first: this runs for every group of every clause the patterns read.
    guard k >= 1, items[k - 1].isA(.preposition), items[k].isGroup else { return false }
    // "the new government in Damascus": a seat after a government's noun says whose it is.
    if k >= 2, items[k - 1].is(.in), Vocabulary.governmentNouns.contains(items[k - 2].lower) { return false }
    // "with Ankara supporting the GNA": a seat opening an absolute clause is its subject.
    if items[k - 1].is(.with), k + 1 < items.count, let next = items[k + 1].token, next.isWord, !next.isCapitalized, next.lower.hasSuffix("ing") { return false }
    return items[k].isOnly(.seat) || (items[k - 1].is(.in) && items[k].isOnly(.name) && items[k].actors.count == 1 && typeOf(items[k].actors[0]) == .state)
  }

  /// Nouns for those against someone: "Assad's enemies" are not Assad.
  static let opponentNouns: WordSet = Vocabulary.rivalNouns.union(["opponents", "critics", "detractors"])

  /// Nouns for the people of a person, who are not that person ("Burhan's deputy").
  static let personsOwnPeople: WordSet = [
    "deputy", "deputies", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "spokesman", "spokeswoman", "spokesperson",
    "son", "sons", "daughter", "daughters", "brother", "brothers", "wife", "nephew", "cousin", "successor", "predecessor",
  ]

  /// Whether the words after a trigger at `q` say its subject's actors did it to each other:
  /// "each other", "one another", or "the other" after "each" ("have each accused the other").
  func namesEachOther(after q: Int, in items: [SentenceItems.Item]) -> Bool {
    guard q + 2 < items.count else { return false }
    let (first, second) = (items[q + 1].lower, items[q + 2].lower)
    if (first == "each" && second == "other") || (first == "one" && second == "another") { return true }
    return first == "the" && second == "other" && items[max(0, q - 3)..<q].contains { $0.lower == "each" }
  }

  /// Whether the word at `k` opens a clause of its own ("as talks resume", "while", "but"), not
  /// "as well as" or "such as". ("after talks hosted by Egypt": "after" is a preposition there.)
  func opensClauseOfItsOwn(_ k: Int, in items: [SentenceItems.Item]) -> Bool {
    if items[k].is(.as) {
      let joinsNames = (k + 1 < items.count && items[k + 1].lower == "well") || (k > 0 && ["well", "such"].contains(items[k - 1].lower))
      return !joinsNames
    }
    return items[k].is(.while) || items[k].is(.when) || items[k].isA(.clauseOpener)
  }

  /// Whether what a verb of leading is followed by is what is led: a name after no more than
  /// three words, each a determiner, a qualifying word, a capitalised word or a compound
  /// modifier ("heads the Saudi-backed Presidential Leadership Council").
  func leadsNamedBody(after q: Int, in items: [SentenceItems.Item]) -> Bool {
    var k = q + 1
    var words = 0
    while k < items.count, words < 3, !items[k].isGroup {
      if isCompoundModifier(at: k, in: items) {
        k += 3
        continue
      }
      let item = items[k]
      guard item.is(.the) || item.is(.a) || item.is(.an) || Self.partyQualifiers.contains(item.lower) || item.token?.isCapitalized == true else { return false }
      k += 1
      words += 1
    }
    return true
  }

  /// Whether `k` opens a compound modifier ("Iran-backed", "U.S.-based") before a name, or
  /// before the title words of a name ("the U.S.-based cleric Fethullah Gulen").
  func isCompoundModifier(at k: Int, in items: [SentenceItems.Item]) -> Bool {
    guard k + 3 < items.count, items[k + 1].is(.hyphen), items[k + 2].isA(.compoundParticiple) else { return false }
    let next = items[k + 3]
    // "Turkish-backed factions of the Syrian National Army": or before what belongs to a name.
    let holdingOf = next.isA(.holding) && k + 4 < items.count && items[k + 4].is(.of)
    return next.isGroup || next.isA(.titleWord) || next.isA(.objectTitleModifier) || holdingOf
  }

  /// "struck more than 85 targets in Iraq and Syria linked to the Revolutionary Guards",
  /// "hit sites used by Kataib Hezbollah": the actor that targets right after the trigger are
  /// linked to or used by stands for them.
  func linkedOwner(after q: Int, in items: [SentenceItems.Item]) -> Int? {
    var k = q + 1
    while k < items.count, k <= q + 5, !items[k].isA(.holding) {
      if items[k].isGroup || (items[k].endsClause || items[k].is(.comma)) { return nil }
      k += 1
    }
    guard k < items.count, k <= q + 5 else { return nil }
    var j = k + 1
    while j + 2 < items.count, j <= k + 8 {
      if items[j].endsClause || items[j].isA(.speechVerb) { return nil }
      if Self.linksToOwner(items[j].lower, items[j + 1].lower) {
        let owner = items[j + 2].is(.the) ? j + 3 : j + 2
        return owner < items.count && items[owner].isGroup && !items[owner].possessivePronoun ? owner : nil
      }
      // "two bases in Iraq housing U.S. troops", "bases that host American forces": who is
      // housed there.
      if Self.housingWords.contains(items[j].lower), items[j + 1].isGroup, !items[j + 1].possessivePronoun { return j + 1 }
      j += 1
    }
    return nil
  }

  /// Whether two words say that what comes before belongs to who comes after: "linked to",
  /// "affiliated with", "used by" (the cheap comparison first).
  static func linksToOwner(_ word: String, _ next: String) -> Bool {
    (["to", "with"].contains(next) && linkWords.contains(word)) || (next == "by" && usedWords.contains(word))
  }

  /// A state's people set against it ("Iranian exiles", "the Syrian opposition").
  static let estrangedPeople: WordSet = ["exiles", "exiled", "opposition", "dissident", "dissidents", "emigres", "refugees"]

  /// Words that tie forces to an owner ("linked to", "loyal to", "affiliated with").
  static let linkWords: WordSet = ["linked", "tied", "belonging", "affiliated", "connected", "loyal", "allied", "aligned"]
  /// A state's or group's own armed men, after "its" or "their".
  static let ownForceNouns: WordSet = ["troops", "forces", "soldiers", "fighters", "personnel", "army", "police", "peacekeepers"]
  /// Verbs of a place that houses forces ("bases housing U.S. troops").
  static let housingWords: WordSet = ["housing", "hosting", "house", "host", "houses", "hosts"]
  /// Participles of a place held or run by someone ("bases used by", "a port controlled by").
  static let usedWords: WordSet = ["used", "run", "operated", "controlled", "held", "owned", "manned"]

  /// The nearest group to the left within the clause, whatever precedes it (for passives).
  func nearestGroup(before p: Int, in items: [SentenceItems.Item]) -> Int? {
    var k = p - 1
    while k >= 0, p - k <= 6 {
      if items[k].isGroup { return k }
      if items[k].endsClause { return nil }
      k -= 1
    }
    return nil
  }

  /// The head of an appositive clause ([SDF] an alliance of ... `p`) with no other group or
  /// clause boundary before `p`.
  func describedByAppositive(before p: Int, in items: [SentenceItems.Item]) -> Int? {
    guard p >= 3, p <= 14, items[0].isGroup, items[1].is(.a) || items[1].is(.an),
      !items[2..<p].contains(where: { $0.isGroup || $0.endsClause || $0.is(.comma) || $0.is(.which) || $0.is(.who) || $0.is(.that) })
    else { return nil }
    return 0
  }

  /// The first group after the trigger within `maxGap` words, not across a clause boundary.
  func objectIndex(after q: Int, in items: [SentenceItems.Item], maxGap: Int) -> Int? {
    if let owner = linkedOwner(after: q, in: items) { return owner }
    // "Russian air strikes and Iranian-backed fighters helped": a noun of attacks coordinated
    // with a name has no object there.
    if q + 1 < items.count, items[q + 1].is(.and) || items[q + 1].is(.or), Self.pluralAttackNouns.contains(items[q].lower) { return nil }
    var k = q + 1
    var words = 0
    while k < items.count {
      if items[k].isGroup {
        // "rejected what he called a dictated plan": the one after "what" says, not suffers.
        if k > q + 1, items[k - 1].lower == "what" { return nil }
        // "an offensive against militants on the Lebanon-Syria border": a name before "border"
        // says where.
        if isBorderPlace(k, in: items) { return nil }
        if items[k].possessivePronoun {
          // "bombing their positions": what they hold stands for them; "intervened on his
          // side": so does their side.
          // "ambushed its troops": so do its troops, right after a verb of attack.
          if k + 1 < items.count,
            items[k + 1].isA(.targetNoun) || items[k + 1].lower == "side"
              || (k == q + 1 && MentionFinder.attackVerbs.contains(items[q].lower) && Self.ownForceNouns.contains(items[k + 1].lower)),
            items[k].actors.count == 1
          {
            return k
          }
          k += 1
          continue
        }
        // "fought Assad's enemies": the possessor's opponents, unnamed, are not the possessor;
        // "hosted Burhan's deputy": nor is a person's deputy, aide or son.
        if items[k].possessive, k + 1 < items.count, !(k + 2 < items.count && items[k + 2].isGroup),
          Self.opponentNouns.contains(items[k + 1].lower)
            || (Self.personsOwnPeople.contains(items[k + 1].lower) && items[k].actors.allSatisfy({ typeOf($0) == .person }))
        {
          return nil
        }
        // "his Syrian counterpart, Asaad al-Shibani": a role named right after is that person.
        if items[k].isOnly(.role), k + 2 < items.count, items[k + 1].is(.comma), items[k + 2].isGroup,
          items[k + 2].actors.allSatisfy({ typeOf($0) == .person })
        {
          return k + 2
        }
        // "considers the SDF's main component, the YPG, a terrorist group": the part named
        // after a comma is the object.
        if items[k].possessive {
          var j = k + 1
          while j < items.count, j <= k + 3, let token = items[j].token, token.isWord, !token.isCapitalized, !items[j].isGroup { j += 1 }
          if j > k + 1, j + 1 < items.count, items[j].is(.comma) {
            let named = items[j + 1].is(.the) ? j + 2 : j + 1
            if named < items.count, items[named].isGroup, !items[named].possessivePronoun { return named }
          }
        }
        // "sanctions on NATO ally Turkey": the one the alliance's word names.
        if k + 2 < items.count, ["ally", "member", "partner"].contains(items[k + 1].lower), items[k + 2].isGroup { return k + 2 }
        // "groups it supports, Defense Secretary Lloyd Austin said": past a comma, a name
        // before a verb of saying is the speaker.
        let named = personTitled(after: k, in: items, modifiers: Self.objectTitleModifiers, titles: Self.objectTitles) ?? k
        if named + 1 < items.count, items[named + 1].isA(.speechVerb), items[(q + 1)..<k].contains(where: { $0.is(.comma) }) { return nil }
        // "met Hamas political chief Ismail Haniyeh": the person the title names is the object.
        return named
      }
      // "met Lebanese parliament speaker Nabih Berri": a demonym and title words before a name
      // are the name's.
      if let title = titleRun(from: k, in: items) {
        k = title
        continue
      }
      // "backed by military commander Khalifa Haftar": lower-case title words before a person.
      if items[k].isA(.titleWord), let next = items[(k + 1)...].prefix(3).firstIndex(where: { !$0.isA(.titleWord) }), items[next].isGroup,
        items[next].actors.allSatisfy({ typeOf($0) == .person })
      {
        k = next
        continue
      }
      // "the war against the militants with American air support": what an act is done with
      // is not its object.
      if items[k].is(.with), k > q, k + 1 < items.count, let next = items[k + 1].token, next.isCapitalized, demonymState(next) != nil { return nil }
      // "condemned the Turkish strikes", "attacked Saudi oil facilities", "criticised the Saudi
      // handling of the crisis": a state's acts, conduct and holdings stand for the state.
      // ("raided Iranian exiles' camp", "attacked the Syrian opposition": a state's exiles and
      // opponents are not the state.)
      if let token = items[k].token, token.isCapitalized, demonymState(token) != nil,
        k + 1 == items.count || !Self.estrangedPeople.contains(items[k + 1].lower),
        let noun = items[(k + 1)...].prefix(3).firstIndex(where: {
          $0.isGroup || $0.isA(.act) || $0.isA(.holding) || $0.isA(.forceHead) || $0.isA(.mediatorNoun) || $0.isA(.targetNoun)
            || Self.conductNouns.contains($0.lower)
        }),
        !items[noun].isGroup, !items[(k + 1)..<noun].contains(where: { $0.token?.isWord != true || $0.token?.isCapitalized == true })
      {
        return k
      }
      if items[k].endsClause || items[k].is(.which) || items[k].is(.who) || items[k].is(.that) || items[k].is(.while) || items[k].is(.when) || items[k].is(.where)
        || items[k].isA(.clauseOpener)
      {
        return nil
      }
      // "Syria, which Russia backs, denounced Israel": a verb after a comma closing the
      // trigger's clause starts another clause.
      if items[k].is(.comma), k == q + 1, k + 1 < items.count, let next = items[k + 1].token, next.isWord, !next.isCapitalized, next.lower.hasSuffix("ed") {
        return nil
      }
      // "condemned the strikes and said Hamas ...": a verb of saying starts what was said.
      if items[k].isA(.speechVerb) { return nil }
      // "opposed Western efforts to sanction Damascus": a name after an infinitive that follows
      // a noun is the infinitive's object.
      if items[k].is(.to), k > q + 1, k + 1 < items.count, let next = items[k + 1].token, next.isWord, !next.isCapitalized, !next.isA(.determiner),
        let before = items[k - 1].token, before.isWord, !before.isCapitalized, !before.isA(.preposition)
      {
        return nil
      }
      // "was killed as fighters of the interim government overran his town", "as Libyan
      // fighters took": "as" before a name and, soon after, a verb opens a clause of its own
      // (not "as many as 20 soldiers").
      if items[k].is(.as), case let named = k + 1 < items.count && items[k + 1].is(.the) ? k + 2 : k + 1, named + 1 < items.count,
        items[named].isGroup || items[named].token?.isCapitalized == true || items[named].isA(.servingNoun),
        items[(named + 1)...].prefix(6).prefix(while: { !$0.is(.comma) && !$0.endsClause }).contains(where: { item in
          item.isA(.finiteVerb) || item.token.map({ $0.isWord && !$0.isCapitalized && ($0.lower.hasSuffix("ed") || Self.pastForms.contains($0.lower)) }) == true
        })
      {
        return nil
      }
      // "struck positions of Iran-backed militias", "battling the government of Assad": what
      // belongs to an actor stands for it, and does not count as a gap.
      if k + 1 < items.count, items[k + 1].is(.of), items[k].isA(.holding) || Self.leaderTitles.contains(items[k].lower) || Self.pluralBackerNouns.contains(items[k].lower) {
        // "killed the leader of Islamic State, Abu Hussein al-Qurashi": the person named after.
        if let named = namedLeader(title: k, in: items) { return named.person }
        k += 2
        if k < items.count, items[k].is(.the) { k += 1 }
        continue
      }
      // "the new authorities in Damascus": a government named by its seat; "military targets in
      // Iran": a state's own sites.
      if items[k].isA(.holding), k + 2 < items.count, items[k + 1].is(.in),
        items[k + 2].isOnly(.seat) || (items[k + 2].isGroup && items[k + 2].actors.allSatisfy { typeOf($0) == .state })
      {
        k += 2
        continue
      }
      // "held talks with each of them": a quantifier is no gap, and its "of" no other phrase.
      if k + 2 < items.count, items[k + 1].is(.of), items[k + 2].isGroup, Self.distributiveWords.contains(items[k].lower) {
        k += 2
        continue
      }
      // "backs some of the rebel groups": nor is a part of a group named after "of the".
      // ("some of the rebel factions": the article may be the named group's own.)
      if k == q + 1, k + 2 < items.count, items[k + 1].is(.of), Self.partQuantifiers.contains(items[k].lower) {
        if items[k + 2].isGroup {
          k += 2
          continue
        }
        if k + 3 < items.count, items[k + 2].is(.the), items[k + 3].isGroup {
          k += 3
          continue
        }
      }
      // "backed the plan and Qatar ...": past a finished phrase, a conjunction starts something new.
      if words > 0, items[k].is(.and) || items[k].is(.or) || items[k].is(.comma) { return nil }
      // "contacts with the blessing of the Kremlin", "support of Russia": a group behind another
      // preposition belongs to that preposition, not to the trigger.
      if items[k].isA(.objectBlocker) { return nil }
      // "called his Azerbaijani counterpart Jeyhun Bayramov": nor does the pronoun a named
      // counterpart's role opens with.
      if items[k].is(.his) || items[k].is(.her), k + 1 < items.count, items[k + 1].isOnly(.role) { k += 1; continue }
      // "led by Prime Minister Fayez al-Sarraj": titles before a name do not count as a gap.
      if items[k].isA(.titleWord), items[k].token?.isCapitalized == true { k += 1; continue }
      // "an ally of the new government in Damascus": nor does what qualifies a government.
      if k + 1 < items.count, items[k + 1].isA(.holding), Self.governmentQualifiers.contains(items[k].lower) { k += 1; continue }
      // "struck bases of the Sunni militant group Jaish al-Adl": nor does what says what the
      // name is.
      if let noun = items[k...].prefix(4).firstIndex(where: { $0.isA(.groupNoun) }), noun + 1 < items.count, items[noun + 1].isGroup,
        items[k..<noun].allSatisfy({ $0.token?.isWord == true && !$0.isGroup })
      {
        k = noun + 1
        continue
      }
      // "fought the Iran-backed Houthis", "blames the U.S.-based cleric Fethullah Gulen": nor
      // does a compound modifier of the name or of the words that say who he is.
      if isCompoundModifier(at: k, in: items) { k += 3; continue }
      // "killed the suspected leader of": nor do words that only qualify a title.
      if items[k].isA(.objectTitleModifier) { k += 1; continue }
      // "at war with the Houthis", "seized a British tanker": nor does an article right after
      // the trigger, before the name.
      // ("blamed the exiled cleric Fethullah Gulen": nor before the words that say who he is.)
      if k == q + 1, items[k].is(.the) || items[k].is(.a) || items[k].is(.an), k + 1 < items.count,
        items[k + 1].isGroup || items[k + 1].isA(.titleWord) || items[k + 1].isA(.objectTitleModifier) || isCompoundModifier(at: k + 1, in: items)
          || (Self.qualifiesAgent(items[k + 1].lower) && namesAgent(k + 2, in: items))
      {
        k += 1
        continue
      }
      // "condemned the recent Houthi attacks", "the latest Israeli strikes": nor does a word of
      // time before the agent's name.
      // ("seized the northern Iraqi city of Mosul": so does one of place.)
      if k == q + 2, Self.qualifiesAgent(items[k].lower), namesAgent(k + 1, in: items) { k += 1; continue }
      words += 1
      if words > maxGap { return nil }
      k += 1
    }
    return nil
  }

  /// Whether the clause after `q` says its agreement is to end a war or fighting ("to end six
  /// weeks of fighting", "to end the war", ", ending eight days of fighting"), not one with a
  /// third party.
  func endsWar(after q: Int, in items: [SentenceItems.Item]) -> Bool {
    if ends(Self.warNouns, after: q, in: items) { return true }
    let clause = items[(q + 1)...].prefix(12).prefix { !$0.endsClause && !$0.isA(.clauseOpener) }
    guard let end = clause.firstIndex(where: { $0.lower == "end" }), end > q + 1, items[end - 1].is(.to) else { return false }
    guard let war = items[(end + 1)..<clause.endIndex].prefix(5).firstIndex(where: { Self.warNouns.contains($0.lower) }) else { return false }
    let third = items[(end + 1)..<war].contains(where: \.isGroup)
      || (war + 1 < items.count && (items[war + 1].is(.with) || items[war + 1].lower == "against"))
    return !third
  }

  /// Whether the clause after `q` goes on ", ending a six-year rift": a rift with no third
  /// party named in it.
  func endsRift(after q: Int, in items: [SentenceItems.Item]) -> Bool { ends(Self.riftNouns, after: q, in: items) }

  /// Whether the clause after `q` goes on ", ending" one of `nouns` ("a six-year rift", "eight
  /// days of fighting") with no third party named in it.
  func ends(_ nouns: WordSet, after q: Int, in items: [SentenceItems.Item]) -> Bool {
    let clause = items[(q + 1)...].prefix(16).prefix { !$0.endsClause }
    guard let ending = clause.firstIndex(where: { $0.lower == "ending" }), items[ending - 1].is(.comma) else { return false }
    guard let noun = items[(ending + 1)..<clause.endIndex].prefix(5).firstIndex(where: { nouns.contains($0.lower) }) else { return false }
    return !items[(ending + 1)..<noun].contains(where: \.isGroup)
      && !(noun + 1 < items.count && (items[noun + 1].is(.with) || items[noun + 1].lower == "against"))
  }

  /// What two at odds have between them.
  static let riftNouns: WordSet = ["rift", "feud", "dispute", "row", "standoff", "estrangement", "rupture", "spat"]

  /// "struck positions of the PKK in Iraq and of the YPG in Syria", "attacks on SDF positions and
  /// on government troops", "spoke with Wang Yi and with Heiko Maas": the groups of a second
  /// phrase of the object's preposition joined by "and".
  func alsoOf(_ object: Int, in items: [SentenceItems.Item]) -> [ActorID] {
    var b = object - 1
    if b >= 0, items[b].is(.the) { b -= 1 }
    guard b >= 1, items[b].is(.of) || items[b].is(.on) || items[b].is(.with) || items[b].lower == "against" else { return [] }
    let preposition = items[b].lower
    if preposition == "of", !items[b - 1].isA(.holding) { return [] }
    var k = object + 1
    while k + 1 < items.count, k - object <= 8, !(items[k].endsClause || items[k].is(.comma)), !items[k].isA(.clauseOpener) {
      if items[k].is(.and) {
        // "... and of the IRGC", "... and three fighters of Hezbollah", "... and on government troops".
        var j = k + 1
        if j < items.count, items[j].token.map({ $0.text.first?.isNumber == true || Self.numberWords.contains($0.lower) }) == true { j += 1 }
        if preposition == "of", j < items.count, items[j].isA(.holding) { j += 1 }
        // "... and three fighters of the IRGC": forces read with whom they serve.
        if preposition == "of", j < items.count, items[j].isGroup, items[j].isOnly(.forces) { return items[j].actors }
        guard j < items.count, items[j].lower == preposition else { return [] }
        let named = j + 1 < items.count && items[j + 1].is(.the) ? j + 2 : j + 1
        return named < items.count && items[named].isGroup ? items[named].actors : []
      }
      k += 1
    }
    return []
  }

  /// Numbers and quantities written in words, which may open a coordinated object ("and three
  /// fighters of").
  static let numberWords: WordSet = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "several", "many"]

  /// Where the person starts when the items from `k` are an optional demonym and title words
  /// before a named person ("Lebanese parliament speaker [Nabih Berri]", "his Syrian
  /// counterpart, [Asaad al-Shibani]"), else nil.
  func titleRun(from k: Int, in items: [SentenceItems.Item]) -> Int? {
    var j = k
    if let token = items[j].token, token.isCapitalized, demonymState(token) != nil {
      j += 1
      // "Iraqi Kurdish leader Masoud Barzani", "Lebanese Shiite leader Nabih Berri": so do a
      // people's or a faith's adjective after the demonym.
      if j < items.count, let people = items[j].token, people.isCapitalized, people.isA(.faithAdjective) || MentionFinder.isPeoplesAdjective(people) { j += 1 }
    }
    let firstTitle = j
    while j < items.count, items[j].isA(.titleWord) {
      j += 1
      // "Secretary of State John Kerry", "Minister of Foreign Affairs": a capitalised title
      // goes on past "of" and the capitalised words of its portfolio.
      guard j + 1 < items.count, items[j].is(.of), items[j - 1].token?.isCapitalized == true else { continue }
      let portfolio = items[(j + 1)...].prefix(3).prefix { !$0.isGroup && $0.token?.isWord == true && $0.token?.isCapitalized == true }
      if !portfolio.isEmpty, portfolio.endIndex < items.count, items[portfolio.endIndex].isGroup { j = portfolio.endIndex }
    }
    guard j > firstTitle, j < items.count else { return nil }
    if items[j].is(.comma), j + 1 < items.count { j += 1 }
    guard items[j].isGroup, items[j].actors.count == 1 || items[j].kinds.allSatisfy({ $0 != .reference }),
      items[j].actors.allSatisfy({ typeOf($0) == .person })
    else { return nil }
    return j
  }

  /// Words for a part of a group ("some of the rebel groups").
  static let partQuantifiers: WordSet = ["some", "many", "most", "several", "one", "two", "three", "few"]

  /// Plural nouns of attacks, which coordinated with a name have no object ("Russian air strikes
  /// and Iranian-backed fighters helped").
  static let pluralAttackNouns: WordSet = ["strikes", "airstrikes", "raids", "bombardments", "shelling", "bombing", "drones", "missiles"]

  /// Titles through which an object is the person named ("met Hezbollah's deputy leader X").
  /// Words that qualify a government or its authorities ("the new authorities in Damascus").
  static let governmentQualifiers: WordSet = ["new", "interim", "transitional", "current", "fledgling", "caretaker", "incoming"]

  /// Words that take in every member of a group ("each of them").
  static let distributiveWords: WordSet = ["each", "both", "all", "either"]
}
