/// Reading one matched pattern: who did it to whom, in what voice, coordination and
/// modality, and the relations the match asserts.
extension RelationMatcher {
  /// What pattern `index`, its trigger at items `p..<q`, asserts in a clause: the subject and
  /// object around the trigger in the pattern's form, their coordination and modality.
  func read(_ index: Int, _ items: [SentenceItems.Item], _ p: Int, _ q: Int) -> [Found] {
    let pattern = patterns.patterns[index]
    if isNoMatch(pattern, items, p, q) { return [] }
    // The object after the trigger, which most forms cannot do without: where there is none,
    // nor a relative clause before the trigger to give one ("the YPG, which Turkey backs",
    // "Assad, whose government Tehran backs"), nor (for a reciprocal verb) anyone before it to
    // have done it together, the pattern finds nothing, and the subject and modality need not
    // be worked out. About a third of the matches over the seed corpus end here.
    let directObject: Int? =
      switch pattern.form {
      case .active, .reciprocal: objectIndex(after: q, in: items, maxGap: pattern.maxGap)
      // "backed by the nationalist Victory Party": a determiner and one qualifying word.
      case .passive: objectIndex(after: q, in: items, maxGap: q + 1 < items.count && items[q + 1].is(.the) ? 2 : 1)
      case .between: objectIndex(after: q, in: items, maxGap: 1)
      case .mutual, .mediation, .leads: nil
      }
    // "Israel and Hamas accused each other", "have each accused the other": the subject's
    // actors are the object too.
    let eachOther = directObject == nil && (pattern.form == .active || pattern.form == .reciprocal) && namesEachOther(after: q, in: items)
    if directObject == nil, !eachOther {
      let relative = { items[..<p].contains { $0.is(.which) || $0.is(.whom) || $0.is(.that) || $0.is(.whose) } }
      switch pattern.form {
      case .passive, .between: return []
      case .active where !relative(): return []
      case .reciprocal where !relative() && !items[..<p].contains(where: \.isGroup): return []
      default: break
      }
    }
    // "a group linked to Kurdish militants waging an insurgency": a participle right after
    // fighters no name was given is theirs, and so is what it takes ("an insurgency"); so is
    // a verb after them that opens a clause ("broke off relations after protesters stormed").
    // (Cheap tests first: this runs for every pattern matched.)
    if case let v = p >= 2 && items[p - 1].isA(.determiner) ? p - 2 : p, v >= 1, !items[v - 1].isGroup,
      items[v].lower.hasSuffix("ing") || (v >= 2 && items[v - 2].isA(.subordinator)),
      items[v - 1].isA(.forceHead) || items[v - 1].isA(.memberNoun) || Self.unnamedFighters.contains(items[v - 1].lower)
    {
      return []
    }
    // "a Saudi delegation led by its ambassador", "Turkish troops commanded by": who leads a
    // state's delegation or troops does not lead the state; nor in "the Turkish delegation was
    // led by".
    if pattern.relation == .leads, pattern.form == .passive, p > 0,
      items[p - 1].isOnly(.forces) || (p > 1 && Self.auxiliaries.contains(items[p - 1].lower) && items[p - 2].isOnly(.forces))
    {
      return []
    }
    func make(_ s: ActorID, _ t: ActorID) -> Found {
      Found(source: s, relation: pattern.relation, subtype: pattern.subtype, cameo: pattern.cameo, target: t)
    }
    func pairs(_ sources: [ActorID], _ targets: [ActorID]) -> [Found] {
      Found.each(from: sources, to: targets, pattern.relation, subtype: pattern.subtype, cameo: pattern.cameo)
    }
    func within(_ group: [ActorID], mutual: Bool) -> [Found] {
      var result: [Found] = []
      for (a, x) in group.enumerated() {
        for y in group[(a + 1)...] where x != y {
          result.append(make(x, y))
          if mutual { result.append(make(y, x)) }
        }
      }
      return result
    }
    // "sanctions over support for the Houthis": a noun after a preposition of cause or topic
    // is someone else's act, not the clause subject's ("were in Moscow for talks" keeps it).
    // "vowed revenge after strikes on its consulate": so is a hostile or supporting act after
    // "after" ("met Putin after talks with Raisi" keeps the meeting, and "withdrew after clashes
    // with the YPG" the clash: an act of two sides takes in the one the clause is about).
    // "days before sanctions on Tehran were lifted": so is a noun right after "before" or "until".
    let insidePhrase = p > 0
      && (items[p - 1].isA(.causePreposition) || (items[p - 1].isA(.pendingSubordinator) && Self.timeBounds.contains(items[p - 1].lower))
        || (items[p - 1].isA(.sequelPreposition) && pattern.relation != .meets && !pattern.mutual))
      && !(items[p].lower.hasSuffix("ing"))
    // "in talks about normalising ties with Israel": an act one talks about is not done.
    if p > 0, items[p - 1].is(.on) || (items[p - 1].isA(.causePreposition) && Self.topicPrepositions.contains(items[p - 1].lower)),
      items[p].lower.hasSuffix("ing")
    {
      return []
    }
    // "an end to Western support for the rebels": a capitalised modifier that names no actor
    // is the act's agent, and the clause's subject is not.
    let otherAgent = p > 1 && !items[p - 1].isGroup && items[p - 1].token.map { token in
      // Not a seat that labels a track ("in Moscow talks").
      token.isWord && token.isCapitalized && demonymState(token) == nil && singleWordActor(token) == nil && !token.isA(.determiner) && !token.isA(.titleWord)
        && !Vocabulary.capitalisedNonNames.contains(token.lower)
    } == true
    // "criticised Arab states for restoring ties", "accused Tehran of supplying": a gerund after
    // a preposition is done by the one named right before it, if anyone.
    let gerundAfterPreposition = p > 1 && (items[p - 1].is(.for) || items[p - 1].is(.of) || items[p - 1].is(.by)) && items[p].lower.hasSuffix("ing")
    // "at odds over U.S. support for the YPG": a name between a preposition and a nominal
    // trigger is the act's agent ("ties with Egypt and Qatar met Bashagha": not a past verb's).
    let agentInPhrase = p >= 2 && items[p - 1].isGroup && !items[p - 1].possessivePronoun
      && (items[p - 2].isA(.causePreposition) || items[p - 2].is(.of) || items[p - 2].is(.with))
      && !items[p].lower.hasSuffix("ing") && !items[p].lower.hasSuffix("ed") && !Self.pastForms.contains(items[p].lower)
    // "Iran condemned (the) attacks on Syria": the act condemned is not the condemner's; nor is
    // one blamed on someone ("blamed the attack on the PKK").
    let condemnedAct = Self.isAttack(
      at: p, in: items, after: { Vocabulary.condemnVerbs.contains($0) || Self.blameVerbs.contains($0) }, within: 3,
      blockedBy: { $0.isGroup || $0.token?.isCapitalized == true })
    // "Iraqi PM survives drone attack on his home", "was wounded in a strike on": one who
    // survives or suffers an act is its target, not its agent (but one killed in an exchange of
    // fire was a party to it).
    let sufferedAct = Self.isAttack(at: p, in: items, after: Self.sufferingVerbs.contains, within: 4, blockedBy: \.isGroup)
    // "Erdogan has called the case a political attack on his government": what one calls an
    // act is no act of one's own.
    let epithetAct = Self.isAttack(at: p, in: items, after: Self.epithetVerbs.contains, within: 6, blockedBy: \.isGroup)
      && items[max(0, p - 3)..<p].contains { $0.is(.a) || $0.is(.an) }
    // "a scheme to evade American sanctions on Iran": a measure evaded is another's.
    let evadedMeasure = items[p].isA(.measureNoun) && items[max(0, p - 3)..<p].contains { Self.evadingVerbs.contains($0.lower) }
    let subject: Int?
    if agentInPhrase {
      subject = p - 1
    } else if insidePhrase || otherAgent || condemnedAct || (sufferedAct && !pattern.mutual) || epithetAct || evadedMeasure {
      subject = nil
    } else if let article = items[..<p].suffix(3).firstIndex(where: { $0.is(.a) || $0.is(.an) }), article >= 1, items[article - 1].is(.in),
      (pattern.form == .active || pattern.form == .reciprocal), items[p].token.map({ !$0.lower.hasSuffix("ed") }) == true
    {
      // "killed Nasrallah in an air strike on the group's headquarters": the strike is the
      // clause subject's, not that of the name before it.
      subject = clauseSubject(before: article - 1, in: items)
    } else if p > 0, items[p - 1].isA(.sequelPreposition) {
      // "Iraq bans the PKK after talks with Fidan": the talks are the clause subject's; "...,
      // Pence said after talks with Erdogan": the speaker's, whose clause it is.
      subject = p >= 3 && items[p - 2].isA(.speechVerb) && items[p - 3].isGroup ? p - 3 : clauseSubject(before: p - 1, in: items)
    } else if gerundAfterPreposition, p >= 3, items[p - 1].is(.of), Self.spanNouns.contains(items[p - 2].lower) {
      // "took Shabwa after days of fighting with Islah": a span of the act is the clause subject's.
      let span = items[p - 3].isA(.subordinator) || items[p - 3].isA(.preposition) ? p - 3 : p - 2
      subject = clauseSubject(before: span, in: items)
    } else if gerundAfterPreposition {
      // "The UAE has been accused by UN experts of arming the RSF": the one accused acts.
      let accusedInPassive = items[max(0, p - 8)..<p].indices.contains { i in
        i > 0 && Self.accusationParticiples.contains(items[i].lower) && ["been", "is", "was", "were", "are", "being"].contains(items[i - 1].lower)
      }
      // "the UAE, accused by UN experts of supplying the RSF": the name before the participle.
      // "Atilla, a Halkbank executive convicted of helping Iran": past a short appositive.
      func nameBefore(_ i: Int) -> Int? {
        if i > 1, items[i - 1].is(.comma), items[i - 2].isGroup { return i - 2 }
        guard let a = items[max(0, i - 5)..<i].lastIndex(where: { $0.is(.a) || $0.is(.an) }), a >= 2, items[a - 1].is(.comma), items[a - 2].isGroup,
          !items[(a + 1)..<i].contains(where: { $0.is(.comma) })
        else { return nil }
        return a - 2
      }
      let accusedAfterName = items[max(0, p - 8)..<p].indices.last { i in Self.accusationParticiples.contains(items[i].lower) && nameBefore(i) != nil }
        .flatMap(nameBefore)
      // "accused the UAE of complicity in genocide by backing the RSF", "accused Iran of
      // aggression for supplying missiles": the one accused of what the gerund explains.
      // ("accused Iran on Monday of": past the day.)
      func accused(before of: Int) -> Int { of >= 3 && !items[of - 1].isGroup && items[of - 2].is(.on) ? of - 3 : of - 1 }
      let accusedObject = items[p - 1].is(.by) || items[p - 1].is(.for) ? items[max(2, p - 10)..<max(2, p - 1)].indices.last { i in
        let g = accused(before: i)
        return items[i].is(.of) && g >= 1 && items[g].isGroup && Self.accusingVerbs.contains(items[g >= 2 && items[g - 1].is(.the) ? g - 2 : g - 1].lower)
      }.map(accused(before:)) : nil
      subject = accusedAfterName ?? accusedObject ?? (accusedInPassive ? subjectIndex(before: p, in: items) : (items[p - 2].isGroup ? p - 2 : nil))
    } else if p >= 3, items[p - 1].is(.to), Self.attemptNouns.contains(items[p - 2].lower), let owner = items[p - 3].token, owner.isWord, owner.isCapitalized {
      // "opposed Western efforts to sanction Damascus": the efforts' owner, named by no actor,
      // acts, not the clause's subject.
      subject = nil
    } else if pattern.form == .active, p >= 1, p + 1 < items.count, items[p + 1].is(.to), items[p].lower.hasSuffix("ed"), Self.describedNouns.contains(items[p - 1].lower) {
      // "bombed groups opposed to Assad": a participle right after a plain noun describes the
      // noun, which names no actor; "Islamic State and other groups opposed to" the one named
      // with them too.
      guard p >= 4, items[p - 2].lower == "other", items[p - 3].is(.and), items[p - 4].isGroup else { return [] }
      subject = p - 4
    } else {
      let nearest = phraseAgent(before: p, nearest: subjectIndex(before: p, in: items), in: items)
      subject = infinitiveAgent(before: p, nearest: nearest, in: items) ?? nearest
    }
    // "an escalation that Iraqi officials said also killed Muhandis": those who said it, set
    // inside a relative clause, did not do what its verb says.
    if let subject, subject >= 1, items[subject - 1].is(.that) || items[subject - 1].is(.which), subject + 1 < p, items[subject + 1].isA(.speechVerb),
      items[(subject + 2)..<p].allSatisfy({ item in item.is(.also) || item.token.map { $0.isWord && $0.lower.hasSuffix("ly") } == true })
    {
      return []
    }
    // "called the United States a partner of Islamic State": an epithet, no tie.
    if pattern.relation == .backs, let subject, case let verb = subject >= 2 && items[subject - 1].is(.the) ? subject - 2 : subject - 1, verb >= 0,
      Self.epithetVerbs.contains(items[verb].lower)
    {
      return []
    }
    // "the GNA's rivals, led by Khalifa Haftar": who leads the subject's rivals or allies does
    // not lead the subject ("Mali's junta, led by" does).
    if pattern.relation == .leads, pattern.form == .passive, let subject, items[subject].possessive, subject + 1 < p,
      case let noun = items[subject + 1].lower, Vocabulary.rivalNouns.contains(noun) || Vocabulary.allyNouns.contains(noun) || Vocabulary.patronNouns.contains(noun)
    {
      return []
    }
    // Modals are looked for from a little before the subject ("Any deal would see Qatar fund
    // Hamas"); negation only after it. A relative clause between the subject and the trigger
    // has its own modality ("The SDF, which fears it would be next, was attacked").
    var start = relativeClause(before: p, in: items).map { $0.clause.upperBound } ?? subject.map { $0 + 1 } ?? max(0, p - 6)
    // "said he would not withdraw, accusing Khartoum of": a participle after a comma opens a
    // clause with its own modality.
    if p >= 1, items[p - 1].is(.comma), let verb = items[p].token, verb.isWord, !verb.isCapitalized, verb.lower.hasSuffix("ing") { start = max(start, p) }
    // "Koury, who has been trying to ..., met Haftar and held talks with": the same further on.
    if let subject, subject + 2 < p, items[subject + 1].is(.comma), (items[subject + 2].is(.who) || items[subject + 2].is(.which)),
      let close = items[(subject + 3)..<p].firstIndex(where: { $0.is(.comma) })
    {
      start = max(start, close + 1)
    }
    var modality = self.modality(items, from: start, to: q, trigger: p)
    if let subject, !items[max(0, subject - 4)..<subject].contains(where: { $0.is(.comma) }) {
      let before = self.modality(items, from: max(0, subject - 4), to: subject)
      modality.hypothetical = modality.hypothetical || before.hypothetical
      modality.continuing = modality.continuing || before.continuing
    }
    // "before he meets Erdogan": what follows "before", "until" or "unless" in the present is
    // not done yet.
    if let subject, subject > 0, items[subject - 1].isA(.pendingSubordinator), let verb = items[p].token,
      !verb.lower.hasSuffix("ed"), !Self.pastForms.contains(verb.lower)
    {
      return []
    }
    // "asked Turkey to normalise ties": what the subject is asked or urged to do is not done.
    // "urged the Security Council to press Ethiopia": pressure wished on someone is the wisher's.
    var wisher: Int?
    // "prompting U.S. strikes on": an act prompted, not one someone was prompted to do, was done.
    if let subject, subject > 0, case let verb = items[subject - 1].is(.the) ? subject - 2 : subject - 1, verb >= 0, items[verb].isA(.wishVerb),
      !(items[verb].lower == "prompting" && !items[subject..<p].contains(where: { $0.is(.to) }))
    {
      modality.wished = true
      if pattern.relation == .opposes { wisher = subjectIndex(before: verb, in: items) }
    }
    // "opposed restoring relations with Assad": a refused act is not asserted.
    // "ruled out (direct) negotiations with Washington": so is one ruled out.
    let ruledOut = (max(0, p - 3)..<p).contains { k in k >= 1 && items[k].lower == "out" && ["ruled", "rules", "rule", "ruling"].contains(items[k - 1].lower) }
    // "suspended military contacts with Ankara": so is one halted, past the words qualifying it.
    // "resisted calls to normalise relations with Assad": what one refuses to be pressed into.
    let pressedInto = p > 3 && items[p - 1].is(.to) && items[p - 3].isA(.refusalVerb) && Self.pressureNouns.contains(items[p - 2].lower)
    let refused = ruledOut || pressedInto || (p > 1 && items[p - 1].is(.to) && items[p - 2].isA(.refusalVerb)) || (max(0, p - 3)..<p).contains { k in
      items[k].isA(.refusalVerb) && items[(k + 1)..<p].allSatisfy { item in
        // Not "ended the war between", "ended months of fighting": a war that was.
        item.token.map { $0.isWord && !$0.isCapitalized && !$0.is(.and) && !$0.is(.or) && !$0.isA(.determiner) && !$0.isA(.preposition) } == true
      }
    }
    // "Jordan cancels summit with Biden", "called off the talks with": a meeting called off is
    // not held.
    // "suspended high-level contacts with": talks put on hold are not held either (a
    // compound's hyphen is one of the words between).
    let cancelled = (max(0, p - 4)..<p).contains { k in
      (items[k].isA(.cancelWord) || (pattern.relation == .meets && Self.suspendingVerbs.contains(items[k].lower)))
        && items[(k + 1)..<p].allSatisfy { $0.token.map { $0.isWord || $0.is(.hyphen) } == true && !$0.isGroup }
    }
      // "ended their boycott of Qatar", "suspended its support for the rebels": a measure or
      // support ended is none given (not "called on it to end its support", "refuses to end
      // it": that one is there).
      || ((pattern.subtype == "sanctions" || pattern.relation == .backs)
        && (max(0, p - 3)..<p).contains { w in Self.endingVerbs.contains(items[w].lower) && !(w >= 1 && items[w - 1].is(.to)) })
    let negated = modality.negated || refused || cancelled || (subject.map { items[$0].negated || isDenied(before: $0, in: items) } ?? false)
    if pattern.needsNegation != negated { return [] }
    // "Israel will not allow Turkey to ...": a refusal is a stance now, whatever its tense.
    if modality.hypothetical, !pattern.needsNegation { return threat(pattern, items, p, q, subject: subject) }
    if modality.wished, pattern.form != .mediation, pattern.relation != .opposes { return [] }
    // "offered to mediate": the mediation is on offer, not done ("trying to broker" is doing it).
    if pattern.form == .mediation, p >= 2, items[p - 1].is(.to), Self.offerVerbs.contains(items[p - 2].lower) { return [] }

    /// The actors of an object: a group's, or the state of a demonym standing for its act.
    func actors(_ index: Int) -> [ActorID] {
      // "talks with Houthi leader Abdul-Malik al-Houthi's political council": what a person
      // heads stands for the person's state or group.
      if items[index].possessive, items[index].actors.allSatisfy({ typeOf($0) == .person }) {
        var n = index + 1
        if n < items.count, items[n].lower == "political" { n += 1 }
        if n < items.count, Self.headedBodies.contains(items[n].lower) { return items[index].actors.flatMap(statesOf).uniqued() }
      }
      // "ousted the government of President Hadi" (written after he left office): the government
      // was the state's. One in office stays the object himself ("battling the government of
      // Bashar al-Assad" opposes Assad).
      if let led = governedState(index, in: items), statesOf(items[index].actors[0]).isEmpty { return [led] }
      // "defending the Syrian border town": a place of a state is no act of support for it
      // (an attack on one is an attack on the state).
      if pattern.relation != .opposes, items[index].isOnly(.forces) && items[index].head.contains(.settlementNoun) || isSettlement(after: index, in: items) {
        return []
      }
      if items[index].isGroup { return items[index].actors }
      return items[index].token.flatMap(demonymState).map { [$0] } ?? []
    }
    switch pattern.form {
    case .active, .reciprocal:
      var object = directObject
      // "seizes cargo from Moscow": a seat after "from" says where the thing came from.
      if items[q].is(.from), let o = object, items[o].isOnly(.seat), pattern.subtype == "seizes" { return [] }
      // "talks on Libya", "meeting to discuss a U.S. proposal": what a meeting is about is not
      // a party to it.
      if pattern.relation == .meets, let o = object,
        items[(q + 1)..<o].contains(where: { ["on", "about", "over", "regarding", "concerning"].contains($0.lower) })
          || (q + 1..<o).contains(where: { j in
            items[j].is(.to) && j + 1 < o && items[j + 1].token.map { $0.isWord && !$0.isCapitalized && !$0.isA(.determiner) } == true
          })
      {
        object = nil
      }
      // "told Israel's envoy not to return", "told the ambassador to leave": an order, no talks.
      if pattern.relation == .meets, Self.tellingVerbs.contains(items[p].lower), let o = object {
        // Past the noun a possessive governs ("Israel's envoy").
        let a = items[o].possessive && o + 1 < items.count && items[o + 1].token?.isWord == true ? o + 2 : o + 1
        if a < items.count, items[a].is(.to) || (items[a].lower == "not" && a + 1 < items.count && items[a + 1].is(.to)) { return [] }
      }
      // "The SDF, which Washington backs, hold Raqqa": what follows the comma is the main
      // clause's, and the verb's object is the one the relative clause describes.
      if object != nil, q + 1 < items.count, items[q + 1].is(.comma), pattern.after.isEmpty, let subject,
        let described = gappedObject(of: subject, trigger: q, in: items)
      {
        object = described
      }
      // "the YPG militia, which Turkey considers a terrorist group", "the PKK, a group that
      // Turkey lists as terrorist": the object is the one the relative clause describes, and
      // the words the pattern wants follow the trigger.
      var afterFrom = object.map { $0 + 1 }
      if object == nil, !pattern.after.isEmpty, let subject,
        let described = relativeObject(of: subject, in: items) ?? gappedObject(of: subject, trigger: q, in: items)
      {
        object = described
        afterFrom = q + 1
      }
      // "the SDF, a Kurdish-led militia that Washington armed": the verb's object is the one
      // the relative clause describes.
      if object == nil, pattern.after.isEmpty, let subject, let described = gappedObject(of: subject, trigger: q, in: items) {
        object = described
      }
      if let afterFrom, !pattern.after.isEmpty {
        // "hosted the leaders of Hamas": the wanted word may also come before the object.
        let following = items[afterFrom...].prefix(5).map(\.lower) + (object.map { $0 > q ? items[(q + 1)..<$0].map(\.lower) : [] } ?? [])
        guard following.contains(where: pattern.after.contains) else { return [] }
        // "pushed the two countries back together": a reunion, not a push back.
        if pattern.relation == .opposes, let back = following.firstIndex(of: "back"), back + 1 < following.count, following[back + 1] == "together" { return [] }
        // "said the accord was illegal", "says the U.S. presence in Syria is illegal": the
        // verdict follows the object's phrase and "was", in the same clause. "said American
        // forces must leave": so does a demand, after "must" or "should".
        if pattern.afterCopula {
          guard let o = object, o > q,
            let be = items[(o + 1)...].prefix(6).prefix(while: { !$0.is(.comma) && !$0.is(.that) && !$0.endsClause }).firstIndex(where: {
              Self.beForms.contains($0.lower) || Self.obligationModals.contains($0.lower)
            }),
            items[(be + 1)...].prefix(3).contains(where: { pattern.after.contains($0.lower) })
          else { return [] }
        }
        // "called his Syrian counterpart a terrorist": a call that names someone is no phone call.
        if pattern.relation == .meets, items[p].lower.hasPrefix("call"), let o = object, o + 1 < items.count, items[o + 1].is(.a) || items[o + 1].is(.an) {
          return []
        }
        // "called on its ally to end its cooperation with ...": ending a tie is no withdrawal.
        if pattern.subtype == "demands_withdrawal", following.contains(where: Self.tieNouns.contains) { return [] }
        // "called on both sides to end the fighting", "pressed Riyadh to end the war": a call
        // for a truce takes no side ("to end its war" still opposes the one waging it).
        // "urged the two sides to stop": nor does a call on both.
        if pattern.subtype == "demands_withdrawal",
          following.contains(where: Self.hostilityNouns.contains) || object.map({ items[$0].isOnly(.reference) && items[$0].actors.count == 2 }) == true
            || following.indices.contains(where: { following[$0] == "war" && $0 > 0 && following[$0 - 1] == "the" })
        {
          return []
        }
      } else if !pattern.after.isEmpty {
        return []
      }
      // "A bomb tore through a meeting of Assad's officials, killing his defence minister": a
      // participle after a comma is its clause's, and a possessor is no clause's subject.
      let possessorOfParticiple = subject.map { items[$0].possessive } == true && p >= 1 && items[p - 1].is(.comma)
        && items[p].token.map { $0.isWord && !$0.isCapitalized && $0.lower.hasSuffix("ing") } == true
      // "the president ordered a Turkish incursion into Syria": the demonym on the trigger is its agent.
      // "attacks on Israel by the Houthis": an agent after the object, behind "by".
      var sources = wisher.map { items[$0].actors } ?? participleAgent(of: p, in: items) ?? demonymSubject(before: p, in: items)
        ?? nominalAgent(of: p, object: object, in: items) ?? (possessorOfParticiple ? nil : subject.map { items[$0].actors }) ?? []
      if pattern.relation == .opposes, let helped = helpedAgent(before: p, in: items) { sources += items[helped].actors }
      // "Alimi and Zubaidi, who also leads the STC": a verb in the singular is the last one's.
      if let subject, sources.count > 1, sources == items[subject].actors, isSingularRelative(after: subject, trigger: p, in: items) {
        sources = [sources[sources.count - 1]]
      }
      sources = ofTypes(sources, pattern.sourceTypes)
      if pattern.form == .reciprocal {
        // "held separate talks with each of them", "met separately with Putin": those who did so
        // did not meet each other.
        let separate = items[max(0, p - 2)..<min(items.count, q + 3)].contains { $0.lower == "separate" || $0.lower == "separately" }
        // "X and Y both welcomed the move", "told reporters": a verb that wants a person (or
        // state) object says nothing of the pair without one.
        if object == nil, !pattern.groupOnly, pattern.objectTypes != nil { return [] }
        if pattern.groupOnly || object == nil {
          guard let subject else { return [] }
          // "Israel and Hamas near a truce as Cairo talks resume": a trigger in a clause of its
          // own is not what the pair before it did.
          if subject + 1 < p, items[(subject + 1)..<p].indices.contains(where: { opensClauseOfItsOwn($0, in: items) }) { return [] }
          // "Turkey, Russia agree ceasefire": a headline joins its subjects with a comma.
          if sources == items[subject].actors, let partner = headlinePartner(of: subject, in: items) {
            sources = ofTypes(items[partner].actors + sources, pattern.sourceTypes)
            guard sources.count >= 2, sources.count == items[partner].actors.count + items[subject].actors.count else { return [] }
          } else {
            guard items[subject].actors.count >= 2, sources.count == items[subject].actors.count else { return [] }
          }
          // "Germany and the UN hosted talks": hosts do not meet each other; the mediation
          // patterns read who they brought together.
          if items[max(subject + 1, p - 6)...p].contains(where: { $0.isA(.hostVerb) }) { return [] }
          // "X, Y and Z agreed to restore ties with Qatar": the deal is with the one named after
          // "with", not among those who made it (who meet with someone meet each other too).
          if !["meets", "consults"].contains(pattern.subtype), hasCounterpart(after: q, in: items) { return [] }
          if separate { return [] }
          // "Armenia and Azerbaijan signed a deal to end six weeks of fighting": those who agree
          // to end a war were waging it.
          let war = pattern.subtype == "agrees" && endsWar(after: q, in: items)
          // "reached a deal to normalise relations, ending a six-year rift": so were those who
          // end a rift at odds.
          let rift = pattern.subtype == "agrees" && !war && endsRift(after: q, in: items)
          return within(sources, mutual: false) + (war ? within(sources, mutual: true).map(\.asFight) : [])
            + (rift ? within(sources, mutual: true).map(\.asRivals) : [])
        }
        guard let object else { return [] }
        var targets = actors(object) + alsoOf(object, in: items)
        // "called the Emir of Qatar": a role the article names no one for stands for its state,
        // and is a person to the verbs that want one; so is a state's delegation ("received
        // the Saudi delegation").
        if !(items[object].isGroup && (items[object].kinds.allSatisfy({ $0 == .role }) || items[object].head.contains(.envoyNoun))) {
          targets = ofTypes(targets, pattern.objectTypes)
        }
        // "Akar and his Syrian counterpart met with Shoigu": those who met someone together met
        // each other too; those who each signed a deal or restored ties with someone did not.
        let together = ["meets", "consults"].contains(pattern.subtype) && !targets.isEmpty && !separate ? within(sources, mutual: false) : []
        return pairs(sources, targets) + together
      }
      if eachOther, let subject, sources.count >= 2, sources == ofTypes(items[subject].actors, pattern.sourceTypes) {
        return within(ofTypes(sources, pattern.objectTypes), mutual: true)
      }
      guard let object else { return [] }
      // "attacks against U.S. troops by Iran-backed militias": an act with no agent before it
      // may name one after its target.
      if sources.isEmpty, subject == nil, let by = items[(object + 1)...].prefix(3).firstIndex(where: { $0.is(.by) }), by + 1 < items.count,
        items[(object + 1)..<by].allSatisfy({ !$0.isGroup })
      {
        sources = ofTypes(actors(by + 1), pattern.sourceTypes)
      }
      var targets = actors(object) + alsoOf(object, in: items)
      targets = ofTypes(targets, pattern.objectTypes)
      // "summoned Morocco's ambassador, Karima Benyaich": a protest to an envoy is to the state
      // that sent her.
      if pattern.subtype == "protests", object >= 3, items[object - 1].is(.comma), Self.envoyNouns.contains(items[object - 2].lower),
        items[object - 3].possessive, items[object - 3].actors.allSatisfy({ typeOf($0) == .state })
      {
        targets = items[object - 3].actors
      }
      // "Iraq summoned Sabhan", named earlier as "Saudi Arabia's ambassador": so is a protest to
      // an official of another state whom the lexicon does not know.
      if pattern.subtype == "protests" {
        targets = targets.map { typeOf($0) == .person ? stateOfDiscovered($0) ?? $0 : $0 }
      }
      // "Haftar's assault on Tripoli": a capital attacked by the state's non-state enemies
      // stands for the government seated there, where the lexicon names one.
      if pattern.relation == .opposes, items[object].isOnly(.seat), !sources.isEmpty, sources.allSatisfy({ typeOf($0) != .state }) {
        targets = targets.map { seatedGovernment($0) ?? $0 }
      }
      // "Washington backs the SDF in the fight against IS": who backs a fighter in its fight
      // fights too.
      var backers: [ActorID] = []
      if pattern.relation == .opposes, let subject, p >= 2, items[p - 2].is(.in) || items[max(0, p - 3)].is(.in),
        let verb = items[max(0, subject - 6)..<subject].lastIndex(where: { Vocabulary.backingVerbs.contains($0.lower) }),
        !items[verb..<subject].contains(where: { $0.is(.comma) || $0.is(.semicolon) || $0.is(.colon) || $0.is(.period) }),
        let backer = subjectIndex(before: verb, in: items), backer != subject
      {
        backers = items[backer].actors
      }
      // "Hezbollah, an ally of Iran" reads as "Iran's ally Hezbollah": of a state and a group,
      // the state backs.
      if pattern.subtype == "allies", items[q].is(.of), Tie(items[p]) == .ally {
        return sources.flatMap { s in targets.filter { $0 != s }.map { backing(possessor: $0, other: s, tie: .ally, equalsBackedBy: .possessor) } }
      }
      // "X clashed with Y": hostility both ways.
      // "Saree said the group would continue to target Israel": an attack said to go on is
      // done, and promised by the one who said it.
      return pairs(sources + backers, targets) + (pattern.mutual ? pairs(targets, sources) : [])
        + (modality.continuing ? threat(pattern, items, p, q, subject: subject) : [])
    case .passive:
      // "signed the deal after talks hosted by Egypt's foreign minister": the host of talks
      // brought the parties together (the mediation patterns read it), and met neither.
      if pattern.subtype == "hosts", p > 0, Vocabulary.talkNouns.contains(items[p - 1].lower) { return [] }
      guard let object = directObject else { return [] }
      var sources = actors(object)
      // "the army, led by General Burhan, and the RSF": a leader named is no member group, nor
      // is whoever is coordinated with him.
      if pattern.relation == .partOf, sources.contains(where: { typeOf($0) == .person }) { return [] }
      sources = ofTypes(sources, pattern.sourceTypes)
      // "Kurdish forces, which control much of Syria with the backing of the US": the subject
      // is backed, not a place named in between; "rebels backed by Turkey" the group before.
      // "the SDF, an alliance of Kurdish and Arab militias dominated by": in an appositive, what
      // the appositive describes, however long its noun phrase.
      let nearest = nearestGroup(before: p, in: items) ?? describedByAppositive(before: p, in: items)
      let adverbial = ["with", "thanks"].contains(items[p].lower)
      let adjacent = nearest.map { n in items[(n + 1)..<p].allSatisfy { $0.is(.comma) || $0.is(.hyphen) } } ?? false
      // "The militia is funded by Iran": after an auxiliary, the subject of the clause.
      var b = p - 1
      while b >= 0, items[b].token.map({ $0.isWord && $0.lower.hasSuffix("ly") }) == true { b -= 1 }
      let afterAuxiliary = b >= 0 && Self.beForms.contains(items[b].lower)
      // "Egypt, which backs Burhan, and the UAE, accused by UN experts of": a participle right
      // after a name and a comma is that name's.
      // ("Kilicdaroglu, who leads the CHP, won the backing of": not one inside a relative clause.)
      let relative = relativeClause(before: p, in: items)
      let appositive = adjacent && p > 0 && items[p - 1].is(.comma) && (relative.map { items[$0.clause].contains { $0.is(.comma) } } ?? true)
      let described = (appositive ? nil : relative?.antecedent)
        ?? (adverbial ? clauseSubject(before: p, in: items) : !adjacent && afterAuxiliary ? subjectIndex(before: p, in: items) : nil)
      // "an armed group aligned with Haftar": alignment is said of the name just before, of an
      // appositive naming it ("the 444th Brigade, a force aligned with"), or of a clause's
      // subject, never of a name further back.
      if pattern.subtype == "allies", described == nil, let n = nearest, !adjacent {
        let between = items[(n + 1)..<p]
        let appositive = between.count >= 3 && between.count <= 5 && between.first?.is(.comma) == true
          && (items[n + 2].is(.a) || items[n + 2].is(.an)) && between.dropFirst(2).allSatisfy { $0.token.map { $0.isWord && !$0.isCapitalized } == true }
        if !appositive { return [] }
      }
      guard let target = described ?? nearest else { return [] }
      // "the UN mission, headed by Stephanie Koury": a unit named after the actor is what is led.
      if pattern.relation == .leads, target + 1 < p, Self.unitNouns.contains(items[target + 1].lower) { return [] }
      var targets = items[target].actors
      // "Hezbollah and the allied Amal Movement, led by Nabih Berri": one leader leads the one
      // named last.
      if pattern.relation == .leads, sources.count == 1, targets.count > 1 { targets = [targets[targets.count - 1]] }
      // "Ankara and Washington, which has relied on the YPG": a verb in the singular is the
      // last one's.
      if targets.count > 1, isSingularRelative(after: target, trigger: p, in: items) { targets = [targets[targets.count - 1]] }
      targets = ofTypes(targets, pattern.objectTypes)
      return pairs(sources, targets) + (pattern.mutual ? pairs(targets, sources) : [])
    case .between:
      guard let object = directObject, actors(object).count >= 2 else { return [] }
      // "a truce between Israel and Hezbollah" says they fought; one between "the two sides"
      // says it of a pair read from elsewhere, too uncertain to say they fought.
      if Self.truceNouns.contains(items[p].lower), items[object].isOnly(.reference) { return [] }
      // "relations between Ankara and Baghdad have been strained": the words the pattern wants
      // follow the pair.
      if !pattern.after.isEmpty, !items[(object + 1)...].prefix(4).contains(where: { pattern.after.contains($0.lower) }) { return [] }
      // "an agreement between Iran and the United States, Russia, China, ...": the first with
      // each of the list, not the list's members with each other.
      if items[object].firstApart, case let all = actors(object), all == items[object].actors {
        return pairs([all[0]], Array(all.dropFirst())) + (pattern.mutual ? pairs(Array(all.dropFirst()), [all[0]]) : [])
      }
      return within(actors(object), mutual: pattern.mutual)
    case .mutual:
      // "Iran's regional rivals Saudi Arabia and the UAE", "protested to regional rivals X and Y":
      // the possessor's or the subject's rivals, not each other's.
      if p > 0, items[p - 1].possessive || items[p - 1].isPossessivePronoun || Self.rivalsOfSubject.contains(items[p - 1].lower) { return [] }
      // "hosted talks between the warring parties": the pair is named elsewhere, if at all.
      // "talks between the two warring sides": the sides are named elsewhere, if at all.
      if items[max(0, p - 2)..<p].contains(where: { $0.is(.between) || $0.is(.among) || $0.is(.of) })
        || items[max(0, p - 3)..<p].contains(where: { $0.is(.between) || $0.is(.among) })
      {
        return []
      }
      // "Egypt and Bahrain severed ties with Qatar", "exchanged fire with the army": what is
      // done with another is not between the two.
      if q + 1 < items.count, items[q + 1].is(.with) { return [] }
      // "Turkey and Russia fought the Islamic State": a fight with an object is against it.
      // "discussed the fight against terrorist groups": nor is the noun after a determiner.
      if pattern.subtype == "fights", objectIndex(after: q, in: items, maxGap: 1) != nil || (p > 0 && items[p - 1].isA(.determiner)) { return [] }
      if let subject, items[subject].actors.count >= 2 { return within(items[subject].actors, mutual: true) }
      var k = q + 1
      while k < items.count, k <= q + 5, !items[k].isGroup, items[k].is(.comma) || items[k].is(.the) || items[k].isA(.titleWord) {
        k += 1
      }
      if k < items.count, items[k].actors.count >= 2 { return within(items[k].actors, mutual: true) }
      return []
    case .mediation:
      return mediation(pattern, items, p, q, subject: subject).map { make($0.0, $0.1) }
    case .leads:
      return []
    }
  }

  /// Forms of "blame".
  static let blameVerbs: WordSet = ["blamed", "blames", "blame", "blaming"]

  /// Plural nouns of fighters and crowds besides `Vocabulary.memberNouns` that, unnamed, do
  /// what a participle or a clause's verb after them says.
  static let unnamedFighters: WordSet = ["insurgents", "separatists", "jihadists", "paramilitaries", "protesters", "protestors", "demonstrators", "rioters", "crowds"]
  /// Verbs that accuse their object of what follows "of" ("accused Iran of").
  static let accusingVerbs: WordSet = ["accused", "accuses", "accuse", "accusing", "blamed", "blames", "blaming", "charged", "suspected"]
  /// Participles that accuse their subject of a gerund after "of" ("accused of arming").
  static let accusationParticiples: WordSet = ["accused", "suspected", "blamed", "charged", "convicted", "indicted"]
  /// Spans of time an act fills ("after days of fighting").
  static let spanNouns: WordSet = ["hours", "days", "weeks", "months", "years", "decades", "nights"]

  /// Nouns for fighting itself, which a call to end asks of everyone.
  static let hostilityNouns: WordSet = ["fighting", "hostilities", "violence", "clashes", "bloodshed", "escalation"]

  /// Nouns of a halt to fighting, which say that those it is between fought.
  static let truceNouns: WordSet = ["ceasefire", "ceasefires", "truce", "truces", "armistice"]

  /// Verbs that put talks on hold ("EU suspends talks with Turkey"); attacks suspended were made.
  static let suspendingVerbs: WordSet = ["suspend", "suspends", "suspended", "suspending", "freeze", "freezes", "froze", "frozen", "freezing"]
  /// Prepositions after which a pair of rivals are the subject's ("protested to regional rivals").
  static let rivalsOfSubject: WordSet = ["to", "with", "against", "toward", "towards"]
  /// Verbs that end a measure or take support back ("lifted the embargo", "withdrew its backing").
  static let endingVerbs: WordSet = [
    "ended", "end", "ends", "ending", "lifted", "lift", "lifts", "lifting", "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing",
    "suspended", "suspend", "suspends", "suspending", "halted", "halt", "halts", "halting", "dropped", "drop", "drops", "dropping",
    "abandoned", "abandon", "abandons", "abandoning",
  ]

  /// Nouns of a tie between two ("cooperation", "ties"): ending one is no withdrawal.
  static let tieNouns: WordSet = ["cooperation", "ties", "relations", "talks", "dialogue", "support", "partnership", "contacts"]

  /// What presses one to act ("resisted calls to", "rejected pressure to").
  static let pressureNouns: WordSet = ["calls", "call", "demands", "pressure", "requests", "appeals", "efforts", "attempts", "proposals", "invitations"]

  /// Plural nouns a participle may describe ("groups opposed to Assad", "countries allied to").
  static let describedNouns: WordSet = [
    "groups", "factions", "militias", "movements", "parties", "fighters", "militants", "insurgents", "rebels", "countries", "states",
    "nations", "governments", "those", "figures", "politicians", "lawmakers", "clerics", "tribes", "elements", "officers", "activists",
  ]
  /// Units of an actor named after it ("the UN mission"), led by their own heads.
  static let unitNouns: WordSet = ["mission", "missions", "delegation", "team", "office", "wing", "branch", "embassy", "envoy"]
  /// Verbs of offering, after which a mediation is on offer, not done ("offered to mediate").
  static let offerVerbs: WordSet = ["offered", "offers", "offer", "offering", "proposed", "proposes", "volunteered"]

  /// Prepositions of topic besides "on", after which a gerund is talked of, not done.
  static let topicPrepositions: WordSet = ["about", "regarding", "concerning"]

  /// Verbs of getting round a measure ("evade sanctions", "busting the blockade").
  static let evadingVerbs: WordSet = [
    "evade", "evaded", "evades", "evading", "circumvent", "circumvented", "circumventing", "bypass", "bypassed", "bypassing", "bust", "busting",
    "skirt", "skirted", "skirting", "violate", "violated", "violating", "breach", "breached", "breaching", "break", "broke", "breaking",
  ]
  /// Verbs that give their object a name ("called X a partner of terrorists").
  static let epithetVerbs: WordSet = ["called", "calls", "branded", "brands", "labelled", "labeled", "labels", "dubbed", "described", "describes"]
}
