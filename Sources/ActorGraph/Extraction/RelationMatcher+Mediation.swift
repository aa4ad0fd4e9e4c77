/// Mediation: the parties of a brokered deal or of talks a third actor hosted, and the
/// mediators named by nouns ("the Qatari mediators") or through a channel ("through Oman").
extension RelationMatcher {
  /// The pair that "the deal" or "the talks" in the few words before `p` refers to.
  func referredPair(before p: Int, in items: [SentenceItems.Item]) -> [ActorID]? {
    let words = items[..<p].prefix(3).map(\.lower)
    if lastAgreeingParties.count == 2, words.contains(where: Vocabulary.dealNouns.contains) { return lastAgreeingParties }
    if lastMeetingPair.count == 2, words.contains(where: Vocabulary.talkNouns.contains) { return lastMeetingPair }
    return nil
  }

  /// The pair that agreed to the deal "the" or "this" names right after a verb of mediation
  /// ("brokered the truce", "brokering this rapprochement").
  func pairOfDeal(after q: Int, in items: [SentenceItems.Item]) -> [ActorID]? {
    guard lastAgreeingParties.count == 2, q + 2 < items.count, items[q + 1].is(.the) || items[q + 1].is(.that) || items[q + 1].lower == "this" else { return nil }
    func isDeal(_ k: Int) -> Bool { items[k].isA(.dealNoun) || items[k].lower == "rapprochement" }
    // "the peace deal": one word may qualify it.
    let noun = q + 3 < items.count && !isDeal(q + 2) ? q + 3 : q + 2
    guard isDeal(noun) else { return nil }
    // Not "brokered the ceasefire that ended the 2020 war": a deal described is another one.
    guard noun + 1 == items.count || items[noun + 1].endsClause || items[noun + 1].is(.comma) || items[noun + 1].is(.and) else { return nil }
    return lastAgreeingParties
  }

  /// The pairs of mediator and party a mediation pattern at `p..<q` names, the mediator taken
  /// from a demonym, a "by" phrase or the subject.
  func mediation(_ pattern: RelationPatterns.Pattern, _ items: [SentenceItems.Item], _ p: Int, _ q: Int, subject: Int?) -> [(ActorID, ActorID)] {
    var mediator: [ActorID]?
    // "under Russian mediation": a demonym right before the trigger.
    if let demonyms = demonymSubject(before: p, in: items) { mediator = demonyms }
    // "led by Russia", "the blessing of the Kremlin", "encouraged by Russia which ...".
    if mediator == nil {
      // ("..., the head of the SDF said, days after the fall of President Assad": an "of"
      // names a mediator only after a noun of mediation.)
      for k in (q + 1)..<items.count where items[k].is(.by) || (items[k].is(.of) && Self.mediationOfNouns.contains(items[k - 1].lower)) {
        // "hosted by (Emir) Tamim's government": what a person heads stands for the person's state.
        var g = k + 1
        while g < items.count, g - k <= 2, items[g].isA(.personTitle), !items[g].isGroup { g += 1 }
        if g + 1 < items.count, items[g].possessive, Self.headedBodies.contains(items[g + 1].lower),
          items[g].actors.allSatisfy({ typeOf($0) == .person })
        {
          mediator = items[g].actors.flatMap(statesOf).uniqued()
          break
        }
        // "hosted by NATO Secretary-General Jens Stoltenberg": the person the body's title names
        // (a state's, "Turkish President Erdogan", is read as the state's mediation).
        if g < items.count, items[g].isGroup, items[g].actors.allSatisfy({ typeOf($0) != .state }),
          let person = items[(g + 1)..<min(items.count, g + 5)].firstIndex(where: \.isGroup),
          items[(g + 1)..<person].allSatisfy({ $0.isA(.titleWord) || $0.isA(.personTitle) || $0.is(.hyphen) }),
          items[person].actors.allSatisfy({ typeOf($0) == .person })
        {
          mediator = items[person].actors
          break
        }
        // ("a ceasefire in the city of Manbij between ...": a place is no mediator.)
        if g < items.count, items[g].isGroup, !items[g].actors.contains(where: { typeOf($0) == .location }) { mediator = items[g].actors; break }
        if k + 2 < items.count, items[k + 1].is(.the), items[k + 2].isGroup, !items[k + 2].actors.contains(where: { typeOf($0) == .location }) {
          mediator = items[k + 2].actors
          break
        }
      }
    }
    if mediator == nil, let possessor = items[p...q].compactMap(\.possessor).first { mediator = possessor }
    // Named as the mediator's own words say, not only as the clause's subject.
    let namedMediator = mediator != nil
    if mediator == nil, !pattern.needsMediator, let subject {
      // "Egypt, Qatar push Israel and Hamas toward truce": a headline joins its subjects with a
      // comma (not "Yemen, the envoy ... talks between the Houthis and Hadi's government", where
      // the first name is one of the sides).
      let partner = headlinePartner(of: subject, in: items).map { items[$0].actors } ?? []
      let named = items[(subject + 1)...].filter(\.isGroup).flatMap(\.actors)
      mediator = (partner.contains(where: named.contains) ? [] : partner) + items[subject].actors
    }
    guard let mediator else { return [] }
    // The parties: a pair after the trigger, else any pair in the sentence.
    // A pair behind another mediator's compound ("a China-mediated deal under which Saudi
    // Arabia and Iran ...") is that mediator's, not this trigger's.
    func behindOtherMediator(_ c: Int) -> Bool {
      let between = c > q ? (q + 1)..<c : (c < p ? (c + 1)..<p : p..<p)
      return between.contains { i in i > 0 && items[i - 1].is(.hyphen) && Self.brokeredParticiples.contains(items[i].lower) }
    }
    // "brokered by Qatar with the help of Egypt and the United States": helpers are not parties.
    func helpers(_ c: Int) -> Bool {
      items[max(0, c - 3)..<c].contains { Self.helpWords.contains($0.lower) }
    }
    // Parties are named in the trigger's own clause ("..., but both sides failed" is another).
    let clauseEnd = items[(q + 1)...].firstIndex { $0.endsClause || $0.isA(.clauseOpener) } ?? items.count
    let candidates = items.indices.filter {
      $0 < clauseEnd && items[$0].actors.count >= 2 && items[$0].actors != mediator && !behindOtherMediator($0) && !helpers($0)
    }
    var parties: [ActorID]
    if let partyIndex = candidates.first(where: { $0 > q }) ?? candidates.first(where: { $0 > p }) ?? candidates.first {
      // Nor is a mediator's own state a party ("talks mediated by Erdogan ..., the three
      // countries said").
      let own = mediator.flatMap(statesOf)
      // "Khamenei ... to ease tensions between Washington and Tehran": one side of a pair
      // does not mediate between itself and the other.
      if items[partyIndex].actors.count == 2, !items[partyIndex].isOnly(.reference),
        items[partyIndex].actors.contains(where: { mediator.contains($0) || own.contains($0) })
      {
        return []
      }
      parties = items[partyIndex].actors.filter { !mediator.contains($0) && !own.contains($0) }
    } else if namedMediator, let pair = referredPair(before: p + 1, in: items),
      // ("The meeting in Baku, hosted by ...": a place is no party.)
      (!items[..<p].indices.contains(where: { items[$0].isGroup && !isPlace($0, in: items) })
        && items[..<p].prefix(3).map(\.lower).contains(where: ["the", "this", "that", "these"].contains))
        || (p >= 1 && Vocabulary.dealNouns.contains(items[p - 1].lower) && items[..<p].allSatisfy { !$0.isGroup || $0.actors.allSatisfy(pair.contains) })
    {
      // "The agreement, brokered by Turkey and the UN, ...": the pair that just agreed (the
      // trigger may be the noun itself: "The meeting, hosted by");
      // "The negotiations, mediated by Oman, ...": the pair that just held talks; "... with
      // Israel, a deal brokered by the United States": the pair Israel is one of.
      parties = pair.filter { !mediator.contains($0) }
    } else if namedMediator {
      // "Saudi Arabia, which restored ties with Iran in a deal mediated by China": no pair is
      // named together, but the clause before the trigger names exactly two actors.
      // The clause starts after a dateline ("ANKARA/BEIRUT (Reuters) - ...").
      var start = p
      // A dateline's dash ends it; a hyphen inside a word ("Saudi-backed") does not.
      while start > 0, !(items[start - 1].is(.period) || items[start - 1].is(.semicolon) || items[start - 1].is(.colon) || items[start - 1].is(.closeParen)), !items[start - 1].is(.hyphen) || isHyphenated(items, start) {
        start -= 1
      }
      // "met Netanyahu in Paris": the city is where they met, no party.
      let named = (start..<p).filter { items[$0].isGroup && !items[$0].possessivePronoun && !isPlace($0, in: items) }
        .flatMap { items[$0].actors }.filter { !mediator.contains($0) }.uniqued()
      guard named.count == 2 else { return [] }
      parties = named
    } else if let pair = pairOfDeal(after: q, in: items), !pair.contains(where: mediator.contains) {
      // "Qatar and Egypt brokered the truce": the pair that just agreed to it.
      parties = pair
    } else if lastWarPair.count == 2, Self.warNouns.contains(items[q].lower), !lastWarPair.contains(where: mediator.contains) {
      // "Qatar and the UN also worked to end the fighting": the war the article has told of.
      parties = lastWarPair
    } else {
      return []
    }
    // Officials meeting under mediation stand for their states, where they are of different ones.
    let states = parties.map { typeOf($0) == .person ? statesOf($0).first ?? stateOfDiscovered($0) : $0 }
    if states.allSatisfy({ $0 != nil }), Set(states.compactMap { $0 }).count == parties.count { parties = states.compactMap { $0 } }
    // "brokered by Qatar with the help of Egypt", "mediating ... alongside Qatar": the helpers
    // mediate too.
    let helping = items.indices.filter { $0 > q && $0 < clauseEnd && items[$0].isGroup && helpers($0) }.flatMap { items[$0].actors }
    let mediators = (mediator + helping.filter { !parties.contains($0) }).uniqued()
    return mediators.flatMap { m in parties.filter { $0 != m }.map { (m, $0) } }
  }

  /// Nouns after which "of" names who mediates ("the blessing of the Kremlin").
  static let mediationOfNouns: WordSet = ["blessing", "auspices", "aegis", "mediation", "sponsorship", "patronage", "efforts", "initiative", "invitation"]

  /// "Qatari and Egyptian mediators are working to secure a truce between Israel and Hamas":
  /// a group of mediators mediates for the next pair in its clause.
  func mediatorNouns(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for k in items.indices where items[k].isGroup && items[k].head.contains(.mediatorNoun) {
      var j = k + 1
      while j < items.count, !items[j].endsClause, !items[j].isA(.clauseOpener) {
        if items[j].actors.count >= 2 {
          let span = self.modality(items, from: k + 1, to: j)
          if span.negated || span.hypothetical { break }
          found += mediations(by: items[k].actors, between: items[j].actors)
          break
        }
        j += 1
      }
    }
    return found
  }

  /// "Beirut asked Hezbollah, through U.S. and European intermediaries, to", "Israel and Hamas
  /// negotiated via Qatari mediators": mediators named after "through" or "via" pass between
  /// the subject and object of the verb before.
  func mediationThrough(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for via in items.indices.dropFirst(2) where items[via].isA(.objectBlocker) && (items[via].lower == "through" || items[via].lower == "via") {
      let g = via + 1 < items.count && items[via + 1].is(.the) ? via + 2 : via + 1
      guard g < items.count, items[g].isGroup,
        items[g].head.contains(.mediatorNoun)
          || items[(g + 1)...].prefix(3).prefix(while: { !$0.isGroup && $0.token?.isWord == true }).contains(where: { $0.isA(.mediatorNoun) })
      else { continue }
      // The object may stand a few words back ("sent Hamas a new offer through").
      let object = items[max(0, via - 5)..<via].lastIndex(where: \.isGroup).flatMap { o in
        o >= 1 && !items[o].possessive && items[o - 1].token?.isWord == true && !items[(o + 1)..<via].contains(where: \.endsClause) ? o : nil
      }
      let verb = object.map { $0 - 1 } ?? via - 1
      guard verb >= 1, items[verb].token?.isWord == true, let subject = subjectIndex(before: verb, in: items) else { continue }
      let parties = (items[subject].actors + (object.map { items[$0].actors } ?? [])).uniqued().filter { !items[g].actors.contains($0) }
      guard parties.count >= 2 else { continue }
      found += mediations(by: items[g].actors, between: parties)
    }
    return found
  }

  /// Each mediator mediating for each party that is not one of the mediators.
  func mediations(by mediators: [ActorID], between parties: [ActorID]) -> [Found] {
    mediators.flatMap { m in parties.filter { !mediators.contains($0) }.map { Found(source: m, relation: .mediates, subtype: "mediates", cameo: "04", target: $0) } }
  }

  /// Participles of a deal someone else made ("US-brokered").
  static let brokeredParticiples: WordSet = ["mediated", "brokered"]
  /// Words before those who helped a mediator ("with the help of Egypt"), who are no parties.
  static let helpWords: WordSet = ["help", "support", "assistance", "backing", "alongside", "together"]
}
