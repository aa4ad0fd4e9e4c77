/// Relations read from fixed constructions outside the patterns' subject-trigger-object
/// shape: strikes suffered or that killed, attackers condemned, thanks for support, calls in passing, troops
/// sent on request, support with a backer, calls to step down, coalitions against, supported
/// and joined attacks, acts named before a relative clause.
extension RelationMatcher {
  /// "Nasrallah was killed in an Israeli air strike", "died in a U.S. drone strike", "33
  /// soldiers were killed in an air strike by government forces": the one named or described
  /// before the strike, or named by "by" right after it, made it on the one who suffered it.
  func sufferedStrikes(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for p in items.indices where items[p].isA(.attackNoun) {
      // Most strikes follow no "killed in": that is looked for first, by word ids.
      guard items[max(0, p - 6)..<p].contains(where: { $0.is(.in) }) else { continue }
      let (a, named) = strikeAgents(before: p, in: items)
      guard a >= 2 else { continue }
      let agents: [ActorID]
      // The phrase's first word past its article: the agent at `a`, or the word after `a`.
      let first: Int
      if let named {
        (agents, first) = (named, a)
      } else if let agent = agentNamedBy(after: p, in: items) {
        (agents, first) = (items[agent].actors, a + 1)
      } else {
        continue
      }
      let article = items[first - 1].is(.a) || items[first - 1].is(.an) || items[first - 1].is(.the) ? first - 1 : first
      guard article >= 2, items[article - 1].is(.in),
        var victim = Self.sufferingVerbs.contains(items[article - 2].lower)
          ? subjectIndex(before: article - 2, in: items) : deathOf(before: article - 1, in: items)
      else { continue }
      // "Soleimani, the Quds Force commander killed in": the one the title names, not his force.
      if victim + 1 < article - 2, items[victim + 1].isA(.personTitle) {
        guard victim >= 3, items[victim - 1].is(.the), items[victim - 2].is(.comma), items[victim - 3].isGroup else { continue }
        victim -= 3
      }
      guard !items[victim].possessivePronoun else { continue }
      for target in items[victim].actors {
        for agent in agents where agent != target {
          found.append(Found(source: agent, relation: .opposes, subtype: "attacks", cameo: "19", target: target))
        }
      }
    }
    return found
  }

  /// Who the words before the attack noun at `p` say made it ("an Israeli air strike", "a U.S.
  /// drone strike"), and where the first word before its modifiers is; no one if that word
  /// names no actor.
  func strikeAgents(before p: Int, in items: [SentenceItems.Item]) -> (index: Int, agents: [ActorID]?) {
    var a = p - 1
    while a >= 0, let token = items[a].token, Self.isModifier(token.lower), demonymState(token) == nil { a -= 1 }
    guard a >= 0 else { return (a, nil) }
    // ("killed in a Beirut drone strike": a seat says where, not who.)
    if items[a].isGroup, !items[a].possessivePronoun, !items[a].isOnly(.seat) { return (a, items[a].actors) }
    if let token = items[a].token, token.isCapitalized, let state = demonymState(token) { return (a, [state]) }
    return (a, nil)
  }

  /// "the U.S. drone strike that killed Qassem Soleimani", "an Israeli raid which hit
  /// Hezbollah": the one named or described before the strike made it on the one its
  /// relative clause names.
  func strikesThatKilled(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for p in items.indices where items[p].isA(.attackNoun) && p + 3 < items.count && (items[p + 1].is(.that) || items[p + 1].is(.which)) {
      guard Self.strikeOutcomeVerbs.contains(items[p + 2].lower), case (_, let agents?) = strikeAgents(before: p, in: items) else { continue }
      var v = items[p + 3].is(.the) ? p + 4 : p + 3
      // ("that killed Hezbollah's commander": the possessor is not who was struck.)
      guard v < items.count, items[v].isGroup, !items[v].possessive, !items[v].possessivePronoun, !items[v].isOnly(.seat) else { continue }
      // "that killed Revolutionary Guards commander Qassem Soleimani": the person titled.
      if v + 2 < items.count, items[v + 1].isA(.personTitle), items[v + 2].isGroup { v += 2 }
      found += Found.each(from: agents, to: items[v].actors, .opposes, subtype: "attacks", cameo: "19")
    }
    return found
  }

  /// What a strike did to those its relative clause names ("the strike that killed").
  static let strikeOutcomeVerbs: WordSet = ["killed", "hit", "struck", "targeted", "wounded", "injured", "destroyed"]

  /// "Hadi thanked King Salman and the coalition for their support", "thanked Russia for its
  /// military assistance": those thanked for support gave it.
  func thanksForSupport(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    // From "for" and a noun of support after it, back to the verb: "for" is rarer than words.
    for f in items.indices where f >= 2 && items[f].is(.for) && items[f - 1].isGroup {
      var noun = f + 1
      if noun < items.count, items[noun].possessivePronoun || items[noun].isPossessivePronoun || items[noun].is(.the) { noun += 1 }
      while noun < items.count, items[noun].isA(.supportKind) { noun += 1 }
      guard noun < items.count, items[noun].isA(.supportNoun), Self.thankedSupport.contains(items[noun].lower) else { continue }
      // "thanked King Salman and the coalition": each thanked, as one group or two, past an
      // article or a title outside the name.
      var thanked: [Int] = []
      var k = f - 1
      while k >= 1, items[k].isGroup, !items[k].possessivePronoun {
        thanked.append(k)
        k -= 1
        while k >= 1, items[k].isA(.personTitle) || items[k].isA(.titleWord) || items[k].is(.the) { k -= 1 }
        guard k >= 2, items[k].lower == "and" else { break }
        k -= 1
      }
      guard !thanked.isEmpty, k >= 1, Self.thankingVerbs.contains(items[k].lower), let subject = subjectIndex(before: k, in: items), !items[subject].negated,
        !items[subject..<k].contains(where: { $0.isA(.negator) || $0.isA(.modal) })
      else { continue }
      // "Defence Minister Akar thanked Azerbaijan for its support": a minister thanks for the
      // state he serves; a head of state or government for himself.
      let thankers = items[subject].actors.map { actor in
        guard typeOf(actor) == .person, !finder.lexicon.offices(heldBy: actor, on: date).contains(where: { $0.leads.map { typeOf($0) == .state } == true })
        else { return actor }
        return finder.state(servedBy: actor, on: date) ?? actor
      }
      found += Found.each(from: thanked.reversed().flatMap({ items[$0].actors }), to: thankers, .backs, subtype: "supports", cameo: "05")
    }
    return found
  }

  /// Verbs of thanking someone ("thanked Russia for its support").
  static let thankingVerbs: WordSet = ["thanked", "thanks", "thank", "thanking"]
  /// What one thanks a backer for ("its support"), not "help" that a go-between gives in
  /// freeing a prisoner.
  static let thankedSupport: WordSet = ["support", "backing", "assistance", "aid"]

  /// The group "by" names right after the act at `p` ("strikes by the Syrian regime"), if any.
  func agentNamedBy(after p: Int, in items: [SentenceItems.Item]) -> Int? {
    guard p + 2 < items.count, items[p + 1].is(.by) else { return nil }
    let agent = items[p + 2].is(.the) ? p + 3 : p + 2
    guard agent < items.count, items[agent].isGroup, !items[agent].possessivePronoun, !items[agent].isOnly(.seat) else { return nil }
    return agent
  }

  /// "Stoltenberg condemned the indiscriminate air strikes by the Syrian regime": one who
  /// condemns an attack condemns the one "by" names as making it.
  func condemnedAttackers(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for p in items.indices where items[p].isA(.attackNoun) {
      guard let agent = agentNamedBy(after: p, in: items) else { continue }
      var v = p - 1
      // (The verb first: "condemned" would pass for a modifier.)
      while v >= 0, let token = items[v].token, !Vocabulary.condemnVerbs.contains(token.lower),
        Self.isModifier(token.lower) || token.is(.quote) || token.isA(.determiner), demonymState(token) == nil
      {
        v -= 1
      }
      guard v >= 1, Vocabulary.condemnVerbs.contains(items[v].lower), let subject = subjectIndex(before: v, in: items), !items[subject].negated,
        !items[subject..<v].contains(where: { $0.isA(.negator) || $0.isA(.modal) })
      else { continue }
      // "the regime and its backer Russia": a backer named with the agent shares the act.
      var agents = items[agent].actors
      if agent + 4 < items.count, items[agent + 1].lower == "and", items[agent + 2].possessivePronoun,
        Vocabulary.patronNouns.contains(items[agent + 3].lower) || Vocabulary.allyNouns.contains(items[agent + 3].lower), items[agent + 4].isGroup
      {
        agents += items[agent + 4].actors
      }
      found += Found.each(from: items[subject].actors, to: agents, .opposes, subtype: "condemns", cameo: "11")
    }
    return found
  }

  /// "the killing of Qassem Soleimani in a U.S. drone strike": the one whose death is named
  /// right before the "in" at `inIndex`.
  func deathOf(before inIndex: Int, in items: [SentenceItems.Item]) -> Int? {
    var v = inIndex - 1
    if v >= 0, items[v].is(.comma) { v -= 1 }
    guard v >= 2, items[v].isGroup, !items[v].possessivePronoun else { return nil }
    var o = v - 1
    // "the killing of its top general, Qassem Soleimani, in": past the title the name follows.
    if items[o].is(.comma) {
      o -= 1
      while o > 0, v - o <= 6, !items[o].is(.of), !items[o].isGroup || items[o].possessivePronoun { o -= 1 }
    }
    return o >= 1 && items[o].is(.of) && Self.deathNouns.contains(items[o - 1].lower) ? v : nil
  }

  /// Nouns of a person's killing ("the assassination of"), whose agent made the strike.
  static let deathNouns: WordSet = ["killing", "killings", "assassination", "death", "deaths", "murder"]

  /// "Macron urged Putin in a phone call to ...", "Erdogan told Raisi by phone that ...": one
  /// who said something to another in a call met them.
  func callsInPassing(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for c in items.indices where items[c].is(.in) || items[c].is(.by) {
      // The cheap tests first: "in a" or "by" before the words of a call.
      let isCall: Bool
      if items[c].is(.in) {
        isCall = c + 3 < items.count && items[c + 1].is(.a) && Self.callModes.contains(items[c + 2].lower) && Self.callNouns.contains(items[c + 3].lower)
      } else {
        isCall = c + 1 < items.count && Self.callModes.contains(items[c + 1].lower)
      }
      // The one spoken to is named right after the verb, right before the call.
      guard isCall, c >= 2, items[c - 1].isGroup, !items[c - 1].possessive, !items[c - 1].possessivePronoun,
        let verb = items[c - 2].token, verb.isWord, !verb.isCapitalized, !items[c - 2].isGroup, Self.callVerbs.contains(verb.lower),
        let subject = subjectIndex(before: c - 2, in: items), !items[subject].negated,
        !items[subject..<c].contains(where: { $0.isA(.negator) || $0.isA(.modal) })
      else { continue }
      for a in items[subject].actors {
        for b in items[c - 1].actors where a != b { found.append(Found(source: a, relation: .meets, subtype: "consults", cameo: "04", target: b)) }
      }
    }
    return found
  }

  /// "Saudi Arabia sent 1,000 troops into Bahrain at the request of its rulers", "Russia
  /// deployed jets to Syria at Assad's invitation": forces sent on request back the one who asked,
  /// or else the state they were sent to.
  func deploymentsOnRequest(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for at in items.indices where items[at].is(.at) && at >= 3 && at + 2 < items.count {
      // "at the request of X", "at X's request"; the cheap tests first, as "at the" is common.
      let requester: Int?
      if items[at + 1].is(.the), at + 3 < items.count, items[at + 3].is(.of), Self.requestNouns.contains(items[at + 2].lower) {
        let named = at + 4 < items.count ? (items[at + 4].is(.the) ? at + 5 : at + 4) : nil
        requester = named.flatMap { $0 < items.count && items[$0].isGroup && !items[$0].possessive ? $0 : nil }
      } else if items[at + 1].isGroup, items[at + 1].possessive, Self.requestNouns.contains(items[at + 2].lower) {
        requester = at + 1
      } else {
        continue
      }
      guard let verb = items[..<at].lastIndex(where: { Self.deploymentVerbs.contains($0.lower) }),
        !items[verb..<at].contains(where: { $0.endsClause }), let subject = subjectIndex(before: verb, in: items), !items[subject].negated,
        !items[subject..<at].contains(where: { $0.isA(.negator) || $0.isA(.modal) || $0.isA(.refusalVerb) })
      else { continue }
      let destination = (verb + 1..<at).last { k in
        k > verb + 1 && (items[k - 1].is(.to) || items[k - 1].lower == "into") && items[k].isGroup && items[k].actors.allSatisfy { typeOf($0) == .state }
      }
      guard let backed = requester ?? destination else { continue }
      for a in items[subject].actors {
        for b in items[backed].actors where a != b { found.append(Found(source: a, relation: .backs, subtype: "aids", cameo: "07", target: b)) }
      }
    }
    return found
  }

  /// Nouns of asking, after "at the" or "at X's" ("at the request of").
  static let requestNouns: WordSet = ["request", "invitation", "behest", "urging"]
  /// Verbs of sending forces somewhere ("sent 1,000 troops into Bahrain").
  static let deploymentVerbs: WordSet = [
    "sent", "send", "sends", "sending", "deployed", "deploy", "deploys", "deploying", "dispatched", "dispatch", "dispatches", "dispatching",
    "rushed", "flew",
  ]

  /// Words for how a call was made ("phone", "video").
  static let callModes: WordSet = ["phone", "telephone", "video"]
  /// Nouns for a call between two ("call", "conversation").
  static let callNouns: WordSet = ["call", "conversation", "link"]
  /// Verbs of telling that a call carries ("urged Putin in a phone call").
  static let callVerbs: WordSet = [
    "told", "tells", "urged", "urges", "assured", "assures", "asked", "asks", "pressed", "presses", "warned", "warns", "informed", "informs",
    "briefed", "briefs", "congratulated", "congratulates", "thanked", "thanks", "invited", "invites", "reassured", "reassures",
  ]

  /// "The strikes, supported by Australia, Bahrain and Canada, hit radar sites": those who
  /// supported the attacks the article has just reported back those who made them.
  func supportedAttacks(_ items: [SentenceItems.Item]) -> [Found] {
    guard !lastAttackers.isEmpty else { return [] }
    // The attacks open the sentence, with at most two words before their noun ("The air strikes").
    guard let noun = items.prefix(3).firstIndex(where: { $0.isA(.attackNoun) }), items[..<noun].allSatisfy({ $0.token?.isWord == true && !$0.isGroup }),
      noun + 3 < items.count, items[noun + 1].is(.comma), Self.supportParticiples.contains(items[noun + 2].lower), items[noun + 3].is(.by)
    else { return [] }
    // The list of backers, to the comma that closes it.
    var backers: [ActorID] = []
    var k = noun + 4
    while k < items.count, items[k].isGroup || items[k].is(.the) || items[k].is(.and) || (items[k].is(.comma) && k + 1 < items.count && !items[k + 1].isA(.finiteVerb)) {
      backers += items[k].actors
      k += 1
    }
    return backers.uniqued().filter { !lastAttackers.contains($0) }.flatMap { backer in
      lastAttackers.map { Found(source: backer, relation: .backs, subtype: "supports", cameo: "05", target: $0) }
    }
  }

  /// "Saudi Arabia, the UAE and Jordan took part in the strikes", "joined the assault": those
  /// who took part in the attack the article has just reported, named with no target of its
  /// own, fought the one it struck.
  func joinedAttacks(_ items: [SentenceItems.Item]) -> [Found] {
    guard !lastAttacked.isEmpty else { return [] }
    var found: [Found] = []
    for p in items.indices where items[p].isA(.attackNoun) && p >= 2 {
      // "the (air) strikes", right after the verb or "in"; nothing after it names a target.
      var v = p - 1
      while v > 0, let token = items[v].token, token.isWord, !token.isCapitalized, Self.isModifier(token.lower) { v -= 1 }
      if items[v].is(.the) { v -= 1 }
      // "took part in or supported the strikes": past a second verb joined to "in".
      if v >= 3, items[v - 1].is(.or) || items[v - 1].is(.and), items[v - 2].is(.in) { v -= 2 }
      guard v >= 1, p + 1 == items.count || !(items[p + 1].is(.on) || items[p + 1].lower == "against" || items[p + 1].isGroup) else { continue }
      var joined = items[v].is(.in) && Self.partakingVerbs.contains(items[v - 1].lower) ? v - 1 : Self.joiningVerbs.contains(items[v].lower) ? v : nil
      // "took part in": the verb before "part" (not "had no part in").
      if let part = joined, items[part].lower == "part" {
        joined = part >= 1 && Self.takingVerbs.contains(items[part - 1].lower) ? part - 1 : nil
      }
      // "massing to take part in the operation": what they are to do is not done yet.
      guard let joined, joined >= 1, !items[joined - 1].is(.to), let subject = subjectIndex(before: joined, in: items), !items[subject].negated,
        !items[subject..<joined].contains(where: { $0.isA(.negator) || $0.isA(.modal) })
      else { continue }
      // A subtype of its own: those who join an attack do not become whom later condemnations of
      // it point at ("Islamic Jihad took part in the assault ... Britain condemned the attack").
      found += Found.each(from: items[subject].actors.filter { !lastAttackers.contains($0) }, to: lastAttacked, .opposes, subtype: "joins_attack", cameo: "19")
    }
    return found
  }

  /// Words of taking part before "in" ("took part in", "participated in").
  static let partakingVerbs: WordSet = ["part", "participated", "participate", "participates", "participating"]
  /// Forms of "take" before "part".
  static let takingVerbs: WordSet = ["took", "take", "takes", "taking", "taken"]
  /// Verbs of joining an act ("joined the assault").
  static let joiningVerbs: WordSet = ["joined", "join", "joins", "joining"]

  /// Participles that say who supported an act ("The strikes, supported by ...").
  static let supportParticiples: WordSet = ["supported", "backed", "assisted", "aided", "joined"]

  /// "... retook the town with Russian air support", "with PKK help": the state of the demonym,
  /// or the one named, backs the subject.
  func supportWithBacker(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for k in items.indices where items[k].isA(.supportNoun) {
      var j = k - 1
      while j >= 0, items[j].isA(.supportKind) { j -= 1 }
      // "with Iran's help", "with PKK help": so does a name, its own or a possessive.
      // ("angry with Iran's support for the Houthis" names whom the support is for.)
      let named = k + 2 < items.count && items[k + 2].is(.the) ? k + 3 : k + 2
      let beneficiary = named < items.count && (items[k + 1].is(.for) || items[k + 1].is(.to)) && items[named].isGroup
      guard j >= 1, !beneficiary else { continue }
      func backers(at b: Int) -> [ActorID]? {
        if let token = items[b].token, token.isCapitalized, let state = demonymState(token) { return [state] }
        return items[b].isGroup && !items[b].possessivePronoun ? items[b].actors : nil
      }
      guard var backing = backers(at: j) else { continue }
      // "receives U.S. and British military aid": backers named together.
      var first = j
      while first >= 3, items[first - 1].is(.and) || items[first - 1].is(.comma), let more = backers(at: first - 2) {
        backing = more + backing
        first -= 2
      }
      // "with Turkish help"; "receives U.S. and British military aid": the one who receives it.
      guard items[first - 1].is(.with) || Self.receivingVerbs.contains(items[first - 1].lower) else { continue }
      guard var subject = subjectIndex(before: first - 1, in: items) else { continue }
      // "repelled Haftar's offensive with Turkish help", "retook Aleppo with Russian air
      // support": the possessor of the object, or the place taken, is not the one helped; the
      // clause's subject is.
      if items[subject].possessive || isPlace(subject, in: items) || items[subject].actors.allSatisfy({ typeOf($0) == .location }) {
        guard let clauseSubject = subjectIndex(before: subject, in: items) else { continue }
        subject = clauseSubject
      }
      for backer in backing.uniqued() {
        for target in items[subject].actors where target != backer {
          found.append(Found(source: backer, relation: .backs, subtype: "supports", cameo: "05", target: target))
        }
      }
    }
    return found
  }

  /// Verbs of getting support, before who gives it ("receives U.S. military aid").
  static let receivingVerbs: WordSet = ["receives", "received", "receive", "receiving", "gets", "got", "getting", "enjoys", "enjoyed", "accepted", "accepts"]

  /// "the sanctions that Washington imposed on Iran", "the blockade Saudi Arabia and the UAE
  /// imposed on Qatar", "the offensive that Turkey launched against the SDF": an act named
  /// before a relative clause that says who made it and on whom. "the memorandum that Turkey
  /// signed with Libya": so is a deal, made with someone.
  func gappedActs(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for k in items.indices where k + 4 < items.count && (items[k].isA(.gappedAct) || items[k].isA(.dealNoun)) {
      let (relation, subtype, cameo) = Self.gappedActNouns[items[k].lower].map { (RelationKind.opposes, $0.0, $0.1) } ?? (.meets, "signs_agreement", "05")
      let deal = relation == .meets
      let s = items[k + 1].is(.that) || items[k + 1].is(.which) ? k + 2 : k + 1
      guard s + 3 < items.count, items[s].isGroup, !items[s].possessivePronoun, !items[s].possessive else { continue }
      var v = s + 1
      while v < items.count, v - s <= 2, ["had", "has", "have", "was", "were", "is", "also", "first"].contains(items[v].lower) { v += 1 }
      guard v + 2 < items.count, (deal ? Self.gappedDealVerbs : Self.gappedActVerbs).contains(items[v].lower) else { continue }
      var o = v + 1
      if items[o].lower == "out" { o += 1 }
      guard o + 1 < items.count, deal ? items[o].is(.with) : items[o].is(.on) || items[o].lower == "against" else { continue }
      o += items[o + 1].is(.the) ? 2 : 1
      guard o < items.count, items[o].isGroup, !items[o].possessivePronoun else { continue }
      let span = modality(items, from: s, to: o)
      guard !span.negated, !span.hypothetical else { continue }
      found += Found.each(from: items[s].actors, to: items[o].actors, relation, subtype: subtype, cameo: cameo)
    }
    return found
  }

  /// "the U.S.-led coalition against Islamic State": a coalition named for the state that
  /// leads it fights what it is against.
  func coalitionsAgainst(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for k in items.indices where k + 2 < items.count && items[k].isGroup && items[k].head.contains(.coalitionNoun) && items[k + 1].lower == "against" {
      guard let o = objectIndex(after: k + 1, in: items, maxGap: 1), !modality(items, from: k, to: o).negated else { continue }
      found += Found.each(from: items[k].actors, to: items[o].actors, .opposes, subtype: "fights", cameo: "19")
    }
    return found
  }

  /// "Turkey has called on Assad to step down", "urged Hadi to resign", "said Assad should
  /// step down": asking a leader to go seeks his removal.
  func stepDownCalls(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for t in items.indices where t >= 3 && items[t].isA(.departureVerb) && items[t - 2].isGroup {
      if items[t].lower == "step", !(t + 1 < items.count && ["down", "aside"].contains(items[t + 1].lower)) { continue }
      let object = t - 2
      guard !items[object].possessivePronoun else { continue }
      // "said Assad should step down": a demand after a verb of saying, whose modal is the
      // demand's, not a doubt about it.
      let demanded = Self.obligationModals.contains(items[t - 1].lower)
      guard demanded || items[t - 1].is(.to) else { continue }
      let verb: Int
      if demanded {
        verb = object >= 2 && items[object - 1].is(.that) ? object - 2 : object - 1
        guard verb >= 0, items[verb].isA(.speechVerb) else { continue }
      } else {
        verb = items[object - 1].is(.on) || items[object - 1].is(.for) ? object - 2 : object - 1
        guard verb >= 0, Vocabulary.askingVerbs.contains(items[verb].lower) else { continue }
      }
      guard let subject = subjectIndex(before: verb, in: items) else { continue }
      let span = modality(items, from: subject + 1, to: demanded ? verb : t)
      guard !span.negated, !span.hypothetical else { continue }
      found += Found.each(from: items[subject].actors, to: items[object].actors, .opposes, subtype: "seeks_removal", cameo: "11")
    }
    return found
  }

  /// Verbs of leaving office after "to" ("to step down").
  static let departureVerbs: WordSet = ["step", "resign", "quit"]

  /// Acts a relative clause may say were made on someone, with the subtype they are read as.
  static let gappedActNouns: [String: (String, String)] = [
    "sanctions": ("sanctions", "16"), "boycott": ("sanctions", "16"), "blockade": ("sanctions", "16"), "embargo": ("sanctions", "16"),
    "strikes": ("attacks", "19"), "airstrikes": ("attacks", "19"), "attack": ("attacks", "19"), "attacks": ("attacks", "19"), "raids": ("attacks", "19"),
    "offensive": ("attacks", "19"), "invasion": ("attacks", "19"), "assault": ("attacks", "19"), "operation": ("attacks", "19"),
    "campaign": ("attacks", "19"), "war": ("fights", "19"),
  ]
  /// Verbs of making a deal with someone ("the memorandum that Turkey signed with Libya").
  static let gappedDealVerbs: WordSet = ["signed", "concluded", "reached", "struck", "sealed", "inked", "clinched", "agreed"]
}
