/// Descriptions that refer back to an actor: "the Iran-backed group", "the kingdom",
/// government forces named bare, a held place, a definite act and its agent, a capital.
extension MentionFinder {
  /// "the capital, Sanaa", "the Yemeni capital Sanaa": the capital named is a seat of its state,
  /// as "Sanaa" alone is.
  func capitalPhrase(_ tokens: [Token], at i: Int, context: ArticleContext) -> Mention? {
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
  func namesState(_ state: ActorID, _ context: ArticleContext) -> Bool {
    context.namedActors.contains { actor in
      actor == state || lexicon[actor]?.partOf == state || lexicon.offices(heldBy: actor, on: nil).contains { $0.state == state }
    }
  }

  /// "the Iran-backed group", "the Palestinian militant group", "the militia's": after "the"
  /// and modifiers, a group noun stands for the armed group named last in the sentence, else
  /// in the article. Likewise "the kingdom", "the country" for the state named last in the
  /// sentence, else the last state that was a subject, and "the government" for a state named
  /// in the sentence. The modifiers belong to the mention, except that a compound among them
  /// ("Iran-backed") leaves only the noun, so the compound is still read.
  func groupReference(_ tokens: [Token], at i: Int, previous: [Mention], context: ArticleContext) -> Mention? {
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
      // "Turkey, which regards the YPG as ..., threatened the militia": the object of a finite
      // verb is not the subject of the next ("Under the pretext of fighting Daesh, Washington
      // armed the group" is read on).
      var b = m.range.lowerBound - 1
      if b >= 0, tokens[b].is(.the) { b -= 1 }
      if b >= 0, tokens[b].isWord, !tokens[b].isCapitalized, !tokens[b].lower.hasSuffix("ing"), !tokens[b].isA(.preposition), !tokens[b].isA(.speechVerb), !tokens[b].isA(.subordinator),
        !tokens[b].isA(.clauseOpener), !tokens[b].is(.and), !tokens[b].is(.or), !tokens[b].is(.which), !tokens[b].is(.who), !tokens[b].is(.that)
      {
        return false
      }
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
  /// state whose government the article named last, else of the state a group named before
  /// them in the sentence is named for ("AMMAN - Syrian rebels ... after an offensive by
  /// government forces": Syria's, not the dateline's), else of the dateline's state.
  /// ("denied that government forces had": a denied act names no one.)
  func bareGovernmentForces(_ tokens: [Token], at i: Int, previous: [Mention], context: ArticleContext) -> Mention? {
    guard tokens[i].lower == "government", i + 1 < tokens.count, Self.governmentForceNouns.contains(tokens[i + 1].lower),
      i == 0 || !(tokens[i - 1].isWord && tokens[i - 1].isCapitalized) && !tokens[i - 1].is(.possessive) && !tokens[i - 1].isPossessivePronoun
        && !tokens[i - 1].is(.the) && !tokens[i - 1].is(.a) && !(i >= 2 && tokens[i - 1].is(.that) && tokens[i - 2].isA(.denialVerb)),
      previous.last?.range.upperBound != i,
      let state = previous.lazy.compactMap({ m in m.actors.count == 1 && self.type(of: m.actor, context) == .person ? self.state(servedBy: m.actor, on: context.date) : nil }).first
        ?? context.lastGovernment ?? previous.lazy.compactMap({ m in m.actors.count == 1 ? self.demonymNamed[m.actor] : nil }).first
        ?? context.datelineState
    else { return nil }
    return Mention(actors: [state], range: i..<(i + 2), kind: .forces)
  }

  /// Nouns of a government's forces named bare ("government forces", "government troops").
  static let governmentForceNouns: WordSet = ["forces", "troops", "soldiers"]

  /// Whether a state's mention names its government: "the Syrian government", "Iraq's government".
  func namesGovernment(_ mention: Mention, _ tokens: [Token]) -> Bool {
    var end = mention.range.upperBound
    if tokens[mention.range].contains(where: { $0.lower == "government" }) { return true }
    if end < tokens.count, tokens[end].is(.possessive) { end += 1 }
    return end < tokens.count && tokens[end].lower == "government"
  }

  /// "struck the Houthi-held port": a place held by a group, which a verb of attack hits, stands
  /// for the group.
  func heldPlace(_ tokens: [Token], at i: Int, holder: ActorID, context: ArticleContext) -> Mention? {
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

  /// Participles that make a place its holder's ("Houthi-held", "rebel-controlled").
  static let holdingParticiples: WordSet = ["held", "controlled"]
  /// Nouns of places a group may hold ("the Houthi-held port").
  static let heldPlaceNouns: WordSet = ["territory", "territories", "city", "cities", "town", "towns", "enclave", "region", "regions", "parts", "pocket", "village", "villages", "positions", "north", "south", "east", "west", "northwest", "northeast", "capital", "coast", "island", "islands"]
  /// Verbs of attack besides `Vocabulary.actFamilies`' ("pounded the rebel-held town").
  static let placeAttackVerbs: WordSet = ["pounded", "pounding", "targeted", "targeting", "hit", "hitting", "stormed", "storming"]

  /// "Damascus condemned the strikes", "The strikes hit ...": a definite act whose agent the
  /// sentence does not name is the last attack of its kind the article reported, and stands
  /// for its agent.
  /// "Egypt denounced the deal": so is a definite agreement, for the pair that last agreed.
  func condemnedAct(_ tokens: [Token], at i: Int, context: ArticleContext) -> Mention? {
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
    if context.lastAgreeingParties.count == 2, !qualified, tokens[head].isA(.dealNoun) {
      // A deal signed by leaders binds their states.
      let parties = context.lastAgreeingParties.map { party in
        type(of: party, context) == .person ? lexicon.offices(heldBy: party, on: context.date).first?.state ?? party : party
      }
      return Mention(actors: parties.uniqued(), range: i..<(i + 2), kind: .reference)
    }
    return nil
  }

  /// Who last did the kind of act `noun` names ("the strikes": who struck); nil for "attack",
  /// which news uses for any kind.
  func attackers(of noun: String, _ context: ArticleContext) -> [ActorID]? {
    guard let family = Vocabulary.actFamilies[noun], family != "attack" else { return nil }
    return context.attackers[family]
  }

  /// Verbs of refusing a deal ("rejected the accord").
  static let refusingVerbs: WordSet = ["rejected", "rejects", "reject", "rejecting"]

  /// Whether a verdict follows the word at `head` and a form of "be" ("was illegal", "is null
  /// and void", "were a flagrant violation").
  static func isJudged(_ tokens: [Token], after head: Int) -> Bool {
    guard head + 2 < tokens.count, ["was", "is", "were", "are"].contains(tokens[head + 1].lower) else { return false }
    return tokens[(head + 2)...].prefix(3).contains { Vocabulary.verdictWords.contains($0.lower) }
  }

  /// Verbs that say what an act did ("The strikes hit ...").
  static let actResults: WordSet = ["hit", "targeted", "destroyed", "killed", "struck", "damaged", "pounded", "wounded"]

  /// Words between a state and its role that do not change whose role it is ("Turkey's top
  /// diplomat", "the Syrian then president", "Syria's interim president").
  /// Whether a word opens a clause ("when", "after", "because"), whose subject a later "its"
  /// may stand for (word classes only: this runs for every word before a pronoun).
  static func opensClause(_ token: Token) -> Bool {
    token.isA(.subordinator) || token.is(.when) || token.is(.as) || (token.isA(.clauseOpener) && Self.causeOpeners.contains(token.lower))
  }

  /// The clause openers of time and cause (not "but": "but Iranian officials blamed it").
  static let causeOpeners: WordSet = ["because", "while", "although", "though"]

  /// Whether a lexicon name written in lower case ("rebels", "opposition fighters") at `i` is
  /// a person's own men: "Sharaa's rebels", "Sharaa, whose Islamist-led rebels". The person
  /// stands for them, as for "Haftar's forces", and the lexicon's group is not named.
  func isPersonsOwnMen(_ tokens: [Token], at i: Int, pattern: AliasTable.Pattern, previous: [Mention], context: ArticleContext) -> Bool {
    guard pattern.isWrittenInLowerCase, let owner = previous.last, owner.actors.count == 1 else { return false }
    // Up to three words describing them between: "whose Islamist-led rebels".
    var k = i - 1
    while k > owner.range.upperBound, i - k <= 3, !tokens[k].is(.whose), tokens[k].isWord || tokens[k].is(.hyphen) { k -= 1 }
    let ownerEnd = tokens[k].is(.whose) && k >= 1 && tokens[k - 1].is(.comma) ? k - 1 : k
    guard tokens[k].is(.whose) || tokens[k].is(.possessive), owner.range.upperBound == ownerEnd else { return false }
    return type(of: owner.actor, context) == .person
  }

  /// Verbs of vowing, before what will not go unpunished.
  static let vowVerbs: WordSet = ["vowed", "vows", "vow", "promised", "promises", "pledged", "pledges", "swore", "swears", "warned", "warns", "said", "says"]
}
