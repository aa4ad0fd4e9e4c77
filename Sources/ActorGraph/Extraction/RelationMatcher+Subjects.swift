/// The subject of a trigger: the actor before it that did what it says, across relative
/// clauses, appositives, participles and headline pairs.
extension RelationMatcher {
  /// Texts and proposals an appositive may name ("a draft that Riyadh opposed").
  static let proposalNouns: WordSet = [
    "draft", "resolution", "proposal", "plan", "text", "measure", "bill", "law", "decision", "move", "step", "initiative", "statement",
    "report", "document", "letter", "motion", "vote", "offer",
  ]

  /// The subject of a trigger: the nearest group to the left that is not the object of a
  /// preposition, through "which"/"who" to the group before, not across a clause boundary.
  func subjectIndex(before p: Int, in items: [SentenceItems.Item]) -> Int? {
    var k = p - 1
    var words = 0
    // "Haftar, who has received support from Egypt, met ...": the subject is the one the
    // relative clause describes.
    if let clause = relativeClause(before: p, in: items) { return clause.antecedent }
    if isParticipleOfUnnamed(p, in: items) { return nil }
    // "played a key role in brokering": who played the role does what it was in.
    if p >= 4, items[p - 1].is(.in), items[p - 2].lower == "role",
      let played = items[max(0, p - 6)..<(p - 2)].lastIndex(where: { ["played", "plays", "play", "playing"].contains($0.lower) })
    {
      return subjectIndex(before: played, in: items)
    }
    // "Ankara has backed rebels ... and has carried out incursions", "visited Tehran and met
    // Raisi": a verb right after "and", or after "and" with an auxiliary, shares the first
    // clause's subject, not the nearest actor.
    // "met Haftar and held separate talks with Dbeibah": so does a noun after a light verb.
    // "said Damascus had no intention of fighting Israel but urged it to withdraw": so does one
    // right after "but".
    if let and = items[..<p].lastIndex(where: { $0.is(.and) || $0.is(.but) }), and + 1 <= p,
      and + 1 == p || Self.sharedVerbOpeners.contains(items[and + 1].lower)
        || (Self.lightVerbs.contains(items[and + 1].lower) && p - and <= 4)
        // "described Haftar as a putschist and vowed to stand by": a verb taking "to".
        || (p == and + 3 && items[and + 2].is(.to) && items[and + 1].token.map({ $0.isWord && !$0.isCapitalized }) == true),
      !items[(and + 1)..<p].contains(where: { $0.isGroup || $0.is(.comma) })
    {
      var start = and
      // "Hezbollah, which Tehran has armed and funded": the clause opens at "which", unless a
      // comma closed the relative clause before "and" ("Blinken, who ..., met X and held").
      // ("days after Houthi rebels stormed the palace and surrounded": nor does one after a
      // subordinating "after", "before" or "since" with a subject of its own, which "and" with
      // no comma before it continues.)
      func opensSubordinateClause(_ k: Int) -> Bool {
        items[k].isA(.subordinator) && items[(k + 1)..<and].prefix(3).contains(where: \.isGroup) && !items[(k + 1)..<and].contains(where: { $0.is(.comma) })
      }
      while start > 0, !(items[start - 1].is(.period) || items[start - 1].is(.semicolon) || items[start - 1].is(.colon)), !items[start - 1].isA(.clauseOpener),
        !opensSubordinateClause(start - 1),
        !((items[start - 1].is(.which) || items[start - 1].is(.who) || items[start - 1].is(.that)) && !items[start..<and].contains(where: { $0.is(.comma) }))
      {
        start -= 1
      }
      // "the PKK, which has waged an insurgency against Turkey and is designated ... by":
      // after a relative pronoun, the clause's subject is what it describes (not in "Hezbollah,
      // which Tehran has armed and funded", a clause with a subject of its own).
      if start >= 2, items[start - 1].is(.which) || items[start - 1].is(.who), !items[start].isGroup {
        let antecedent = items[start - 2].is(.comma) ? start - 3 : start - 2
        if antecedent >= 0, items[antecedent].isGroup { return antecedent }
      }
      if var first = (start..<and).first(where: { items[$0].isGroup && isSubjectPosition($0, in: items, trigger: p) }) {
        // "The US said that the RSF had committed genocide and imposed sanctions": a simple past
        // after a reported past perfect goes back to the one who said it.
        if items[and + 1].lower.hasSuffix("ed"), first + 1 < and, items[first + 1].lower == "had", start >= 2, items[start - 1].is(.that),
          let said = items[max(0, start - 5)..<(start - 1)].lastIndex(where: { $0.isA(.speechVerb) }),
          let speaker = items[..<said].lastIndex(where: \.isGroup), !items[(speaker + 1)..<said].contains(where: { $0.is(.comma) || $0.isGroup })
        {
          first = speaker
        }
        // "Acting UN envoy Stephanie Koury ... met": the person the title names.
        return personTitled(after: first, in: items, modifiers: Self.objectTitleModifiers, titles: Vocabulary.personTitles) ?? first
      }
    }
    while k >= 0 {
      if items[k].isGroup {
        // "backers of the armed opposition seeking to topple Assad": a group right before a
        // participle does what the participle says, wherever the group stands.
        // Not a place: "Russia, which has forces in Syria backing Assad".
        if isParticipleAfter(k, trigger: p, in: items) {
          if isPlace(k, in: items) {
            k -= 1
            continue
          }
          return k
        }
        // "Turkey armed rebel factions, hosted the opposition's leaders and ...": the object of
        // the first verb before a comma is not the subject of the next one.
        if isObjectBeforeNextVerb(k, trigger: p, in: items) {
          k -= 1
          continue
        }
        // "with its support for", "despite Turkey's attacks on": the possessor right before a
        // nominal trigger is its subject, whatever governs the phrase.
        // Not "a strike on its consulate kills": a noun between is the subject's head.
        // "Israel's first publicly acknowledged attack on": up to three modifiers between.
        if (items[k].possessive || items[k].possessivePronoun), p - k <= 4, !items[(k + 1)..<p].contains(where: { $0.isGroup }),
          items[(k + 1)..<p].allSatisfy({ Self.isModifier($0.lower) })
        {
          return k
        }
        // "the main US ally in the fight against ...", "Morsi, a Brotherhood ally of Erdogan": a
        // name before a tie noun modifies it.
        if k + 1 <= p, Tie(items[k + 1]) != nil {
          k -= 1
          continue
        }
        // "The RSF, led by Mohamed Hamdan Dagalo, known as Hemedti, has been at war": a name
        // an appositive gives for the leader or as an alias is no subject; the one it describes is.
        if k >= 2, items[k - 1].is(.as), items[k - 2].lower == "known" {
          k -= 1
          continue
        }
        if k >= 4, items[k - 1].is(.by), MentionFinder.leadingParticiples.contains(items[k - 2].lower), items[k - 3].is(.comma), items[k - 4].isGroup,
          items[(k + 1)..<p].contains(where: { $0.is(.comma) })
        {
          return k - 4
        }
        // "evading Iran sanctions as a rift with Ankara deepens": a name between a verb and the
        // measure it modifies is in the verb's object.
        if k + 1 < p, k >= 1, items[k + 1].isA(.measureNoun), !items[k].possessive, let verb = items[k - 1].token, verb.isWord, !verb.isCapitalized,
          !verb.isA(.determiner)
        {
          k -= 1
          continue
        }
        // "targeting vessels linked to Israel in solidarity with": the owner of what was
        // named is no subject.
        if k >= 2, Self.linksToOwner(items[k - 2].lower, items[k - 1].lower) {
          k -= 1
          continue
        }
        // "called for the Security Council to meet": one asked to act has not acted, and those
        // who asked did not do it.
        if k == p - 2, items[p - 1].is(.to), let before = (0..<k).last(where: { !items[$0].is(.the) }), items[before].is(.for) || items[before].is(.on) {
          return nil
        }
        // "Egypt's delegate to the Arab League accused": an envoy speaks for the state that sent
        // them, not for the one they are sent to.
        if let sender = envoySender(of: k, in: items) { return sender }
        if isSubjectPosition(k, in: items, trigger: p) { return k }
      } else {
        if items[k].endsClause || items[k].is(.question) || items[k].is(.exclamation) || items[k].isA(.clauseOpener) { return nil }
        // '"... it cannot be achieved alone," Wang said after meeting': a quotation is a clause
        // of its own.
        if items[k].closesQuotation { return nil }
        // "called on lawmakers to withdraw their support": those asked, no actor, would act.
        if items[k].is(.to), k >= 2, items[k - 1].token.map({ $0.isWord && !$0.isCapitalized }) == true, items[k - 2].is(.on) || items[k - 2].lower == "upon" {
          return nil
        }
        // "Iran vows revenge after strike on its consulate kills generals": a verb after
        // "after" and a noun phrase has that phrase for its subject, not an actor before.
        if items[k].isA(.subordinator), p - k >= 3, let verb = items[p].token, verb.isWord, !verb.isCapitalized, !verb.lower.hasSuffix("ing"),
          let last = items[p - 1].token, last.isWord, !last.isA(.preposition), !last.isA(.determiner),
          !items[(k + 1)..<p].contains(where: { $0.is(.comma) })
        {
          return nil
        }
        // "Central Command said the commander was behind attacks on": what was said has a
        // subject of its own, here no actor.
        if items[k].isA(.speechVerb) {
          var next = k + 1
          if next < p, items[next].is(.that) { next += 1 }
          // Not "announced the deal at a joint news conference": a trigger in a phrase of place
          // or time goes with the speaker's clause.
          let inPhrase = p >= 2 && items[p - 1].isA(.determiner) && items[p - 2].isA(.preposition)
          // Nor "announced their support for Riyadh": a possessive pronoun owning the trigger
          // makes the verb's object, the speaker's own act.
          let ownAct = next < p && items[next].isPossessivePronoun && items[(next + 1)..<p].allSatisfy { Self.isModifier($0.lower) }
          if next < p, items[next].isA(.determiner), !items[next].isGroup, !inPhrase, !ownAct { return nil }
          // "The U.S. said they hit rebels": "they" is not one state or person who spoke.
          if next < p, items[next].is(.they), !items[next].isGroup, k >= 1, items[k - 1].isGroup, items[k - 1].actors.count == 1,
            [.state, .person].contains(typeOf(items[k - 1].actors[0]))
          {
            return nil
          }
        }
        // "a Gulf state that has hosted talks": "that" right before the verb is a relative
        // pronoun, and a noun before it that is no actor is the subject.
        if items[k].is(.that), k > 0, !items[k - 1].isGroup, items[k - 1].token?.isWord == true,
          items[(k + 1)..<p].allSatisfy({ Self.auxiliaries.contains($0.lower) })
        {
          return nil
        }
        if items[k].is(.which) || items[k].is(.who) || items[k].is(.whose) {
          var j = k - 1
          // "Wagner Group fighters who fought alongside ...": the group's members stand for it.
          while j >= 0, [",", "both", "of", "all", "each", "one", "neither", "none"].contains(items[j].lower) || items[j].isA(.memberNoun) { j -= 1 }
          // "armed groups in Tripoli, which accused": a seat after a preposition is a place.
          if isPlace(j, in: items) { return nil }
          return j >= 0 && items[j].isGroup ? j : nil
        }
        // "PKK, an insurgent group fighting against ...": an appositive noun phrase.
        if items[k].is(.comma), k > 0, items[k - 1].isGroup, k + 1 < p, items[k + 1].is(.a) || items[k + 1].is(.an) { return k - 1 }
        words += 1
        if words > 24 { return nil }
      }
      k -= 1
    }
    return nil
  }

  /// The group that opens the clause the trigger at `p` is in, after a subordinator or a relative
  /// pronoun, if it is the clause's first item.
  func clauseSubject(before p: Int, in items: [SentenceItems.Item]) -> Int? {
    var start = p
    while start > 0 {
      let before = items[start - 1]
      if before.endsClause || before.isA(.clauseOpener) { break }
      // '"The Iran deal is defective," Trump said, accusing': a quotation is a clause of its own.
      if before.closesQuotation { break }
      if before.isA(.subordinator) { return items[start].isGroup ? start : nil }
      if (before.is(.which) || before.is(.who)) {
        var j = start - 2
        while j >= 0, items[j].is(.comma) { j -= 1 }
        return j >= 0 && items[j].isGroup ? j : nil
      }
      start -= 1
    }
    return (start..<p).first { items[$0].isGroup && !items[$0].possessivePronoun && isSubjectPosition($0, in: items, trigger: p) }
  }

  /// Whether the trigger is a participle right after group `k`, or what one leads to ("the
  /// rebels seeking to topple", "militias fighting"), with no comma between.
  func isParticipleAfter(_ k: Int, trigger p: Int, in items: [SentenceItems.Item]) -> Bool {
    let j = k + 1
    guard j <= p, p - j <= 2, let token = items[j].token, token.isWord, !token.isCapitalized, token.lower.hasSuffix("ing"),
      !Self.notParticiples.contains(token.lower)
    else { return false }
    return j == p || (items[j + 1].is(.to) && p == j + 2)
  }

  /// Words in "-ing" that are no participles ("during", "including").
  static let notParticiples: WordSet = ["during", "including", "according", "following", "regarding", "concerning", "nothing", "something"]

  /// Whether group `k` ends a verb's object just before ", trigger" ("armed rebel factions,
  /// hosted"): a plain word that is no preposition, conjunction or determiner comes before the
  /// group, and a group stands before that word in the same clause.
  func isObjectBeforeNextVerb(_ k: Int, trigger p: Int, in items: [SentenceItems.Item]) -> Bool {
    // Past tense, or the present of headlines ("Raisi visits Ankara, signs deals with Erdogan").
    guard k + 2 == p, items[k + 1].is(.comma), let trigger = items[p].token, trigger.isWord, !trigger.isCapitalized,
      trigger.lower.hasSuffix("ed") || trigger.lower.hasSuffix("s")
    else { return false }
    var b = k - 1
    while b >= 0, (items[b].is(.the) || items[b].is(.a) || items[b].is(.an)) { b -= 1 }
    guard b >= 1, let verb = items[b].token, verb.isWord, !verb.isCapitalized, !items[b].isGroup, !verb.isA(.preposition),
      !verb.isA(.determiner), !["and", "or", "but", "which", "who", "that", ","].contains(verb.lower)
    else { return false }
    for i in stride(from: b - 1, through: 0, by: -1) {
      if (items[i].endsClause || items[i].is(.comma)) || items[i].isA(.clauseOpener) { return false }
      if items[i].isGroup { return isSubjectPosition(i, in: items, trigger: p) }
    }
    return false
  }

  /// Whether the trigger is the verb, in the singular, of "who" or "which" right after the
  /// group at `g` ("X and Y, who also leads", "..., which has armed").
  func isSingularRelative(after g: Int, trigger p: Int, in items: [SentenceItems.Item]) -> Bool {
    var k = g + 1
    if k < p, items[k].is(.comma) { k += 1 }
    guard k < p, items[k].is(.who) || items[k].is(.which) else { return false }
    let between = items[(k + 1)..<p].map(\.lower)
    // "Ankara and Washington, which has relied on the YPG as its partner in the fight against":
    // the relative clause's own verb agrees, however far on the trigger is.
    if let first = between.first, Self.singularAuxiliaries.contains(first) { return true }
    guard between.count <= 2, between.allSatisfy(Self.auxiliaries.contains) else { return false }
    if between.contains(where: Self.singularAuxiliaries.contains) { return true }
    let verb = items[p].lower
    return !between.contains(where: Self.pluralAuxiliaries.contains) && verb.hasSuffix("s") && !verb.hasSuffix("ss")
  }

  /// Auxiliaries that agree with a singular subject.
  static let singularAuxiliaries: WordSet = ["has", "is", "was", "does"]
  /// Auxiliaries that agree with a plural subject.
  static let pluralAuxiliaries: WordSet = ["have", "are", "were", "do"]

  /// A relative clause set off by commas right before the trigger ("Haftar, who has received
  /// support from Egypt, met"): the group it describes, and the clause's items.
  func relativeClause(before p: Int, in items: [SentenceItems.Item]) -> (antecedent: Int, clause: Range<Int>)? {
    // The cheap test first: most clauses have no relative pronoun.
    guard items[..<p].contains(where: { $0.is(.who) || $0.is(.which) || $0.is(.whose) }) else { return nil }
    // "..., held separate talks with": a noun after a light verb is read from the verb.
    var verb = p
    if let light = items[max(0, p - 3)..<p].lastIndex(where: { Self.lightVerbs.contains($0.lower) }),
      items[(light + 1)..<p].allSatisfy({ !$0.isGroup && $0.token?.isWord == true })
    {
      verb = light
    }
    // "..., has threatened to launch an offensive": a verb that takes an infinitive.
    if verb >= 2, items[verb - 1].is(.to), let token = items[verb - 2].token, token.isWord, !token.isCapitalized { verb -= 2 }
    // Auxiliaries and adverbs may stand between the clause and the trigger ("..., has long relied").
    var end = verb - 1
    while end >= 0, verb - end <= 3, Self.auxiliaries.contains(items[end].lower) || (items[end].token?.isWord == true && items[end].lower.hasSuffix("ly")) {
      end -= 1
    }
    guard end >= 0, items[end].is(.comma), var w = items[..<end].lastIndex(where: { $0.is(.who) || $0.is(.which) || $0.is(.whose) }), w >= 2,
      !items[w..<end].contains(where: { $0.endsClause })
    else { return nil }
    // "The Muslim Brotherhood, from which Mursi emerged, has backed": a preposition may open it.
    if w >= 3, items[w - 1].isA(.preposition), items[w - 2].is(.comma) { w -= 1 }
    guard items[w - 1].is(.comma), items[w - 2].isGroup else { return nil }
    return (w - 2, w..<end)
  }

  /// Whether a word before a nominal trigger qualifies it ("its military support"): an
  /// adjective by its ending or one of a few common modifiers.
  static func isModifier(_ word: String) -> Bool {
    ["air", "drone", "missile", "rocket", "arms", "cross", "border", "ground", "naval", "new", "recent", "latest", "tacit", "covert", "direct", "open", "full", "long", "strong",
     "first", "second", "third", "last", "biggest", "largest", "deadliest", "most", "major", "indiscriminate"].contains(word)
      || ["al", "ed", "ing", "ive", "ic", "ous", "ent", "ant", "ary", "ful", "ish", "ian", "ese", "ly"].contains(where: word.hasSuffix)
  }

  /// Words between a possessor and its act that say when or judge it ("Turkey's recent strikes",
  /// "the brutal Turkish aggression").
  static let timeModifiers: WordSet = [
    "recent", "latest", "last", "new", "fresh", "renewed", "repeated", "previous", "earlier",
    // "condemned the brutal Turkish aggression": words judging the act, as they do.
    "brutal", "blatant", "flagrant", "unprovoked", "illegal", "barbaric", "criminal", "deadly", "continued", "ongoing",
  ]

  /// Nouns of an unnamed head of a group ("the leader of"), who is not the group.
  static let unnamedHeads: WordSet = ["leader", "head", "chief", "commander", "spokesman", "spokeswoman", "spokesperson"]
  /// Nouns of a group's members ("fighters of", "troops of"), who stand for the group.
  static let memberNouns: WordSet = ["fighters", "members", "militants", "troops", "forces", "units", "soldiers", "gunmen", "commanders", "factions"]

  /// Nouns that count people ("hundreds of fighters").
  static let countNouns: WordSet = ["dozens", "hundreds", "thousands", "scores", "handful", "number"]

  /// Whether a word may stand before an act's agent without counting as a gap: one of time
  /// ("the recent Houthi attacks"), of place ("the northern Iraqi city") or of faith ("the
  /// Christian Lebanese Forces party").
  static func qualifiesAgent(_ word: String) -> Bool {
    timeModifiers.contains(word) || placeAdjectives.contains(word) || Vocabulary.faithAdjectives.contains(word)
  }

  /// Adjectives of where ("northern", "central"), which make a state a place.
  static let placeAdjectives = Vocabulary.compassWords.union(["central", "neighbouring", "neighboring"])
  /// Light verbs whose noun carries the act ("held talks", "launched strikes").
  static let lightVerbs: WordSet = [
    "held", "had", "hold", "holds", "holding", "conducted", "began", "started", "opened", "made", "imposed", "slapped", "launched", "carried",
    "launch", "conduct", "carry", "impose",
  ]

  /// In a headline (a sentence with no closing stop), the group that a comma joins to the
  /// subject at `subject` when the two open it: "Yemen's government, southern separatists sign".
  func headlinePartner(of subject: Int, in items: [SentenceItems.Item]) -> Int? {
    guard subject >= 2, items[subject - 1].is(.comma), let last = items.last, !last.endsClause, !last.is(.question), !last.is(.exclamation) else { return nil }
    let partner = subject - 2
    guard items[partner].isGroup, !items[partner].possessive, partner == 0 || (partner == 1 && items[0].is(.the)) else { return nil }
    return partner
  }

  /// The relative pronoun opening the clause whose subject is `subject`, past an article
  /// ("which [Washington] backs", "which the [United States] backs"). Not "said ... and that
  /// the UAE would keep training": a "that" after "and" opens a second reported clause.
  /// "Assad, whose government [Tehran] propped up": "whose" and the government or forces it
  /// owns (read as a reference to his state) open the clause as "which" would.
  func relativePronoun(before subject: Int, in items: [SentenceItems.Item]) -> Int? {
    if subject >= 3, items[subject - 2].is(.whose), items[subject - 3].is(.comma),
      Self.ownedBodies.contains(items[subject - 1].lower) || items[subject - 1].isOnly(.reference)
    {
      return subject - 2
    }
    let k = subject >= 2 && items[subject - 1].is(.the) ? subject - 2 : subject - 1
    guard k >= 1, items[k].is(.which) || items[k].is(.whom) || items[k].is(.that) && !items[k - 1].is(.and) else { return nil }
    return k
  }

  /// The group a relative clause opened right before `subject` describes ("the YPG militia,
  /// which [Turkey] considers ..."): up to two words may follow the group's name.
  func relativeObject(of subject: Int, in items: [SentenceItems.Item]) -> Int? {
    guard let pronoun = relativePronoun(before: subject, in: items), pronoun >= 2, items[pronoun - 1].is(.comma) else { return nil }
    // The group at `end`, or one or two words before it.
    func group(endingBy end: Int) -> Int? {
      var k = end
      while k >= 0, end - k < 2, !items[k].isGroup, items[k].token?.isWord == true { k -= 1 }
      return k >= 0 && items[k].isGroup ? k : nil
    }
    guard let k = group(endingBy: pronoun - 2) else { return nil }
    // "the YPG militia in Syria, which Ankara considers ...": a place after "in" is where the
    // group is, not what the clause describes.
    if k >= 2, items[k - 1].is(.in), let described = group(endingBy: k - 2) { return described }
    return k
  }

  /// The group a relative clause with no object of its own describes ("the SDF, a Kurdish-led
  /// militia that [Washington] armed"): the group, then a determiner or comma, and at most four
  /// words before "that", "which" or "whom".
  func gappedObject(of subject: Int, trigger q: Int, in items: [SentenceItems.Item]) -> Int? {
    guard let pronoun = relativePronoun(before: subject, in: items) else { return nil }
    // ("a group that Turkey lists as terrorist": "as" says what the object is listed as.)
    if q + 1 < items.count, items[q + 1].isGroup || items[q + 1].token.map({ $0.isWord && !$0.isA(.preposition) && !$0.is(.and) && !$0.is(.as) }) == true { return nil }
    // "The SDF, which Washington backs, hold Raqqa" read as an appositive clause about its
    // head: [SDF] [which] [Washington] [backs].
    if items[pronoun - 1].isGroup, !items[pronoun].is(.that) { return pronoun - 1 }
    var k = pronoun - 1
    var words = 0
    while k >= 0, !items[k].isGroup, items[k].token?.isWord == true || items[k].is(.hyphen), words < 5 {
      k -= 1
      words += 1
    }
    // "the U.N. Security Council, a draft that Riyadh opposed": a text or a measure, not the
    // name before it, is what the clause describes.
    if items[(k + 1)..<pronoun].contains(where: { $0.isA(.dealNoun) || Self.proposalNouns.contains($0.lower) }) { return nil }
    // Not "Erdogan, who has demanded that Syrian forces ...": a noun phrase, not a clause.
    // "Syria, which Russia backs,": the name itself.
    if k >= 1, items[k].is(.comma), items[k - 1].isGroup, (items[k + 1].is(.a) || items[k + 1].is(.an) || items[k + 1].is(.the)) || k + 1 == pronoun { return k - 1 }
    guard k >= 0, items[k].isGroup, k + 1 < pronoun, (items[k + 1].is(.a) || items[k + 1].is(.an) || items[k + 1].is(.the)) || words <= 1 else { return nil }
    return k
  }

  /// Whether a group can be a subject: not the object of a preposition, unless the preposition
  /// hangs on holders of offices ("the defence ministers of Turkey and Syria met").
  func isSubjectPosition(_ k: Int, in items: [SentenceItems.Item], trigger: Int) -> Bool {
    // Look past determiners and places' adjectives: "from the Islamic State", "at northern
    // Israel" are as much prepositional objects.
    var b = k - 1
    while b >= 0, (items[b].is(.the) || items[b].is(.a) || items[b].is(.an)) || Self.placeAdjectives.contains(items[b].lower) { b -= 1 }
    let before = b >= 0 ? items[b].lower : ""
    if b < 0 || !items[b].isA(.preposition) { return true }
    // "after Hamas fighters attacked": a subordinating conjunction opens a clause whose subject
    // the group is, when the trigger follows within a few plain words, or closes a second
    // verb phrase ("since Trump pulled out of the deal and reimposed sanctions").
    if items[b].isA(.subordinator), trigger > k, !items[(k + 1)..<trigger].contains(where: { $0.isGroup || $0.is(.comma) }),
      trigger - k <= 4 || (trigger - k <= 14 && items[(trigger - 2)..<trigger].contains(where: { $0.is(.and) }) && items[k + 1].token?.isCapitalized == false)
    {
      return true
    }
    // "after rebels led by HTS drove Assad from power": so across a participle and its agent.
    if items[b].isA(.subordinator), trigger == k + 4, items[k + 2].is(.by), items[k + 3].isGroup,
      let participle = items[k + 1].token, participle.isWord, participle.lower.hasSuffix("ed")
    {
      return true
    }
    // "after the Egyptian army, led by Sisi, ousted": so across a phrase set off by commas.
    if items[b].isA(.subordinator), trigger > k + 2, items[k + 1].is(.comma), items[trigger - 1].is(.comma),
      trigger - k <= 10, !items[(k + 2)..<(trigger - 1)].contains(where: { $0.is(.comma) || $0.is(.period) || $0.is(.semicolon) })
    {
      return true
    }
    // "Air strikes by the army hit RSF positions": the agent of acts that open the clause does
    // what they do.
    if before == "by", b >= 1, items[b - 1].isA(.act), trigger > k, trigger - k <= 3,
      !items[(k + 1)..<trigger].contains(where: { $0.isGroup || $0.is(.comma) || $0.is(.and) }), !items[..<b].contains(where: \.isGroup)
    {
      return true
    }
    // "Delegations from the Houthis and the government began talks": so do those sent from it.
    if before == "from", b >= 1, items[b - 1].isA(.officeHolder) { return true }
    // "The government in Damascus has been talking to": the seat is whose government acts.
    if before == "in", b >= 1, Vocabulary.governmentNouns.contains(items[b - 1].lower) { return true }
    // "Fighters of the Syrian National Army clashed ...": a group's members act for it.
    // "The leader of Kataib Hezbollah accused": an unnamed head speaks for what he heads (not
    // "the head of the U.N. mission, Hanna Tetteh, spoke": the mission's head, named).
    // "Hundreds of mercenaries from the Wagner Group", "hundreds of Hamas fighters": so do a
    // number of its forces.
    if before == "of" {
      let forces = items[k].isOnly(.forces)
        || (!items[k].possessivePronoun && k + 1 < items.count && (items[k + 1].isA(.servingNoun) || items[k + 1].isA(.memberNoun)))
      return b >= 1 && (items[b - 1].isA(.officeHolder) || Self.memberNouns.contains(items[b - 1].lower)
        || (Self.countNouns.contains(items[b - 1].lower) && forces)
        || (b >= 2 && items[b - 2].is(.the) && Self.unnamedHeads.contains(items[b - 1].lower) && trigger > k
          && items[(k + 1)..<trigger].allSatisfy { Self.auxiliaries.contains($0.lower) || $0.lower.hasSuffix("ly") }))
    }
    // "Fighters loyal to the Syrian National Army clashed ...": they act for it.
    return before == "to" && b >= 1 && ["loyal", "allied", "aligned", "affiliated", "linked"].contains(items[b - 1].lower)
  }

  /// Auxiliaries and adverbs after "and" that open a second verb of the same subject ("and
  /// has carried out", "and later met").
  static let sharedVerbOpeners: WordSet = [
    "has", "have", "had", "is", "are", "was", "were", "also", "then", "later", "subsequently", "afterwards", "eventually", "again",
  ]
}
