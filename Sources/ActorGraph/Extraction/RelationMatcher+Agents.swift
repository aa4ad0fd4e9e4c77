/// The agent of a trigger that has no subject before it: a nominal's owner ("Turkey's
/// attacks"), an infinitive's or purpose clause's doer, a participle's, a demonym's state.
extension RelationMatcher {
  /// The agent named by "by" right after the object of a noun of attack ("attacks on Israel
  /// by the Houthis"), if any.
  func nominalAgent(of p: Int, object: Int?, in items: [SentenceItems.Item]) -> [ActorID]? {
    guard items[p].isA(.attackNoun), let o = object, o > p, o + 2 < items.count, items[o + 1].is(.by) else { return nil }
    let agent = items[o + 2].is(.the) ? o + 3 : o + 2
    guard agent < items.count, items[agent].isGroup, !items[agent].possessivePronoun else { return nil }
    return items[agent].actors
  }

  /// The agent of an infinitive the trigger is in ("to back", "to express solidarity"):
  /// the possessor of the noun it completes ("Madrid's decision to back"), or the clause
  /// subject past the object of a past verb ("called Fidan to express solidarity").
  func infinitiveAgent(before p: Int, nearest: Int?, in items: [SentenceItems.Item]) -> Int? {
    let plainWord = { (i: Int) in items[i].token.map { $0.isWord && !$0.isCapitalized } == true }
    // "to fight", "to wage war on", "to join the battle against".
    let to: Int? =
      if p >= 2, items[p - 1].is(.to) { p - 1 }
      else if p >= 3, items[p - 2].is(.to), plainWord(p - 1) { p - 2 }
      else if p >= 4, items[p - 3].is(.to), plainWord(p - 2), items[p - 1].is(.the) { p - 3 }
      else { nil }
    guard let to else { return nil }
    // "let Peshmerga forces from Iraq cross its territory to fight": the one let.
    if let permitted = (max(1, to - 4)..<to).lazy.compactMap({ v in plainWord(v) ? self.permittedAgent(before: v, in: items) : nil }).first {
      return permitted
    }
    // ("with Iran's help to fight Israel": help is given for the one helped to act.)
    if to >= 2, plainWord(to - 1), !items[to - 1].isA(.wishVerb), !items[to - 1].isA(.supportNoun), items[to - 2].possessive, !items[to - 2].possessivePronoun {
      return to - 2
    }
    return purposeAgent(to: to, nearest: nearest, in: items)
  }

  /// The agent of a purpose infinitive opened by `to` ("Abe met Khamenei to ease ..."): when
  /// the nearest group before is the object of a past verb, the group right before that verb.
  func purposeAgent(to: Int, nearest: Int?, in items: [SentenceItems.Item]) -> Int? {
    // Only where the infinitive follows the object closely: not "rebels seeking to topple", nor
    // "accused Turkey of sending mercenaries to fight".
    guard let nearest, to > nearest, to - nearest <= 8,
      ((nearest + 1)..<to).allSatisfy({ i in
        items[i].isGroup ? isPlace(i, in: items) || items[i].possessivePronoun : items[i].token.map { !$0.lower.hasSuffix("ing") && !$0.lower.hasSuffix("ed") } == true
      })
    else { return nil }
    var v = nearest - 1
    while v > 0, items[v].isA(.titleWord) || items[v].isA(.determiner) || items[v].is(.his) || items[v].is(.her)
      || items[v].token.map({ $0.isCapitalized && demonymState($0) != nil }) == true
    {
      v -= 1
    }
    // "Khamenei appointed Qaani to command the Quds Force": one appointed to a post is the one
    // who holds it; "Morsi sent Kandil to meet Haniyeh": so is one sent to do something.
    guard v > 0, let verb = items[v].token, verb.isWord, !verb.isCapitalized, !verb.isA(.wishVerb), verb.lower.hasSuffix("ed") || Self.pastForms.contains(verb.lower),
      !Self.appointingVerbs.contains(verb.lower), !Self.sendingVerbs.contains(verb.lower),
      let agent = items[max(0, v - 3)..<v].lastIndex(where: \.isGroup),
      items[(agent + 1)..<v].allSatisfy({ $0.is(.comma) || ($0.token?.isWord == true && !$0.isA(.preposition) && !$0.isA(.clauseOpener)) }),
      agent == 0 || !items[agent - 1].isA(.preposition)
    else { return nil }
    return agent
  }

  /// Verbs of sending someone on an errand ("sent his envoy to meet").
  static let sendingVerbs: WordSet = ["sent", "dispatched", "despatched"]

  /// The one helped in a fight the trigger at `p` names: "backing Syrian rebels in an offensive
  /// to seize Jarablus from", "supporting the SDF in its battle against". They fight too.
  func helpedAgent(before p: Int, in items: [SentenceItems.Item]) -> Int? {
    var k = p - 1
    if k >= 1, items[k].is(.to), Self.campaignNouns.contains(items[k - 1].lower) { k -= 2 }
    while k >= 0, items[k].is(.the) || items[k].is(.a) || items[k].is(.an) || items[k].possessivePronoun { k -= 1 }
    guard k >= 2, items[k].is(.in) else { return nil }
    // "backing Peshmerga fighters in": past the group's force noun.
    let helped = !items[k - 1].isGroup && (items[k - 1].isA(.forceHead) || items[k - 1].isA(.memberNoun)) ? k - 2 : k - 1
    guard helped >= 1, items[helped].isGroup, !items[helped].possessivePronoun,
      case let verb = items[helped - 1].is(.the) ? helped - 2 : helped - 1, verb >= 0, Self.helpingVerbs.contains(items[verb].lower)
    else { return nil }
    return helped
  }

  /// Nouns of a military push ("an offensive to seize"), past which a helper's verb is read.
  static let campaignNouns: WordSet = ["offensive", "offensives", "campaign", "operation", "push", "drive", "bid", "effort", "efforts", "attempt"]
  /// Verbs of helping one side in a fight ("backing Syrian rebels in an offensive").
  static let helpingVerbs: WordSet = [
    "backing", "backed", "backs", "back", "supporting", "supported", "supports", "support", "helping", "helped", "helps", "help",
    "assisting", "assisted", "aiding", "aided",
  ]

  /// The one a verb of letting names before the verb at `v`: "let the Peshmerga cross its
  /// territory to fight", "let Peshmerga forces from Iraq cross" (they fight, not who let them).
  func permittedAgent(before v: Int, in items: [SentenceItems.Item]) -> Int? {
    var agent = v - 1
    // Past where the one named comes from: "forces from Iraq".
    if agent >= 2, items[agent].isGroup, items[agent - 1].is(.from) || items[agent - 1].is(.in) { agent -= 2 }
    // "Peshmerga forces": the group's force noun.
    if agent >= 1, !items[agent].isGroup, items[agent].isA(.forceHead) { agent -= 1 }
    guard agent >= 1, items[agent].isGroup, !items[agent].possessivePronoun else { return nil }
    let verb = items[agent - 1].is(.the) ? agent - 2 : agent - 1
    return verb >= 0 && Self.permitVerbs.contains(items[verb].lower) ? agent : nil
  }

  /// Verbs after which the one named does what the next verb says ("let the Peshmerga cross").
  static let permitVerbs: WordSet = ["let", "lets", "letting", "help", "helped", "helps", "helping", "make", "made", "makes"]

  /// The first group in subject position in the clause before `p` ("The SDF took Raqqa with
  /// the support of ...": the SDF; "since Damascus succeeded, with ...": Damascus), or the
  /// group a relative pronoun opening the clause describes.
  /// "Saudi Arabia has been bombing the Houthis in support of Hadi": a trigger that opens with
  /// a preposition qualifies the verb before it, so its agent is that verb's subject, not the
  /// verb's object named right before the phrase.
  func phraseAgent(before p: Int, nearest: Int?, in items: [SentenceItems.Item]) -> Int? {
    // "bombing the Houthis since March 2015 in support of": a time phrase may come between.
    guard let nearest, items[p].isA(.preposition), !items[nearest].possessivePronoun,
      nearest + 1 == p || (p - nearest <= 4 && items[nearest + 1].isA(.preposition)
        && items[(nearest + 1)..<p].allSatisfy { item in item.token.map { !$0.is(.comma) && !$0.is(.and) && !$0.is(.or) && !$0.endsClause } == true && !item.isA(.clauseOpener) })
    else { return nearest }
    let verb = nearest >= 2 && items[nearest - 1].isA(.determiner) ? nearest - 2 : nearest - 1
    guard verb >= 1, let token = items[verb].token, token.isWord, !token.isCapitalized, !token.isA(.preposition), !token.isA(.determiner),
      !token.is(.and), !token.is(.or), !token.isA(.speechVerb)
    else { return nearest }
    return clauseSubject(before: verb, in: items) ?? nearest
  }

  /// "An Israeli air strike destroyed Iran's consulate, killing seven members of the IRGC": a
  /// participle after a comma has the clause's agent, the first subject of the clause or the
  /// state of a demonym before an act ("An Israeli air strike"), not the nearest actor.
  func participleAgent(of p: Int, in items: [SentenceItems.Item]) -> [ActorID]? {
    guard p >= 2, items[p - 1].is(.comma), items[p].lower.hasSuffix("ing"), items[p].token?.isCapitalized == false else { return nil }
    var start = p - 1
    // A dateline's dash ends the clause, a hyphen inside a word ("S-400") does not.
    while start > 0, !(items[start - 1].is(.period) || items[start - 1].is(.semicolon) || items[start - 1].is(.colon)), !items[start - 1].is(.hyphen) || isHyphenated(items, start),
      !items[start - 1].isA(.clauseOpener), !items[start - 1].closesQuotation
    {
      start -= 1
    }
    // "Haftar's forces suffered defeats as Turkey stepped up its support, supplying": the
    // subject of the last clause a subordinator opens.
    if let opener = items[start..<(p - 1)].lastIndex(where: { Self.clauseSubordinators.contains($0.lower) }) {
      let g = opener + 1 < p && items[opener + 1].is(.the) ? opener + 2 : opener + 1
      if g + 1 < p, items[g].isGroup, !items[g].possessivePronoun, !items[g].possessive,
        items[g + 1].token.map({ $0.isWord && !$0.isCapitalized && !$0.isA(.preposition) && !$0.is(.and) }) == true
      {
        return items[g].actors
      }
    }
    for j in start..<(p - 1) {
      // "Iran's Revolutionary Guards fired missiles, killing", "a meeting of Assad's officials,
      // killing": a possessor is not the clause's agent; what it owns may be.
      if items[j].isGroup, items[j].possessive { continue }
      if items[j].isGroup {
        // "Mnuchin said the sanctions would take effect, hitting": the participle goes with
        // what was said, whose subject is no actor (but "said the deal was bad, accusing Iran"
        // is the speaker's).
        if !Self.speakersParticiples.contains(items[p].lower), let said = items[(j + 1)..<(p - 1)].firstIndex(where: { $0.isA(.speechVerb) }) {
          let next = said + 1 < p && items[said + 1].is(.that) ? said + 2 : said + 1
          if next < p, items[next].isA(.determiner), !items[next].isGroup { return nil }
        }
        return isSubjectPosition(j, in: items, trigger: p) && !items[j].possessivePronoun ? items[j].actors : nil
      }
      if let token = items[j].token, token.isCapitalized, let state = demonymState(token),
        items[(j + 1)..<min(p, j + 4)].contains(where: { $0.isA(.act) })
      {
        return [state]
      }
    }
    return nil
  }

  /// Words opening a clause of their own inside a sentence ("as Turkey stepped up").
  static let clauseSubordinators: WordSet = ["as", "after", "when", "while", "because", "since", "before", "although", "though", "whereas"]

  /// Participles of saying and judging, which go with the one who spoke.
  static let speakersParticiples: WordSet = [
    "accusing", "blaming", "calling", "urging", "warning", "condemning", "criticising", "criticizing", "denouncing", "praising",
    "thanking", "vowing", "threatening", "describing", "welcoming", "rejecting", "demanding", "pledging", "promising",
  ]

  /// "Turkish incursion", "Russian mediation": a bare demonym right before a nominal trigger.
  func demonymSubject(before p: Int, in items: [SentenceItems.Item]) -> [ActorID]? {
    var k = p - 1
    // "Israeli attempts to blame Cairo": whose attempt it is does what is attempted.
    if k >= 2, items[k].is(.to), Self.attemptNouns.contains(items[k - 1].lower) { k -= 2 }
    // "An Israeli air strike on Beirut's southern suburbs on Friday killed": past the phrases
    // of place and time after the act.
    if k >= 1, !items[k].isA(.act), let act = items[max(0, p - 9)..<k].lastIndex(where: { $0.isA(.act) }), items[act + 1].isA(.preposition),
      items[(act + 1)..<p].allSatisfy({ item in
        !item.is(.comma) && !item.endsClause && item.token.map { !$0.isA(.finiteVerb) && !$0.is(.that) && !$0.isA(.speechVerb) } ?? true
      })
    {
      k = act - 1
    }
    // "An Israeli air strike killed ...": the state's act before a verb stands for it.
    while k >= 0, Self.attackModifiers.contains(items[k].lower)
      || (k == p - 1 && items[k].isA(.act))
    {
      k -= 1
    }
    guard k >= 0, let token = items[k].token, token.isCapitalized, let state = demonymState(token) else { return nil }
    // "U.S. and British strikes": coordinated demonyms share the act.
    var states = [state]
    // "U.S." is read as the state's name.
    while k >= 2, items[k - 1].is(.and) || items[k - 1].is(.comma) {
      if let before = items[k - 2].token, before.isCapitalized, let other = demonymState(before) {
        states.insert(other, at: 0)
      } else if items[k - 2].isGroup, !items[k - 2].possessive, items[k - 2].actors.count == 1, typeOf(items[k - 2].actors[0]) == .state {
        states.insert(items[k - 2].actors[0], at: 0)
      } else {
        break
      }
      k -= 2
    }
    return states.uniqued()
  }

  /// "the government of President Hadi", "the regime of Bashar al-Assad": for the person of
  /// group `k` after such words, the state he leads on the article's date, else the one he led.
  func governedState(_ k: Int, in items: [SentenceItems.Item]) -> ActorID? {
    guard k >= 2, items[k].isGroup, items[k].actors.count == 1, typeOf(items[k].actors[0]) == .person else { return nil }
    var j = k - 1
    while j > 0, items[j].isA(.titleWord) { j -= 1 }
    guard j > 0, items[j].is(.of), ["government", "regime", "administration", "cabinet"].contains(items[j - 1].lower) else { return nil }
    let person = items[k].actors[0]
    return statesOf(person).first ?? statesLedEver(person).first
  }

  /// Nouns of trying, whose owner does what is tried ("Israeli attempts to blame").
  static let attemptNouns: WordSet = ["attempt", "attempts", "effort", "efforts", "bid", "bids", "moves"]

  /// Modifiers between a demonym and the act it stands for ("Israeli air strikes").
  static let attackModifiers: WordSet = [
    "air", "military", "new", "recent", "fresh", "major", "ground", "large", "scale", "-", "unilateral", "direct", "renewed", "drone",
    "missile", "rocket", "artillery", "naval",
  ]
}
