/// Reads the relations a sentence asserts from its items, using the relation patterns.
struct RelationMatcher {
  let patterns: RelationPatterns
  /// The extractor's finder, for what the lexicon says of actors (`RelationMatcher+Actors`).
  let finder: MentionFinder
  /// The article's aliases, discovered actors and date as they stand at the sentence.
  let aliases: AliasTable
  let discovered: [ActorID: NewsActor]
  let discoveredStates: [ActorID: ActorID]
  let date: Day?
  /// The pair that last signed or agreed something in the article.
  let lastAgreeingPair: [ActorID]
  /// The last pair that met or held talks (`ArticleContext.lastMeetingPair`).
  let lastMeetingPair: [ActorID]
  /// The agents of the last attack the article reported (`ArticleContext.lastAttackers`).
  let lastAttackers: [ActorID]
  /// The last two actors at war (`ArticleContext.lastWarPair`).
  let lastWarPair: [ActorID]

  /// A matcher for the next sentence of the article whose reading so far is `context`.
  init(patterns: RelationPatterns, finder: MentionFinder, context: ArticleContext) {
    self.patterns = patterns
    self.finder = finder
    aliases = context.aliases
    discovered = context.discovered
    discoveredStates = context.stateOfDiscovered
    date = context.date
    lastAgreeingPair = context.lastAgreeingPair
    lastMeetingPair = context.lastMeetingPair
    lastAttackers = context.lastAttackers
    lastWarPair = context.lastWarPair
  }

  /// One relation found, before it becomes an `Assertion` with evidence.
  struct Found: Hashable {
    var source: ActorID
    var relation: RelationKind
    var subtype: String
    var cameo: String?
    var target: ActorID
    /// The word of a pattern's trigger ("struck"); not part of what makes two equal.
    var act: String?

    static func == (a: Found, b: Found) -> Bool {
      (a.source, a.relation, a.subtype, a.cameo, a.target) == (b.source, b.relation, b.subtype, b.cameo, b.target)
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(source)
      hasher.combine(relation)
      hasher.combine(subtype)
      hasher.combine(cameo)
      hasher.combine(target)
    }

    /// The same pair at war: the one fights the other.
    var asFight: Found { Found(source: source, relation: .opposes, subtype: "fights", cameo: "19", target: target) }
    /// The same pair at odds: the one is the other's rival.
    var asRivals: Found { Found(source: source, relation: .opposes, subtype: "rivals", cameo: "11", target: target) }
  }

  func relations(in items: SentenceItems, tokens: [Token], mentions: [Mention]) -> [Found] {
    var found: [Found] = []
    found.reserveCapacity(16)
    let core = items.core
    if isQuestion(tokens) { return [] }
    found.add(patternRelations(core))
    found.add(sameAsDone(found, in: core))
    found.add(elidedRuptures(found, in: core))
    // "Iran, a key backer of Damascus, ...": an appositive says something of its head.
    for appositive in items.appositives { found.add(patternRelations(appositive)) }
    found.add(supportWithBacker(core))
    found.add(leadsInAppositives(items.full))
    found.add(leadsAfterWhose(items.full))
    found.add(leadsByTrailingTitle(items.full))
    found.add(possessiveRelations(items.full))
    found.add(clientsInAppositives(items.full))
    found.add(mediatorNouns(items.core))
    found.add(gappedActs(items.core))
    found.add(coalitionsAgainst(items.core))
    found.add(attributedActs(items.core))
    found.add(stepDownCalls(items.core))
    found.add(pairedCompounds(items.core))
    found.add(sufferedStrikes(items.core))
    found.add(callsInPassing(items.core))
    found.add(deploymentsOnRequest(items.core))
    found.add(appointedLeaders(items.core))
    found.add(priceThreats(items.core))
    found.add(supportedAttacks(items.full))
    found.add(mediationThrough(items.core))
    // A brokered deal is between those who met, else those at war ("the war between Israel and
    // Hezbollah, which ended with a US-brokered ceasefire"); several who each made the same
    // deal are all its parties ("The UAE, Bahrain and Sudan agreed ties with Israel under
    // US-brokered deals").
    let soFar = found
    found.add(compounds(tokens, mentions) {
      soFar.last { $0.relation == .meets }.map { last in
        soFar.filter { $0.relation == .meets && $0.subtype == last.subtype }.flatMap { [$0.source, $0.target] }.uniqued()
      } ?? soFar.last { $0.relation == .opposes && $0.subtype == "fights" }.map { [$0.source, $0.target] }
    })
    found.add(companions(of: found, in: core))
    for item in items.full where !item.inner.isEmpty {
      found.add(item.inner.map { Found(source: $0.source, relation: $0.relation, subtype: $0.subtype, cameo: $0.cameo, target: $0.target) })
    }
    return found.filter { found in
      found.source != found.target && typeOf(found.source) != .location && typeOf(found.target) != .location
        // "President Hassan Sheikh vowed to defend Somalia": an official backing the state he
        // serves says nothing.
        && !(found.relation == .backs && typeOf(found.source) == .person && statesOf(found.source).contains(found.target))
    }
  }

  /// "Bahrain normalised ties with Israel in 2020, along with the United Arab Emirates": one
  /// named along with the clause's subject at the end of the clause did what the subject did.
  private func companions(of found: [Found], in items: [SentenceItems.Item]) -> [Found] {
    guard !found.isEmpty,
      let along = items.indices.first(where: { $0 >= 2 && $0 + 2 < items.count && items[$0 - 1].is(.comma) && items[$0 + 1].is(.with) && items[$0].lower == "along" })
    else { return [] }
    let named = items[along + 2].is(.the) ? along + 3 : along + 2
    guard named < items.count, items[named].isGroup, named + 1 == items.count || items[named + 1].endsClause,
      let subject = items[..<along].firstIndex(where: \.isGroup)
    else { return [] }
    let doers = items[subject].actors
    return found.filter { doers.contains($0.source) && $0.relation != .leads && $0.relation != .partOf }.flatMap { act in
      items[named].actors.filter { $0 != act.target && !doers.contains($0) }.map { companion in
        var shared = act
        shared.source = companion
        return shared
      }
    }
  }

  // MARK: - Pattern matching

  /// What the patterns (all but `leads`, read over appositives) find in a clause's items.
  private func patternRelations(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    let ids = wordIDs(items)
    // Where each pattern that matched may match again: a clause matches few, so a short list
    // searched in order costs less than an array over every pattern made for each clause.
    var resumeAt: [(pattern: Int, at: Int)] = []
    ids.withUnsafeBufferPointer { ids in
      for p in ids.indices where ids[p] >= 0 {
        for index in patterns.patterns(startingAt: ids[p]) where p >= (resumeAt.last { $0.pattern == index }?.at ?? 0) {
          guard patterns.patterns[index].form != .leads, !isHyphenated(items, p),
            let q = match(index, ids, at: p)
          else { continue }
          let read = read(index, items, p, q)
          if !read.isEmpty {
            let act = items[p].lower
            for var relation in read {
              relation.act = act
              found.append(relation)
            }
          }
          resumeAt.append((index, q + 1))
        }
      }
    }
    return found
  }

  /// Word ids of items: the `WordTable` id, `WordTable.unknown` for other words and lone
  /// possessive pronouns, `PatternProgram.groupID` for actors and `PatternProgram.clauseEndID`
  /// for ".", ";" and ":".
  private func wordIDs(_ items: [SentenceItems.Item]) -> [Int32] {
    // By index: an item is read in place, not copied with its arrays.
    items.indices.map { k in
      // "recalled its ambassador": a possessive pronoun is a determiner to the patterns' gaps;
      // "recaptured the palace in Khartoum from": a place is a word too.
      if items[k].isGroup { return items[k].possessivePronoun || isPlace(k, in: items) ? WordTable.unknown : PatternProgram.groupID }
      if items[k].endsClause { return PatternProgram.clauseEndID }
      return items[k].wordID
    }
  }

  /// The index of the last item of a match of pattern `index` starting at `p`, or nil.
  private func match(_ index: Int, _ ids: UnsafeBufferPointer<Int32>, at p: Int) -> Int? {
    patterns.program.match(index, ids, at: p)
  }

  /// Whether a settlement noun follows item `k`, past "border" and compass words ("the Syrian
  /// border town", "a northern Iraqi city").
  private func isSettlement(after k: Int, in items: [SentenceItems.Item]) -> Bool {
    var j = k + 1
    while j < items.count, items[j].lower == "border" || Vocabulary.compassWords.contains(items[j].lower) { j += 1 }
    return j < items.count && items[j].isA(.settlementNoun)
  }

  /// "Western-backed": a word joined by a hyphen to the one before is a modifier, not a verb.
  private func isHyphenated(_ items: [SentenceItems.Item], _ p: Int) -> Bool {
    guard p > 0, items[p - 1].is(.hyphen), let hyphen = items[p - 1].token, let word = items[p].token else { return false }
    return hyphen.end == word.start
  }

  /// Whether the words around a match of `pattern` from `p` to `q` show it is not the relation
  /// the pattern reads (a noun after a determiner, a deal struck, a side fought on, ...).
  private func isNoMatch(_ pattern: RelationPatterns.Pattern, _ items: [SentenceItems.Item], _ p: Int, _ q: Int) -> Bool {
    // "bore full blame": the noun, which the attribution pass reads, is no verb.
    if p > 0, items[p].lower == "blame", Self.blameNounOpeners.contains(items[p - 1].lower) { return true }
    // "armed forces chief of staff Mohammad Bagheri": "armed" before the noun it qualifies is no verb.
    if items[p].lower == "armed", p + 1 < items.count, Self.armedNouns.contains(items[p + 1].lower) { return true }
    // "beat back Haftar's offensive", "hit back at": "back" there is no verb of backing.
    if items[p].lower == "back", p > 0, Self.backParticleVerbs.contains(items[p - 1].lower) { return true }
    // "turned its back on Assad": after a possessive pronoun "back" is the noun.
    if items[p].lower == "back" || items[p].lower == "backs", p > 0, items[p - 1].possessivePronoun { return true }
    // "sided with the revolt against Assad", "backed the war against ISIS": what a backed act is
    // against is not backed.
    if pattern.relation == .backs, pattern.form == .active, let named = items[(q + 1)...].prefix(6).firstIndex(where: \.isGroup),
      items[(q + 1)..<named].contains(where: { $0.lower == "against" })
    {
      return true
    }
    // "a meeting of the six powers negotiating with Tehran": "with" is the participle's, not the
    // meeting's.
    if q > p + 2, ((p + 1)..<q).contains(where: { isParticipleOfUnnamed($0, in: items) }) { return true }
    // "stormed camps of supporters of Mursi", "arrested 50 supporters of the Brotherhood",
    // "attacked supporters of Mursi": the supporters, unnamed, back; not the clause's subject.
    if pattern.relation == .backs, p > 0, Self.pluralBackerNouns.contains(items[p].lower), let before = items[p - 1].token, !items[p - 1].isGroup,
      before.isA(.preposition) || before.lower.first?.isNumber == true || Self.pastForms.contains(before.lower)
        || (before.lower.hasSuffix("ed") || before.lower.hasSuffix("ing")) && before.lower != "leading"
    {
      return true
    }
    // "helped repel Haftar's assault", "sent drones to help repel": what is fought off is not helped.
    if pattern.subtype == "aids", items[(q + 1)...].prefix(3).prefix(while: { !$0.isGroup }).contains(where: { Self.fendingVerbs.contains($0.lower) }) {
      return true
    }
    // "rebels led by Sharaa's Islamist group": what the person owns leads them, not the person.
    if pattern.relation == .leads, pattern.form == .passive, let agent = items[(q + 1)...].prefix(3).firstIndex(where: \.isGroup), items[agent].possessive {
      return true
    }
    // "discussed the strikes with Erdogan": a one-word verb trigger after a determiner is a
    // noun, whose agent is not the clause's subject.
    if pattern.slots.count == 1, p > 0, pattern.form == .active || pattern.form == .reciprocal,
      // A determiner other than a possessive one ("the", "these", "that"), or "such".
      (items[p - 1].isA(.determiner) && !items[p - 1].isPossessivePronoun)
        || items[p - 1].lower == "such"
    {
      return true
    }
    // "the internationally recognised government", "Libya's recognised government": a
    // participle after a possessive, or after a determiner and an adverb, qualifies a name.
    // "the release of detained U.N. staff": so does one right after a preposition.
    if pattern.slots.count == 1, pattern.form == .active, p > 0, items[p].lower.hasSuffix("ed"), items[p - 1].isA(.preposition), !items[p - 1].is(.by) { return true }
    if pattern.slots.count == 1, pattern.form == .active, p > 0, items[p].lower.hasSuffix("ed") {
      let adverb = items[p - 1].token.map { $0.isWord && $0.lower.hasSuffix("ly") } == true
      let before = adverb ? p - 2 : p - 1
      if before >= 0, items[before].possessive || (adverb && items[before].isA(.determiner)) { return true }
    }
    // "who leads the secular Republican People's Party", "chairs the Saudi-backed council":
    // only a determiner, qualifying words and a compound modifier may stand between "leads"
    // and what is led ("leads talks with Hamas" leads nothing).
    if pattern.relation == .leads, pattern.form == .active, !leadsNamedBody(after: q, in: items) { return true }
    // "who commands the LNA's ground forces": what is led is the possessor's unit, not the possessor.
    if pattern.relation == .leads, pattern.form == .active,
      let object = items[(q + 1)...].prefix(3).firstIndex(where: \.isGroup), items[object].possessive
    {
      return true
    }
    // "called Sisi a tyrant", "called Trump, May and Macron criminals", "called the Dutch
    // "Nazi remnants"": naming someone is no phone call; nor is judging what they said ("called
    // Erdogan's remarks crazy").
    let named = q + 2 < items.count && items[q + 2].is(.quote) ? q + 3 : q + 2
    if pattern.subtype == "consults", items[p].lower == "called", named < items.count, items[q + 1].isGroup,
      items[q + 1].possessive || items[named].is(.a) || items[named].is(.an) || Self.bareEpithets.contains(items[named].lower)
    {
      return true
    }
    // "the SDF strikes a deal with Damascus": striking a deal is no attack.
    if pattern.relation == .opposes, Self.strikeWords.contains(items[p].lower),
      items[(q + 1)...].prefix(3).contains(where: { Vocabulary.dealNouns.contains($0.lower) })
    {
      return true
    }
    // "a deal brokered by Qatar with the help of Egypt": Egypt helps the mediation, not the parties.
    if pattern.relation == .backs, pattern.form == .passive, items[p].is(.with),
      items[max(0, p - 5)..<p].contains(where: { Self.brokeringWords.contains($0.lower) })
    {
      return true
    }
    // "fought on Haftar's side": the side one fights on is backed, not fought.
    if pattern.relation == .opposes, q + 3 < items.count, items[q + 1].is(.on), items[q + 2].isGroup, items[q + 3].lower == "side" { return true }
    // "Turkey hosted members of the Brotherhood": members a verb acts on are no membership
    // ("Turkey is a member of NATO", "as members of", "founding members of" are).
    if pattern.subtype == "member_of", p > 0, let before = items[p - 1].token, before.isWord, !before.isA(.determiner), !before.isPossessivePronoun,
      !Self.beForms.contains(before.lower), !before.is(.as), !Self.membershipQualifiers.contains(before.lower)
    {
      return true
    }
    // "eased some sanctions on Syria", "lifted sanctions against Iran": sanctions undone.
    if pattern.subtype == "sanctions", items[p].lower == "sanctions", items[max(0, p - 3)..<p].contains(where: { Self.easingVerbs.contains($0.lower) }) {
      return true
    }
    // "Bashagha, a former ally of Turkey": a tie that was is none now.
    if pattern.relation == .backs, p > 0, Self.formerWords.contains(items[p - 1].lower) { return true }
    // "pull back", "hit back": "back" after such a verb is no backing.
    if items[p].lower == "back", p > 0, Self.verbsBeforeBack.contains(items[p - 1].lower) { return true }
    // "its drones helped repel Haftar's assault": help followed by another verb lends the
    // subject to that verb, whose object is not helped.
    if pattern.subtype == "aids", pattern.slots.count == 1, q + 1 < items.count, let next = items[q + 1].token, next.isWord,
      !next.isCapitalized, !next.isA(.determiner), !next.isA(.preposition), !next.is(.to)
    {
      return true
    }
    return false
  }

  /// Whether the word at `p` is an attack noun with a verb of `verbs` at most `window` items
  /// before it, and nothing between that `blocks` the verb's hold on it ("condemned the
  /// attacks on", "survived an attack on").
  private static func isAttack(
    at p: Int, in items: [SentenceItems.Item], after verbs: (String) -> Bool, within window: Int, blockedBy blocks: (SentenceItems.Item) -> Bool
  ) -> Bool {
    guard items[p].isA(.attackNoun), let verb = items[max(0, p - window)..<p].lastIndex(where: { verbs($0.lower) }) else { return false }
    return !items[(verb + 1)..<p].contains(where: blocks)
  }

  /// "Nasrallah was killed in an Israeli air strike", "died in a U.S. drone strike": the one
  /// named or described before the strike made it on the one who suffered it.
  private func sufferedStrikes(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for p in items.indices where items[p].isA(.attackNoun) {
      // Most strikes follow no "killed in": that is looked for first, by word ids.
      guard items[max(0, p - 6)..<p].contains(where: { $0.is(.in) }) else { continue }
      var a = p - 1
      while a >= 0, let token = items[a].token, Self.isModifier(token.lower), demonymState(token) == nil { a -= 1 }
      guard a >= 2 else { continue }
      let agents: [ActorID]
      // ("killed in a Beirut drone strike": a seat says where, not who.)
      if items[a].isGroup, !items[a].possessivePronoun, !items[a].isOnly(.seat) {
        agents = items[a].actors
      } else if let token = items[a].token, token.isCapitalized, let state = demonymState(token) {
        agents = [state]
      } else {
        continue
      }
      let article = items[a - 1].is(.a) || items[a - 1].is(.an) || items[a - 1].is(.the) ? a - 1 : a
      guard article >= 2, items[article - 1].is(.in),
        var victim = Self.sufferingVerbs.contains(items[article - 2].lower)
          ? subjectIndex(before: article - 2, in: items) : deathOf(before: article - 1, in: items)
      else { continue }
      // "Soleimani, the Quds Force commander killed in": the one the title names, not his force.
      if victim + 1 < article - 2, items[victim + 1].isA(.personTitle) {
        guard victim >= 3, items[victim - 1].is(.the), items[victim - 2].is(.comma), items[victim - 3].isGroup else { continue }
        victim -= 3
      }
      for target in items[victim].actors {
        for agent in agents where agent != target {
          found.append(Found(source: agent, relation: .opposes, subtype: "attacks", cameo: "19", target: target))
        }
      }
    }
    return found
  }

  /// "the killing of Qassem Soleimani in a U.S. drone strike": the one whose death is named
  /// right before the "in" at `inIndex`.
  private func deathOf(before inIndex: Int, in items: [SentenceItems.Item]) -> Int? {
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
  private static let deathNouns: WordSet = ["killing", "killings", "assassination", "death", "deaths", "murder"]

  /// "Macron urged Putin in a phone call to ...", "Erdogan told Raisi by phone that ...": one
  /// who said something to another in a call met them.
  private func callsInPassing(_ items: [SentenceItems.Item]) -> [Found] {
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
  private func deploymentsOnRequest(_ items: [SentenceItems.Item]) -> [Found] {
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
  /// Plural nouns of those who back someone ("supporters of Mursi").
  private static let pluralBackerNouns: WordSet = ["supporters", "backers", "loyalists", "followers", "sponsors", "patrons", "allies"]
  /// Texts and proposals an appositive may name ("a draft that Riyadh opposed").
  private static let proposalNouns: WordSet = [
    "draft", "resolution", "proposal", "plan", "text", "measure", "bill", "law", "decision", "move", "step", "initiative", "statement",
    "report", "document", "letter", "motion", "vote", "offer",
  ]
  /// How a state acts, which stands for the state when criticised ("the Saudi handling").
  private static let conductNouns: WordSet = ["handling", "conduct", "treatment", "response", "policy", "policies", "mismanagement"]
  /// Nouns of asking, after "at the" or "at X's" ("at the request of").
  private static let requestNouns: WordSet = ["request", "invitation", "behest", "urging"]
  /// Verbs of sending forces somewhere ("sent 1,000 troops into Bahrain").
  private static let deploymentVerbs: WordSet = [
    "sent", "send", "sends", "sending", "deployed", "deploy", "deploys", "deploying", "dispatched", "dispatch", "dispatches", "dispatching",
    "rushed", "flew",
  ]

  private static let callModes: WordSet = ["phone", "telephone", "video"]
  private static let callNouns: WordSet = ["call", "conversation", "link"]
  /// Verbs of telling that a call carries ("urged Putin in a phone call").
  private static let callVerbs: WordSet = [
    "told", "tells", "urged", "urges", "assured", "assures", "asked", "asks", "pressed", "presses", "warned", "warns", "informed", "informs",
    "briefed", "briefs", "congratulated", "congratulates", "thanked", "thanks", "invited", "invites", "reassured", "reassures",
  ]

  /// Verbs whose subject survives or suffers an act ("survived an attack on his convoy").
  private static let sufferingVerbs: WordSet = [
    "survive", "survives", "survived", "surviving", "escape", "escapes", "escaped", "escaping", "wounded", "injured", "killed", "died",
  ]

  private func read(_ index: Int, _ items: [SentenceItems.Item], _ p: Int, _ q: Int) -> [Found] {
    let pattern = patterns.patterns[index]
    if isNoMatch(pattern, items, p, q) { return [] }
    // The object after the trigger, which most forms cannot do without: where there is none,
    // nor a relative clause before the trigger to give one ("the YPG, which Turkey backs"), nor
    // (for a reciprocal verb) anyone before it to have done it together, the pattern finds
    // nothing, and the subject and modality need not be worked out. About a third of the
    // matches over the seed corpus end here.
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
      let relative = { items[..<p].contains { $0.is(.which) || $0.is(.whom) || $0.is(.that) } }
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
      sources.flatMap { s in targets.filter { $0 != s }.map { make(s, $0) } }
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
    let insidePhrase = p > 0 && (items[p - 1].isA(.causePreposition) || (items[p - 1].isA(.sequelPreposition) && pattern.relation != .meets && !pattern.mutual))
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
    // survives or suffers an act is its target, not its agent.
    let sufferedAct = Self.isAttack(at: p, in: items, after: Self.sufferingVerbs.contains, within: 4, blockedBy: \.isGroup)
    let subject: Int?
    if agentInPhrase {
      subject = p - 1
    } else if insidePhrase || otherAgent || condemnedAct || sufferedAct {
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
      let accusedAfterName = items[max(0, p - 8)..<p].indices.last { i in
        i > 1 && Self.accusationParticiples.contains(items[i].lower) && items[i - 1].is(.comma) && items[i - 2].isGroup
      }
      // "accused the UAE of complicity in genocide by backing the RSF", "accused Iran of
      // aggression for supplying missiles": the one accused of what the gerund explains.
      // ("accused Iran on Monday of": past the day.)
      func accused(before of: Int) -> Int { of >= 3 && !items[of - 1].isGroup && items[of - 2].is(.on) ? of - 3 : of - 1 }
      let accusedObject = items[p - 1].is(.by) || items[p - 1].is(.for) ? items[max(2, p - 10)..<max(2, p - 1)].indices.last { i in
        let g = accused(before: i)
        return items[i].is(.of) && g >= 1 && items[g].isGroup && Self.accusingVerbs.contains(items[g >= 2 && items[g - 1].is(.the) ? g - 2 : g - 1].lower)
      }.map(accused(before:)) : nil
      subject = accusedAfterName.map { $0 - 2 } ?? accusedObject ?? (accusedInPassive ? subjectIndex(before: p, in: items) : (items[p - 2].isGroup ? p - 2 : nil))
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
    if let subject, self.modality(items, from: max(0, subject - 4), to: subject).hypothetical, !items[max(0, subject - 4)..<subject].contains(where: { $0.is(.comma) }) {
      modality.hypothetical = true
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
        // "said the accord was illegal", "says the U.S. presence in Syria is illegal": the
        // verdict follows the object's phrase and "was", in the same clause.
        if pattern.afterCopula {
          guard let o = object, o > q,
            let be = items[(o + 1)...].prefix(6).prefix(while: { !$0.is(.comma) && !$0.is(.that) && !$0.endsClause }).firstIndex(where: { Self.beForms.contains($0.lower) }),
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
      // "the president ordered a Turkish incursion into Syria": the demonym on the trigger is its agent.
      // "attacks on Israel by the Houthis": an agent after the object, behind "by".
      var sources = wisher.map { items[$0].actors } ?? participleAgent(of: p, in: items) ?? demonymSubject(before: p, in: items)
        ?? nominalAgent(of: p, object: object, in: items) ?? subject.map { items[$0].actors } ?? []
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
      return pairs(sources + backers, targets) + (pattern.mutual ? pairs(targets, sources) : [])
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

  /// The pair that "the deal" or "the talks" in the few words before `p` refers to.
  private func referredPair(before p: Int, in items: [SentenceItems.Item]) -> [ActorID]? {
    let words = items[..<p].prefix(3).map(\.lower)
    if lastAgreeingPair.count == 2, words.contains(where: Vocabulary.dealNouns.contains) { return lastAgreeingPair }
    if lastMeetingPair.count == 2, words.contains(where: Vocabulary.talkNouns.contains) { return lastMeetingPair }
    return nil
  }

  /// The pair that agreed to the deal "the" or "this" names right after a verb of mediation
  /// ("brokered the truce", "brokering this rapprochement").
  private func pairOfDeal(after q: Int, in items: [SentenceItems.Item]) -> [ActorID]? {
    guard lastAgreeingPair.count == 2, q + 2 < items.count, items[q + 1].is(.the) || items[q + 1].is(.that) || items[q + 1].lower == "this" else { return nil }
    func isDeal(_ k: Int) -> Bool { items[k].isA(.dealNoun) || items[k].lower == "rapprochement" }
    // "the peace deal": one word may qualify it.
    let noun = q + 3 < items.count && !isDeal(q + 2) ? q + 3 : q + 2
    guard isDeal(noun) else { return nil }
    // Not "brokered the ceasefire that ended the 2020 war": a deal described is another one.
    guard noun + 1 == items.count || items[noun + 1].endsClause || items[noun + 1].is(.comma) || items[noun + 1].is(.and) else { return nil }
    return lastAgreeingPair
  }

  private func mediation(_ pattern: RelationPatterns.Pattern, _ items: [SentenceItems.Item], _ p: Int, _ q: Int, subject: Int?) -> [(ActorID, ActorID)] {
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

  /// The agent named by "by" right after the object of a noun of attack ("attacks on Israel
  /// by the Houthis"), if any.
  private func nominalAgent(of p: Int, object: Int?, in items: [SentenceItems.Item]) -> [ActorID]? {
    guard items[p].isA(.attackNoun), let o = object, o > p, o + 2 < items.count, items[o + 1].is(.by) else { return nil }
    let agent = items[o + 2].is(.the) ? o + 3 : o + 2
    guard agent < items.count, items[agent].isGroup, !items[agent].possessivePronoun else { return nil }
    return items[agent].actors
  }

  /// The agent of an infinitive the trigger is in ("to back", "to express solidarity"):
  /// the possessor of the noun it completes ("Madrid's decision to back"), or the clause
  /// subject past the object of a past verb ("called Fidan to express solidarity").
  private func infinitiveAgent(before p: Int, nearest: Int?, in items: [SentenceItems.Item]) -> Int? {
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
  private func purposeAgent(to: Int, nearest: Int?, in items: [SentenceItems.Item]) -> Int? {
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
    // who holds it.
    guard v > 0, let verb = items[v].token, verb.isWord, !verb.isCapitalized, !verb.isA(.wishVerb), verb.lower.hasSuffix("ed") || Self.pastForms.contains(verb.lower),
      !Self.appointingVerbs.contains(verb.lower),
      let agent = items[max(0, v - 3)..<v].lastIndex(where: \.isGroup),
      items[(agent + 1)..<v].allSatisfy({ $0.is(.comma) || ($0.token?.isWord == true && !$0.isA(.preposition) && !$0.isA(.clauseOpener)) }),
      agent == 0 || !items[agent - 1].isA(.preposition)
    else { return nil }
    return agent
  }

  /// The one helped in a fight the trigger at `p` names: "backing Syrian rebels in an offensive
  /// to seize Jarablus from", "supporting the SDF in its battle against". They fight too.
  private func helpedAgent(before p: Int, in items: [SentenceItems.Item]) -> Int? {
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
  private static let campaignNouns: WordSet = ["offensive", "offensives", "campaign", "operation", "push", "drive", "bid", "effort", "efforts", "attempt"]
  private static let helpingVerbs: WordSet = [
    "backing", "backed", "backs", "back", "supporting", "supported", "supports", "support", "helping", "helped", "helps", "help",
    "assisting", "assisted", "aiding", "aided",
  ]

  /// The one a verb of letting names before the verb at `v`: "let the Peshmerga cross its
  /// territory to fight", "let Peshmerga forces from Iraq cross" (they fight, not who let them).
  private func permittedAgent(before v: Int, in items: [SentenceItems.Item]) -> Int? {
    var agent = v - 1
    // Past where the one named comes from: "forces from Iraq".
    if agent >= 2, items[agent].isGroup, items[agent - 1].is(.from) || items[agent - 1].is(.in) { agent -= 2 }
    // "Peshmerga forces": the group's force noun.
    if agent >= 1, !items[agent].isGroup, items[agent].isA(.forceHead) { agent -= 1 }
    guard agent >= 1, items[agent].isGroup, !items[agent].possessivePronoun else { return nil }
    let verb = items[agent - 1].is(.the) ? agent - 2 : agent - 1
    return verb >= 0 && Self.permitVerbs.contains(items[verb].lower) ? agent : nil
  }

  /// Whether the group at `k` names a border ("the Lebanon-Syria border", "the Syrian border").
  private func isBorderPlace(_ k: Int, in items: [SentenceItems.Item]) -> Bool {
    // ("struck Lebanon's border villages": what a state has on its border is its own.)
    guard !items[k].possessive else { return false }
    var j = k + 1
    if j + 1 < items.count, items[j].is(.hyphen), items[j + 1].isGroup { j += 2 }
    return j < items.count && Self.borderNouns.contains(items[j].lower)
  }
  private static let borderNouns: WordSet = ["border", "borders", "frontier", "boundary"]

  /// "a meeting of the six powers negotiating with Tehran": a participle right after a plural
  /// noun phrase that names no actor says what that phrase does, not what an actor before did.
  private func isParticipleOfUnnamed(_ p: Int, in items: [SentenceItems.Item]) -> Bool {
    guard p >= 2, !items[p - 1].isGroup, let noun = items[p - 1].token, noun.isWord, !noun.isCapitalized, let verb = items[p].token, verb.isWord,
      verb.lower.hasSuffix("ing"), noun.lower.count > 3, noun.lower.hasSuffix("s"), !Self.endingInS.contains(noun.lower),
      let determiner = items[max(0, p - 4)..<(p - 1)].lastIndex(where: { $0.isA(.determiner) && !$0.isGroup })
    else { return false }
    return !items[determiner..<p].contains(where: \.isGroup)
  }
  /// Words ending in "s" that are no plural noun.
  private static let endingInS: WordSet = ["this", "thus", "always", "perhaps", "across", "unless", "whereas", "besides", "sometimes", "various", "previous", "serious"]

  /// Verbs that give the one named a post ("elected X to lead").
  private static let appointingVerbs: WordSet = [
    "appointed", "named", "elected", "chose", "chosen", "picked", "tapped", "nominated", "installed", "selected", "designated", "reappointed",
    "reelected",
  ]

  /// Verbs after which the one named does what the next verb says ("let the Peshmerga cross").
  private static let permitVerbs: WordSet = ["let", "lets", "letting", "help", "helped", "helps", "helping", "make", "made", "makes"]

  /// Whether the group at `k` is a capital after a preposition ("in Paris"), or a state after
  /// "in" ("talks in Oman"): a place, not the government it can stand for.
  private func isPlace(_ k: Int, in items: [SentenceItems.Item]) -> Bool {
    // The cheap test first: this runs for every group of every clause the patterns read.
    guard k >= 1, items[k - 1].isA(.preposition), items[k].isGroup else { return false }
    // "the new government in Damascus": a seat after a government's noun says whose it is.
    if k >= 2, items[k - 1].is(.in), Vocabulary.governmentNouns.contains(items[k - 2].lower) { return false }
    // "with Ankara supporting the GNA": a seat opening an absolute clause is its subject.
    if items[k - 1].is(.with), k + 1 < items.count, let next = items[k + 1].token, next.isWord, !next.isCapitalized, next.lower.hasSuffix("ing") { return false }
    return items[k].isOnly(.seat) || (items[k - 1].is(.in) && items[k].isOnly(.name) && items[k].actors.count == 1 && typeOf(items[k].actors[0]) == .state)
  }

  // MARK: - Finding the actors around a trigger

  /// The subject of a trigger: the nearest group to the left that is not the object of a
  /// preposition, through "which"/"who" to the group before, not across a clause boundary.
  private func subjectIndex(before p: Int, in items: [SentenceItems.Item]) -> Int? {
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

  /// The first group in subject position in the clause before `p` ("The SDF took Raqqa with
  /// the support of ...": the SDF; "since Damascus succeeded, with ...": Damascus), or the
  /// group a relative pronoun opening the clause describes.
  /// "Saudi Arabia has been bombing the Houthis in support of Hadi": a trigger that opens with
  /// a preposition qualifies the verb before it, so its agent is that verb's subject, not the
  /// verb's object named right before the phrase.
  private func phraseAgent(before p: Int, nearest: Int?, in items: [SentenceItems.Item]) -> Int? {
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

  private func clauseSubject(before p: Int, in items: [SentenceItems.Item]) -> Int? {
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
  private func isParticipleAfter(_ k: Int, trigger p: Int, in items: [SentenceItems.Item]) -> Bool {
    let j = k + 1
    guard j <= p, p - j <= 2, let token = items[j].token, token.isWord, !token.isCapitalized, token.lower.hasSuffix("ing"),
      !Self.notParticiples.contains(token.lower)
    else { return false }
    return j == p || (items[j + 1].is(.to) && p == j + 2)
  }

  private static let notParticiples: WordSet = ["during", "including", "according", "following", "regarding", "concerning", "nothing", "something"]

  /// Whether group `k` ends a verb's object just before ", trigger" ("armed rebel factions,
  /// hosted"): a plain word that is no preposition, conjunction or determiner comes before the
  /// group, and a group stands before that word in the same clause.
  private func isObjectBeforeNextVerb(_ k: Int, trigger p: Int, in items: [SentenceItems.Item]) -> Bool {
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
  private func isSingularRelative(after g: Int, trigger p: Int, in items: [SentenceItems.Item]) -> Bool {
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
  private static let singularAuxiliaries: WordSet = ["has", "is", "was", "does"]
  private static let pluralAuxiliaries: WordSet = ["have", "are", "were", "do"]

  /// A relative clause set off by commas right before the trigger ("Haftar, who has received
  /// support from Egypt, met"): the group it describes, and the clause's items.
  private func relativeClause(before p: Int, in items: [SentenceItems.Item]) -> (antecedent: Int, clause: Range<Int>)? {
    // The cheap test first: most clauses have no relative pronoun.
    guard items[..<p].contains(where: { $0.is(.who) || $0.is(.which) || $0.is(.whose) }) else { return nil }
    // "..., held separate talks with": a noun after a light verb is read from the verb.
    var verb = p
    if let light = items[max(0, p - 3)..<p].lastIndex(where: { Self.lightVerbs.contains($0.lower) }),
      items[(light + 1)..<p].allSatisfy({ !$0.isGroup && $0.token?.isWord == true })
    {
      verb = light
    }
    // Auxiliaries and adverbs may stand between the clause and the trigger ("..., has long relied").
    var end = verb - 1
    while end >= 0, verb - end <= 3, Self.auxiliaries.contains(items[end].lower) || (items[end].token?.isWord == true && items[end].lower.hasSuffix("ly")) {
      end -= 1
    }
    guard end >= 0, items[end].is(.comma), let w = items[..<end].lastIndex(where: { $0.is(.who) || $0.is(.which) || $0.is(.whose) }), w >= 2,
      items[w - 1].is(.comma), items[w - 2].isGroup, !items[w..<end].contains(where: { $0.endsClause })
    else { return nil }
    return (w - 2, w..<end)
  }

  /// Whether a word before a nominal trigger qualifies it ("its military support"): an
  /// adjective by its ending or one of a few common modifiers.
  private static func isModifier(_ word: String) -> Bool {
    ["air", "drone", "missile", "rocket", "arms", "cross", "border", "ground", "naval", "new", "recent", "latest", "tacit", "covert", "direct", "open", "full", "long", "strong",
     "first", "second", "third", "last", "biggest", "largest", "deadliest", "most", "major"].contains(word)
      || ["al", "ed", "ing", "ive", "ic", "ous", "ent", "ant", "ary", "ful", "ish", "ian", "ese", "ly"].contains(where: word.hasSuffix)
  }
  private static let blameVerbs: WordSet = ["blamed", "blames", "blame", "blaming"]
  /// Words that date an act before its agent's name ("the recent Houthi attacks").
  /// Words between "his" and the group he leads ("his self-styled Libyan National Army").
  private static let ownGroupModifiers: WordSet = ["own", "self", "styled", "so", "called", "new", "ruling", "armed"]
  private static let timeModifiers: WordSet = [
    "recent", "latest", "last", "new", "fresh", "renewed", "repeated", "previous", "earlier",
    // "condemned the brutal Turkish aggression": words judging the act, as they do.
    "brutal", "blatant", "flagrant", "unprovoked", "illegal", "barbaric", "criminal", "deadly", "continued", "ongoing",
  ]
  /// Plural nouns of fighters and crowds besides `Vocabulary.memberNouns` that, unnamed, do
  /// what a participle or a clause's verb after them says.
  private static let unnamedFighters: WordSet = ["insurgents", "separatists", "jihadists", "paramilitaries", "protesters", "protestors", "demonstrators", "rioters", "crowds"]
  /// Verbs that accuse their object of what follows "of" ("accused Iran of").
  private static let accusingVerbs: WordSet = ["accused", "accuses", "accuse", "accusing", "blamed", "blames", "blaming", "charged", "suspected"]
  /// Participles that accuse their subject of a gerund after "of" ("accused of arming").
  private static let accusationParticiples: WordSet = ["accused", "suspected", "blamed", "charged"]
  /// Spans of time an act fills ("after days of fighting").
  private static let spanNouns: WordSet = ["hours", "days", "weeks", "months", "years", "decades", "nights"]

  /// Nouns for fighting itself, which a call to end asks of everyone.
  private static let hostilityNouns: WordSet = ["fighting", "hostilities", "violence", "clashes", "bloodshed", "escalation"]

  /// Nouns for the members of an alliance ("and other factions of").
  private static let memberGroupNouns: WordSet = ["groups", "factions", "members", "militias", "parties", "components", "units", "brigades"]

  /// Nouns for those against someone: "Assad's enemies" are not Assad.
  private static let opponentNouns: WordSet = Vocabulary.rivalNouns.union(["opponents", "critics", "detractors"])
  private static let unnamedHeads: WordSet = ["leader", "head", "chief", "commander", "spokesman", "spokeswoman", "spokesperson"]
  private static let memberNouns: WordSet = ["fighters", "members", "militants", "troops", "forces", "units", "soldiers", "gunmen", "commanders", "factions"]
  /// Verbs of fighting someone off, which after "help" say whom the help is against ("helped
  /// repel the offensive", "help defeat the Islamic State").
  private static let fendingVerbs: WordSet = [
    "repel", "repulse", "defeat", "fight", "counter", "combat", "destroy", "crush", "oust", "topple", "expel", "dislodge", "rout",
    "resist", "deter", "confront", "fend", "beat", "halt", "stop", "contain", "push", "drive", "retake", "recapture", "thwart",
  ]
  /// Nouns for the people of a person, who are not that person ("Burhan's deputy").
  private static let personsOwnPeople: WordSet = [
    "deputy", "deputies", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "spokesman", "spokeswoman", "spokesperson",
    "son", "sons", "daughter", "daughters", "brother", "brothers", "wife", "nephew", "cousin", "successor", "predecessor",
  ]
  /// Verbs that "back" follows as a particle ("beat back", "pushed back", "hit back").
  private static let backParticleVerbs: WordSet = [
    "beat", "beats", "beating", "beaten", "push", "pushed", "pushes", "pushing", "fight", "fought", "fights", "fighting",
    "hit", "hits", "hitting", "strike", "strikes", "struck", "striking", "drive", "drove", "driven", "drives", "driving",
    "roll", "rolled", "rolling", "rolls", "force", "forced", "forcing", "turn", "turned", "turning", "scale", "scaled", "scaling",
    "win", "won", "winning", "take", "took", "taken", "taking", "pull", "pulled", "pulling", "step", "stepped", "stepping",
  ]
  /// Nouns of attempts at an agreement ("U.S.-mediated efforts").
  private static let effortNouns: WordSet = ["efforts", "effort", "bid", "bids", "initiative", "process"]
  /// Nouns of a halt to fighting, which say that those it is between fought.
  private static let truceNouns: WordSet = ["ceasefire", "ceasefires", "truce", "truces", "armistice"]
  /// Nouns that count people ("hundreds of fighters").
  private static let countNouns: WordSet = ["dozens", "hundreds", "thousands", "scores", "handful", "number"]
  /// Whether a word may stand before an act's agent without counting as a gap: one of time
  /// ("the recent Houthi attacks"), of place ("the northern Iraqi city") or of faith ("the
  /// Christian Lebanese Forces party").
  private static func qualifiesAgent(_ word: String) -> Bool {
    timeModifiers.contains(word) || placeAdjectives.contains(word) || Vocabulary.faithAdjectives.contains(word)
  }
  private static let placeAdjectives = Vocabulary.compassWords.union(["central", "neighbouring", "neighboring"])
  private static let lightVerbs: WordSet = [
    "held", "had", "hold", "holds", "holding", "conducted", "began", "started", "opened", "made", "imposed", "slapped", "launched", "carried",
  ]
  private static let beForms: WordSet = ["is", "are", "was", "were", "been", "being", "be"]
  /// Forms of "be" that, before "to", say something is planned ("were to meet").
  private static let plannedForms: WordSet = ["is", "are", "was", "were"]
  /// Verbs that undo sanctions.
  private static let easingVerbs: WordSet = [
    "eased", "eases", "ease", "easing", "lifted", "lifts", "lift", "lifting", "relaxed", "relaxes", "relax", "waived", "waives", "waive",
    "suspended", "suspends", "loosened", "loosens", "removed", "removes", "scrapped", "dropped",
  ]
  /// Words that qualify a membership ("a founding member of").
  private static let membershipQualifiers: WordSet = [
    "founding", "full", "permanent", "fellow", "associate", "key", "leading", "active", "former", "new", "remain", "remains", "remained",
    "become", "becomes", "became",
  ]
  private static let auxiliaries: WordSet = [
    "was", "were", "is", "are", "has", "have", "had", "long", "also", "already", "since", "then", "still", "helped", "helps", "help",
    "began", "started", "continued", "continues",
  ]

  /// In a headline (a sentence with no closing stop), the group that a comma joins to the
  /// subject at `subject` when the two open it: "Yemen's government, southern separatists sign".
  private func headlinePartner(of subject: Int, in items: [SentenceItems.Item]) -> Int? {
    guard subject >= 2, items[subject - 1].is(.comma), let last = items.last, !last.endsClause, !last.is(.question), !last.is(.exclamation) else { return nil }
    let partner = subject - 2
    guard items[partner].isGroup, !items[partner].possessive, partner == 0 || (partner == 1 && items[0].is(.the)) else { return nil }
    return partner
  }

  /// The relative pronoun opening the clause whose subject is `subject`, past an article
  /// ("which [Washington] backs", "which the [United States] backs").
  private func relativePronoun(before subject: Int, in items: [SentenceItems.Item]) -> Int? {
    let k = subject >= 2 && items[subject - 1].is(.the) ? subject - 2 : subject - 1
    guard k >= 1, items[k].is(.which) || items[k].is(.whom) || items[k].is(.that) else { return nil }
    return k
  }

  /// The group a relative clause opened right before `subject` describes ("the YPG militia,
  /// which [Turkey] considers ..."): up to two words may follow the group's name.
  private func relativeObject(of subject: Int, in items: [SentenceItems.Item]) -> Int? {
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
  private func gappedObject(of subject: Int, trigger q: Int, in items: [SentenceItems.Item]) -> Int? {
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
  private func isSubjectPosition(_ k: Int, in items: [SentenceItems.Item], trigger: Int) -> Bool {
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

  /// The actors of one of `types`, or all of them when there are no types to keep.
  private func ofTypes(_ actors: [ActorID], _ types: Set<ActorType>?) -> [ActorID] {
    guard let types else { return actors }
    return actors.filter { typeOf($0).map(types.contains) ?? false }
  }

  /// Whether the words after a trigger at `q` say its subject's actors did it to each other:
  /// "each other", "one another", or "the other" after "each" ("have each accused the other").
  private func namesEachOther(after q: Int, in items: [SentenceItems.Item]) -> Bool {
    guard q + 2 < items.count else { return false }
    let (first, second) = (items[q + 1].lower, items[q + 2].lower)
    if (first == "each" && second == "other") || (first == "one" && second == "another") { return true }
    return first == "the" && second == "other" && items[max(0, q - 3)..<q].contains { $0.lower == "each" }
  }

  /// Whether the word at `k` opens a clause of its own ("as talks resume", "while", "but"), not
  /// "as well as" or "such as". ("after talks hosted by Egypt": "after" is a preposition there.)
  private func opensClauseOfItsOwn(_ k: Int, in items: [SentenceItems.Item]) -> Bool {
    if items[k].is(.as) {
      let joinsNames = (k + 1 < items.count && items[k + 1].lower == "well") || (k > 0 && ["well", "such"].contains(items[k - 1].lower))
      return !joinsNames
    }
    return items[k].is(.while) || items[k].is(.when) || items[k].isA(.clauseOpener)
  }

  /// Whether what a verb of leading is followed by is what is led: a name after no more than
  /// three words, each a determiner, a qualifying word, a capitalised word or a compound
  /// modifier ("heads the Saudi-backed Presidential Leadership Council").
  private func leadsNamedBody(after q: Int, in items: [SentenceItems.Item]) -> Bool {
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
  private func isCompoundModifier(at k: Int, in items: [SentenceItems.Item]) -> Bool {
    guard k + 3 < items.count, items[k + 1].is(.hyphen), items[k + 2].isA(.compoundParticiple) else { return false }
    let next = items[k + 3]
    // "Turkish-backed factions of the Syrian National Army": or before what belongs to a name.
    let holdingOf = next.isA(.holding) && k + 4 < items.count && items[k + 4].is(.of)
    return next.isGroup || next.isA(.titleWord) || next.isA(.objectTitleModifier) || holdingOf
  }

  /// "struck more than 85 targets in Iraq and Syria linked to the Revolutionary Guards",
  /// "hit sites used by Kataib Hezbollah": the actor that targets right after the trigger are
  /// linked to or used by stands for them.
  private func linkedOwner(after q: Int, in items: [SentenceItems.Item]) -> Int? {
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
  private static func linksToOwner(_ word: String, _ next: String) -> Bool {
    (["to", "with"].contains(next) && linkWords.contains(word)) || (next == "by" && usedWords.contains(word))
  }
  private static let linkWords: WordSet = ["linked", "tied", "belonging", "affiliated", "connected", "loyal", "allied", "aligned"]
  /// A state's or group's own armed men, after "its" or "their".
  private static let ownForceNouns: WordSet = ["troops", "forces", "soldiers", "fighters", "personnel", "army", "police", "peacekeepers"]
  private static let housingWords: WordSet = ["housing", "hosting", "house", "host", "houses", "hosts"]
  private static let usedWords: WordSet = ["used", "run", "operated", "controlled", "held", "owned", "manned"]

  /// The nearest group to the left within the clause, whatever precedes it (for passives).
  private func nearestGroup(before p: Int, in items: [SentenceItems.Item]) -> Int? {
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
  private func describedByAppositive(before p: Int, in items: [SentenceItems.Item]) -> Int? {
    guard p >= 3, p <= 14, items[0].isGroup, items[1].is(.a) || items[1].is(.an),
      !items[2..<p].contains(where: { $0.isGroup || $0.endsClause || $0.is(.comma) || $0.is(.which) || $0.is(.who) || $0.is(.that) })
    else { return nil }
    return 0
  }

  /// The first group after the trigger within `maxGap` words, not across a clause boundary.
  private func objectIndex(after q: Int, in items: [SentenceItems.Item], maxGap: Int) -> Int? {
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
      if let token = items[k].token, token.isCapitalized, demonymState(token) != nil,
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

  /// "the leader of Islamic State, Abu Hussein al-Qurashi": for a leader's title at `t`, the
  /// group it heads and the person named after a comma.
  private func namedLeader(title t: Int, in items: [SentenceItems.Item]) -> (group: Int, person: Int)? {
    guard let (group, named) = SentenceItems.namedAfterTitle(t, in: items), items[named].actors.allSatisfy({ typeOf($0) == .person }) else { return nil }
    return (group, named)
  }

  /// Whether the clause after `q` says its agreement is to end a war or fighting ("to end six
  /// weeks of fighting", "to end the war"), not one with a third party.
  private func endsWar(after q: Int, in items: [SentenceItems.Item]) -> Bool {
    let clause = items[(q + 1)...].prefix(12).prefix { !$0.endsClause && !$0.isA(.clauseOpener) }
    guard let end = clause.firstIndex(where: { $0.lower == "end" }), end > q + 1, items[end - 1].is(.to) else { return false }
    guard let war = items[(end + 1)..<clause.endIndex].prefix(5).firstIndex(where: { Self.warNouns.contains($0.lower) }) else { return false }
    let third = items[(end + 1)..<war].contains(where: \.isGroup)
      || (war + 1 < items.count && (items[war + 1].is(.with) || items[war + 1].lower == "against"))
    return !third
  }

  /// Whether the clause after `q` goes on ", ending a six-year rift": a rift with no third
  /// party named in it.
  private func endsRift(after q: Int, in items: [SentenceItems.Item]) -> Bool {
    let clause = items[(q + 1)...].prefix(16).prefix { !$0.endsClause }
    guard let ending = clause.firstIndex(where: { $0.lower == "ending" }), items[ending - 1].is(.comma) else { return false }
    guard let rift = items[(ending + 1)..<clause.endIndex].prefix(5).firstIndex(where: { Self.riftNouns.contains($0.lower) }) else { return false }
    return !items[(ending + 1)..<rift].contains(where: \.isGroup) && !(rift + 1 < items.count && items[rift + 1].is(.with))
  }
  /// What two at odds have between them.
  private static let riftNouns: WordSet = ["rift", "feud", "dispute", "row", "standoff", "estrangement", "rupture", "spat"]

  /// What two sides wage on each other.
  private static let warNouns: WordSet = ["war", "fighting", "conflict", "hostilities", "clashes"]

  /// "struck positions of the PKK in Iraq and of the YPG in Syria", "attacks on SDF positions and
  /// on government troops", "spoke with Wang Yi and with Heiko Maas": the groups of a second
  /// phrase of the object's preposition joined by "and".
  private func alsoOf(_ object: Int, in items: [SentenceItems.Item]) -> [ActorID] {
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

  private static let numberWords: WordSet = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "several", "many"]

  /// Where the person starts when the items from `k` are an optional demonym and title words
  /// before a named person ("Lebanese parliament speaker [Nabih Berri]", "his Syrian
  /// counterpart, [Asaad al-Shibani]"), else nil.
  private func titleRun(from k: Int, in items: [SentenceItems.Item]) -> Int? {
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

  /// What the lexicon says an actor is part of, and what that is part of, nearest first.
  private func wholes(of actor: ActorID) -> [ActorID] {
    var chain: [ActorID] = []
    var current = actor
    while let whole = partOf(current), !chain.contains(whole), chain.count < 4 {
      chain.append(whole)
      current = whole
    }
    return chain
  }

  /// "An Israeli air strike destroyed Iran's consulate, killing seven members of the IRGC": a
  /// participle after a comma has the clause's agent, the first subject of the clause or the
  /// state of a demonym before an act ("An Israeli air strike"), not the nearest actor.
  private func participleAgent(of p: Int, in items: [SentenceItems.Item]) -> [ActorID]? {
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

  /// Words that call an event off ("cancelled", "called off", "postponed"): `WordClass.cancelWord`.
  static let cancelWords: WordSet = [
    "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "off", "postpone", "postpones", "postponed", "scrap",
    "scraps", "scrapped", "boycott", "boycotts", "boycotted", "skipped", "skips",
  ]
  /// Verbs that put talks on hold ("EU suspends talks with Turkey"); attacks suspended were made.
  private static let suspendingVerbs: WordSet = ["suspend", "suspends", "suspended", "suspending", "freeze", "freezes", "froze", "frozen", "freezing"]
  /// Prepositions after which a pair of rivals are the subject's ("protested to regional rivals").
  private static let rivalsOfSubject: WordSet = ["to", "with", "against", "toward", "towards"]
  /// Verbs that end a measure or take support back ("lifted the embargo", "withdrew its backing").
  private static let endingVerbs: WordSet = [
    "ended", "end", "ends", "ending", "lifted", "lift", "lifts", "lifting", "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing",
    "suspended", "suspend", "suspends", "suspending", "halted", "halt", "halts", "halting", "dropped", "drop", "drops", "dropping",
    "abandoned", "abandon", "abandons", "abandoning",
  ]
  /// Words opening a clause of their own inside a sentence ("as Turkey stepped up").
  private static let clauseSubordinators: WordSet = ["as", "after", "when", "while", "because", "since", "before", "although", "though", "whereas"]

  /// Participles of saying and judging, which go with the one who spoke.
  private static let speakersParticiples: WordSet = [
    "accusing", "blaming", "calling", "urging", "warning", "condemning", "criticising", "criticizing", "denouncing", "praising",
    "thanking", "vowing", "threatening", "describing", "welcoming", "rejecting", "demanding", "pledging", "promising",
  ]

  /// "Turkish incursion", "Russian mediation": a bare demonym right before a nominal trigger.
  private func demonymSubject(before p: Int, in items: [SentenceItems.Item]) -> [ActorID]? {
    var k = p - 1
    // "Israeli attempts to blame Cairo": whose attempt it is does what is attempted.
    if k >= 2, items[k].is(.to), Self.attemptNouns.contains(items[k - 1].lower) { k -= 2 }
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
  private func governedState(_ k: Int, in items: [SentenceItems.Item]) -> ActorID? {
    guard k >= 2, items[k].isGroup, items[k].actors.count == 1, typeOf(items[k].actors[0]) == .person else { return nil }
    var j = k - 1
    while j > 0, items[j].isA(.titleWord) { j -= 1 }
    guard j > 0, items[j].is(.of), ["government", "regime", "administration", "cabinet"].contains(items[j - 1].lower) else { return nil }
    let person = items[k].actors[0]
    return statesOf(person).first ?? statesLedEver(person).first
  }
  /// Nouns after which "of" names who mediates ("the blessing of the Kremlin").
  private static let mediationOfNouns: WordSet = ["blessing", "auspices", "aegis", "mediation", "sponsorship", "patronage", "efforts", "initiative", "invitation"]
  /// Nouns of trying, whose owner does what is tried ("Israeli attempts to blame").
  private static let attemptNouns: WordSet = ["attempt", "attempts", "effort", "efforts", "bid", "bids", "moves"]
  private static let armedNouns: WordSet = ["forces", "force", "groups", "group", "factions", "men", "wing", "struggle", "conflict", "opposition", "militias"]
  private static let headedBodies: WordSet = ["council", "government", "office", "administration", "cabinet", "bureau", "movement", "party"]
  /// Irregular past forms of verbs.
  static let pastForms: WordSet = ["met", "held", "had", "made", "struck", "fought", "led", "sent", "took", "sold", "gave", "hit", "shot", "won", "fell", "broke", "began", "spoke", "brought", "bought", "seized", "overran"]
  private static let partyQualifiers: WordSet = [
    "secular", "ruling", "nationalist", "opposition", "main", "largest", "powerful", "armed", "militant", "islamist", "conservative",
    "leftist", "far-right", "right-wing", "left-wing", "governing", "outlawed", "banned", "paramilitary", "elite", "notorious", "feared",
    "shadowy", "rival", "jihadist",
  ]
  /// Epithets that stand without an article ("called the three leaders criminals", "called them
  /// "Nazi remnants"").
  private static let bareEpithets: WordSet = [
    "criminals", "terrorists", "murderers", "butchers", "thugs", "traitors", "tyrants", "dictators", "warlords", "puppets", "aggressors",
    "occupiers", "invaders", "mercenaries", "enemies", "fascists", "nazi", "nazis",
  ]
  private static let verbsBeforeBack: WordSet = [
    "pull", "pulls", "pulled", "pulling", "hit", "hits", "hitting", "strike", "strikes", "struck", "striking", "fight", "fights", "fought",
    "fighting", "fall", "falls", "fell", "falling", "push", "pushed", "pushing", "pushes", "come", "came", "coming", "go", "went",
    "turn", "turned", "roll", "rolled", "scale", "scaled", "cut", "cuts", "step", "stepped", "bounce", "bounced", "win", "won", "send", "sent",
  ]
  private static let tieNouns: WordSet = ["cooperation", "ties", "relations", "talks", "dialogue", "support", "partnership", "contacts"]

  private struct Modality {
    var negated = false
    var hypothetical = false
    var wished = false
  }

  /// Negation, hypotheticals and wishes between the subject and the end of the trigger.
  /// - Parameter trigger: the trigger's first item, which is not its own modal ("Turkey
  ///   considers the YPG a terrorist group": "considers" is the trigger, not a hedge).
  private func modality(_ items: [SentenceItems.Item], from a: Int, to q: Int, trigger: Int? = nil) -> Modality {
    var result = Modality()
    guard a <= q else { return result }
    var sawComma = false
    // "said the group would ignore it and accused the government": a verb in the past after
    // "and" is a clause of its own, outside the modal and negation before it.
    let past = trigger.flatMap { items[$0].token }.map { $0.lower.hasSuffix("ed") || Self.pastForms.contains($0.lower) } ?? false
    // The trigger's own words are not its modality ("a truce proposed by").
    for k in stride(from: q, through: a, by: -1) where k != trigger && !(trigger.map { $0 < q } == true && k == q) {
      if past, k < (trigger ?? q), items[k].is(.and) { break }
      // "would not fight Israel but urged it to withdraw": nor is a verb after "but".
      if let trigger, k < trigger, items[k].is(.but) { break }
      if items[k].is(.comma) { sawComma = true }
      if items[k].isA(.negator), !sawComma { result.negated = true }
      // "will continue its fight against": what goes on is asserted.
      if items[k].isA(.modal), !(items[k].lower == "will" && k + 1 < items.count && ["continue", "keep"].contains(items[k + 1].lower)) {
        result.hypothetical = true
      }
      if items[k].isA(.wishVerb) { result.wished = true }
      // "Abbas and Sisi were to meet Biden": what was to be is not asserted (but "Russia's aim
      // was to support" says what it did).
      if items[k].is(.to), k >= 2, k > a, k + 1 == trigger, Self.plannedForms.contains(items[k - 1].lower), items[k - 2].isGroup { result.hypothetical = true }
      // "was looking at ways to help Turkey": what one seeks a way to do is not done.
      if items[k].is(.to), k >= 1, k + 1 == trigger, Self.wayNouns.contains(items[k - 1].lower) { result.hypothetical = true }
    }
    return result
  }

  /// What presses one to act ("resisted calls to", "rejected pressure to").
  private static let pressureNouns: WordSet = ["calls", "call", "demands", "pressure", "requests", "appeals", "efforts", "attempts", "proposals", "invitations"]

  /// Nouns of a way not yet taken ("ways to help").
  private static let wayNouns: WordSet = ["ways", "way", "options", "means", "how"]

  /// "The UAE denied accusations by the army that it arms the RSF": a clause that a denial's
  /// "that" opens, with the subject at `subject`, is not asserted.
  private func isDenied(before subject: Int, in items: [SentenceItems.Item]) -> Bool {
    guard subject >= 1, let that = items[max(0, subject - 3)..<subject].lastIndex(where: { $0.is(.that) }) else { return false }
    for k in stride(from: that - 1, through: max(0, that - 8), by: -1) {
      if items[k].endsClause { return false }
      if items[k].isA(.denialVerb) { return true }
    }
    return false
  }
  /// `WordClass.denialVerb`.
  static let denialVerbs: WordSet = ["denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes"]

  private func isQuestion(_ tokens: [Token]) -> Bool {
    tokens.last?.is(.question) == true || (tokens.count > 1 && tokens[tokens.count - 1].is(.quote) && tokens[tokens.count - 2].is(.question))
  }

  // MARK: - Relations outside the patterns' subject-trigger-object shape

  /// "Iran warned it would strike Israel", "Ankara said its troops will hit the YPG": an attack
  /// promised ("will", "would") in what an actor says is a threat, which opposes the target.
  /// Attacks that might or could happen are not.
  private func threat(_ pattern: RelationPatterns.Pattern, _ items: [SentenceItems.Item], _ p: Int, _ q: Int, subject: Int?) -> [Found] {
    guard pattern.form == .active, pattern.relation == .opposes, Self.threatenedActs.contains(pattern.subtype) else { return [] }
    let from = subject ?? p
    guard let verb = items[max(0, from - 10)..<from].lastIndex(where: { $0.isA(.speechVerb) || Self.threatVerbs.contains($0.lower) }),
      !items[verb..<p].contains(where: { $0.endsClause }),
      items[verb..<q].contains(where: { Self.promiseModals.contains($0.lower) }),
      !items[verb..<q].contains(where: { $0.isA(.modal) && !Self.promiseModals.contains($0.lower) }),
      !items[verb..<q].contains(where: { $0.isA(.negator) }),
      // "said Israel would be punished for the strike on its consulate": an act behind a
      // preposition of cause is what was done, not what is promised.
      !items[verb..<p].contains(where: { $0.isA(.causePreposition) || $0.is(.for) }),
      let speaker = subjectIndex(before: verb, in: items),
      let object = objectIndex(after: q, in: items, maxGap: pattern.maxGap)
    else { return [] }
    // "warned that Israel would strike again wherever it was needed": the one who would strike
    // is not threatened.
    let attackers = subject.map { items[$0].actors } ?? []
    let targets = ofTypes(items[object].actors, pattern.objectTypes).filter { !attackers.contains($0) }
    return threats(by: items[speaker].actors, against: targets)
  }

  /// "The strikes, supported by Australia, Bahrain and Canada, hit radar sites": those who
  /// supported the attacks the article has just reported back those who made them.
  private func supportedAttacks(_ items: [SentenceItems.Item]) -> [Found] {
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
  /// Participles that say who supported an act ("The strikes, supported by ...").
  private static let supportParticiples: WordSet = ["supported", "backed", "assisted", "aided", "joined"]

  /// Each speaker threatening each target that is not himself.
  private func threats(by speakers: [ActorID], against targets: [ActorID]) -> [Found] {
    speakers.flatMap { s in targets.filter { $0 != s }.map { Found(source: s, relation: .opposes, subtype: "threatens", cameo: "13", target: $0) } }
  }
  /// "'Hezbollah will pay a heavy price,' Netanyahu said", "Iran vowed that Israel would pay
  /// dearly": one who says an actor will pay (a price) threatens it.
  private func priceThreats(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    // Word classes and groups are tested before any spelling: this runs on every item.
    for k in items.indices.dropFirst(2) where items[k - 1].isA(.modal) && items[k - 2].isGroup && Self.promiseModals.contains(items[k - 1].lower) {
      let payer = k - 2
      // "Israel would be punished": a punishment promised is a threat too.
      let punished = items[k].lower == "be" && k + 1 < items.count && items[k + 1].lower == "punished"
      guard punished || items[k].lower == "pay" else { continue }
      // "will pay a heavy price", "will pay dearly", "will pay for it" (not "will pay for the
      // reconstruction": what is paid for is the act a pronoun points back to).
      let forIt = k + 2 < items.count && items[k + 1].is(.for) && (items[k + 2].isOnly(.reference) || Self.demonstratives.contains(items[k + 2].lower))
      guard !items[payer].possessive, !items[payer].possessivePronoun,
        punished || forIt || items[(k + 1)...].prefix(4).contains(where: { $0.lower == "price" || $0.lower == "dearly" }),
        let speaker = threatSpeaker(before: payer, in: items) ?? quoteSpeaker(after: k, in: items)
      else { continue }
      found += threats(by: items[speaker].actors, against: items[payer].actors)
    }
    return found
  }

  /// The subject of a verb of saying or vowing shortly before item `g`, in the same clause
  /// ("Iran vowed that Israel").
  private func threatSpeaker(before g: Int, in items: [SentenceItems.Item]) -> Int? {
    if let verb = items[max(0, g - 4)..<g].lastIndex(where: { $0.isA(.speechVerb) || Self.threatVerbs.contains($0.lower) }),
      !items[verb..<g].contains(where: { $0.endsClause || $0.isGroup })
    {
      return subjectIndex(before: verb, in: items)
    }
    // "said Iran had made a big mistake and it will pay": a pronoun for the one just named.
    guard items[g].isOnly(.reference), let verb = items[max(0, g - 12)..<g].lastIndex(where: { $0.isA(.speechVerb) }),
      !items[verb..<g].contains(where: { $0.endsClause || ($0.isGroup && $0.actors != items[g].actors) })
    else { return nil }
    return subjectIndex(before: verb, in: items)
  }

  /// The one named after item `k` as saying what comes before (items hold no quotation
  /// marks): `, Netanyahu said` or `, said Netanyahu`.
  private func quoteSpeaker(after k: Int, in items: [SentenceItems.Item]) -> Int? {
    var c = k + 1
    while c + 2 < items.count, !items[c].endsClause {
      if items[c].is(.comma) {
        if items[c + 1].isGroup, items[c + 2].isA(.speechVerb) { return c + 1 }
        if items[c + 1].isA(.speechVerb), items[c + 2].isGroup { return c + 2 }
      }
      c += 1
    }
    return nil
  }

  /// Pronouns that point back to an act ("will pay for this").
  private static let demonstratives: WordSet = ["it", "this", "that"]

  /// Modals that promise rather than weigh what follows.
  private static let promiseModals: WordSet = ["will", "would", "'ll"]
  /// The pattern subtypes of acts a threat can promise.
  private static let threatenedActs: WordSet = ["attacks", "fights", "acts_against"]
  /// Units of an actor named after it ("the UN mission"), led by their own heads.
  private static let unitNouns: WordSet = ["mission", "missions", "delegation", "team", "office", "wing", "branch", "embassy", "envoy"]
  private static let offerVerbs: WordSet = ["offered", "offers", "offer", "offering", "proposed", "proposes", "volunteered"]
  private static let threatVerbs: WordSet = ["vowed", "vows", "threatened", "threatens", "pledged", "pledges", "promised", "promises"]

  /// "Damascus and Moscow regard HTS as a terrorist group, as do Ankara and Washington": those
  /// named after "as do" ("as did the Palestinian Authority", "as have Qatar and Oman") say
  /// what the clause's subject says, of the same object.
  private func sameAsDone(_ found: [Found], in items: [SentenceItems.Item]) -> [Found] {
    func verb(before g: Int) -> Int { g >= 1 && items[g - 1].is(.the) ? g - 2 : g - 1 }
    guard let g = items.indices.last(where: { i in
      let v = verb(before: i)
      return v >= 2 && items[i].isGroup && Self.proVerbs.contains(items[v].lower) && items[v - 1].is(.as) && items[v - 2].is(.comma)
    }), let subject = items[..<(verb(before: g) - 2)].firstIndex(where: \.isGroup) else { return [] }
    let subjects = Set(items[subject].actors)
    return found.filter { subjects.contains($0.source) }.flatMap { relation in
      items[g].actors.filter { $0 != relation.target }.map { Found(source: $0, relation: relation.relation, subtype: relation.subtype, cameo: relation.cameo, target: relation.target) }
    }
  }

  /// Verbs that stand for the verb of the clause before them ("as did Egypt").
  private static let proVerbs: WordSet = ["do", "does", "did", "has", "have", "had"]

  /// "Bahrain cut ties with Tehran, while the UAE downgraded its relations and Kuwait recalled
  /// its ambassador": a tie cut with no one named is cut with the one the sentence names.
  private func elidedRuptures(_ found: [Found], in items: [SentenceItems.Item]) -> [Found] {
    let targets = found.filter { $0.subtype == "reduces_relations" }.map(\.target).uniqued()
    guard targets.count == 1 else { return [] }
    var result: [Found] = []
    for p in items.indices where Self.ruptureVerbs.contains(items[p].lower) {
      guard let noun = items[(p + 1)...].prefix(3).firstIndex(where: { Self.severedTies.contains($0.lower) }),
        items[(p + 1)..<noun].allSatisfy({ !$0.isGroup || $0.possessivePronoun }),
        noun + 1 == items.count || items[noun + 1].endsClause || items[noun + 1].is(.and) || items[noun + 1].is(.comma)
          || (items[noun + 1].isA(.preposition) && !(noun + 2 < items.count && items[noun + 2].isGroup)),
        let subject = subjectIndex(before: p, in: items)
      else { continue }
      for source in items[subject].actors where source != targets[0] {
        result.append(Found(source: source, relation: .opposes, subtype: "reduces_relations", cameo: "16", target: targets[0]))
      }
    }
    return result
  }
  /// Words for a part of a group ("some of the rebel groups").
  private static let partQuantifiers: WordSet = ["some", "many", "most", "several", "one", "two", "three", "few"]

  private static let envoyNouns: WordSet = ["ambassador", "envoy", "chargé", "charge", "delegate", "representative"]

  /// For group `k` in "Egypt's delegate to the Arab League", the group that sent the envoy.
  private func envoySender(of k: Int, in items: [SentenceItems.Item]) -> Int? {
    var j = k - 1
    if j >= 0, items[j].is(.the) { j -= 1 }
    guard j >= 2, items[j].is(.to), Self.envoyNouns.contains(items[j - 1].lower), items[j - 2].possessive else { return nil }
    return j - 2
  }
  private static let pluralAttackNouns: WordSet = ["strikes", "airstrikes", "raids", "bombardments", "shelling", "bombing", "drones", "missiles"]
  private static let ruptureVerbs: WordSet = [
    "downgraded", "downgrades", "cut", "cuts", "severed", "severs", "suspended", "suspends", "froze", "freezes", "recalled", "recalls",
  ]
  private static let severedTies: WordSet = ["ties", "relations", "ambassador", "ambassadors", "envoy", "envoys", "contacts"]

  /// "... retook the town with Russian air support", "with PKK help": the state of the demonym,
  /// or the one named, backs the subject.
  private func supportWithBacker(_ items: [SentenceItems.Item]) -> [Found] {
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
  /// "Assad named Omar Ghalawanji as caretaker premier": one appointed head of government or
  /// state by a state, or by its leader, leads that state.
  private func appointedLeaders(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for a in items.indices where items[a].is(.as) && a >= 2 && a + 1 < items.count {
      // The cheap tests first: "as" is common, an appointee named after a verb of naming is not.
      guard items[a - 1].isGroup, let verb = items[a - 2].token, verb.isWord, !verb.isCapitalized, Self.appointingVerbs.contains(verb.lower),
        items[a - 1].actors.count == 1, typeOf(items[a - 1].actors[0]) == .person
      else { continue }
      var t = a + 1
      while t < items.count, t - a <= 3, Self.interimWords.contains(items[t].lower) { t += 1 }
      let last = primeMinisterEnd(at: t, in: items)
      let headsGovernment = last < items.count && (last > t || ["premier", "president"].contains(items[t].lower))
      // ("named Abadi as prime minister-designate": not yet in office.)
      let designate = last + 2 < items.count && items[last + 1].is(.hyphen) && ["designate", "elect"].contains(items[last + 2].lower)
      guard headsGovernment, !designate, let subject = subjectIndex(before: a - 2, in: items), !items[subject].negated else { continue }
      let states = items[subject].actors.flatMap { typeOf($0) == .state ? [$0] : typeOf($0) == .person ? statesOf($0) : [] }.uniqued()
      for state in states { found.append(Found(source: items[a - 1].actors[0], relation: .leads, subtype: "heads", target: state)) }
    }
    return found
  }
  /// Where a title at `t` ends: at "minister" when it is "prime minister", else at `t`.
  private func primeMinisterEnd(at t: Int, in items: [SentenceItems.Item]) -> Int {
    t + 1 < items.count && items[t].lower == "prime" && items[t + 1].lower == "minister" ? t + 1 : t
  }
  /// Words before a head of government's title that keep it one ("caretaker premier").
  private static let interimWords: WordSet = ["the", "its", "his", "new", "caretaker", "interim", "acting", "transitional", "country's"]

  /// Verbs of getting support, before who gives it ("receives U.S. military aid").
  private static let receivingVerbs: WordSet = ["receives", "received", "receive", "receiving", "gets", "got", "getting", "enjoys", "enjoyed", "accepted", "accepts"]

  /// "the Kurdistan Regional Government, whose prime minister Masrour Barzani met ...",
  /// "Hezbollah, whose leader Hassan Nasrallah": the person holding a leader's title after
  /// "whose" leads the antecedent (a deputy, a spokesman or a foreign minister does not).
  private func leadsAfterWhose(_ items: [SentenceItems.Item]) -> [Found] {
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
  private func leadsByTrailingTitle(_ items: [SentenceItems.Item]) -> [Found] {
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
  private static let subordinateTitleWords: WordSet = ["deputy", "vice", "assistant", "former", "ex", "acting"]
  /// Titles of monarchs, who head their state.
  private static let rulerTitles: WordSet = ["king", "emir", "sultan"]

  /// "Hakan Fidan, the director of the National Intelligence Organization", "Assad as leader
  /// of Syria", "Bashar al-Assad remained in power".
  private func leadsInAppositives(_ items: [SentenceItems.Item]) -> [Found] {
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
      // "the president of Iraq's autonomous Kurdistan region": the possessed body, past the
      // plain words describing it.
      if items[j].possessive, let body = items[(j + 1)...].prefix(3).firstIndex(where: \.isGroup),
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

  /// "Turkey's National Intelligence Organization" (part_of), "Moscow's ally, Bashar al-Assad"
  /// and "its Syrian ally" (backs).
  private func possessiveRelations(_ items: [SentenceItems.Item]) -> [Found] {
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
        if type == .organization || type == .armedGroup, possessor.allSatisfy({ typeOf($0) == .state || typeOf($0) == .organization }) {
          // "Iran's Quds Force": the lexicon's chain of wholes (Quds Force, IRGC, Iran) counts.
          // A body the lexicon has but places in no state is none of the possessor's ("Sweden's
          // NATO bid", "Turkey's AKP").
          for p in possessor where wholes(of: actor).contains(p) || partOf(actor) == nil && !isInLexicon(actor) && typeOf(p) == .state && type == .organization {
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
        var j = k + 1
        while j < items.count, j <= k + 2, Self.componentModifiers.contains(items[j].lower) { j += 1 }
        if j < items.count, Self.componentNouns.contains(items[j].lower) {
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
        var j = k + 1
        while j < items.count, j <= k + 2, Self.componentModifiers.contains(items[j].lower) { j += 1 }
        if j < items.count, Self.componentNouns.contains(items[j].lower) {
          for member in items[link - 1].actors where isBody(member) && member != item.actors[0] {
            found.append(Found(source: member, relation: .partOf, subtype: "belongs_to", target: item.actors[0]))
          }
        }
      }
      // "the SDF, whose main component is the YPG": the part a whose-clause names.
      if item.actors.count == 1, k + 3 < items.count, items[k + 1].is(.comma), items[k + 2].is(.whose) {
        var j = k + 3
        while j < items.count, j <= k + 4, Self.componentModifiers.contains(items[j].lower) { j += 1 }
        if j + 2 < items.count, Self.componentNouns.contains(items[j].lower), ["is", "was", "are", "were", "remains"].contains(items[j + 1].lower) {
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
        if j < items.count, items[j].isGroup {
          for other in items[j].actors { found.append(backing(possessor: item.actors[0], other: other, tie: tie, equalsBackedBy: .other)) }
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
      if item.isOnly(.forces), k > 0, items[k - 1].possessivePronoun {
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

  /// After a possessive group or pronoun at `k`, the rival it names: "its (regional) rival
  /// Iran", "Riyadh's arch-rival Tehran"; or the one an appositive calls the possessor's rival
  /// ("Saudi Arabia, Iran's regional rival, called for restraint").
  private func rivalNamed(after k: Int, in items: [SentenceItems.Item]) -> Int? {
    guard items[k].possessive || items[k].possessivePronoun else { return nil }
    var r = k + 1
    // One qualifying word, or "arch-".
    if r + 2 < items.count, items[r].lower == "arch", items[r + 1].is(.hyphen) { r += 2 } else if r + 1 < items.count, !items[r].isGroup,
      items[r].token.map({ $0.isWord && !$0.isCapitalized }) == true, !Vocabulary.rivalNouns.contains(items[r].lower)
    {
      r += 1
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

  /// Whether an actor is a body (an organisation or armed group), without building an array of
  /// types to ask.
  private func isBody(_ actor: ActorID) -> Bool {
    let type = typeOf(actor)
    return type == .organization || type == .armedGroup
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
  private func backing(possessor: ActorID, other: ActorID, tie: Tie, equalsBackedBy: Side) -> Found {
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
  private func hasCounterpart(after q: Int, in items: [SentenceItems.Item]) -> Bool {
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
  private func namesAgent(_ k: Int, in items: [SentenceItems.Item]) -> Bool {
    guard k < items.count else { return false }
    if items[k].isGroup { return true }
    guard let token = items[k].token, token.isCapitalized else { return false }
    return demonymState(token) != nil
  }

  /// Whether a leader's title ("secretary-general", "top commander") starts at `r` and ends an
  /// appositive there.
  private func endsLeaderTitle(from r: Int, in items: [SentenceItems.Item]) -> Bool {
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

  private func personTitled(after k: Int, in items: [SentenceItems.Item], modifiers: WordSet, titles: WordSet) -> Int? {
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

  /// Every word `personTitled` may start at, for its one-test filter.
  static let titleOpeners: WordSet = leaderTitleModifiers.union(leaderTitles).union(objectTitleModifiers).union(objectTitles).union(stateLeaderTitles)
    .union(Vocabulary.personTitles).union(["secretary", "prime"])

  static let componentModifiers: WordSet = ["main", "largest", "strongest", "biggest", "leading", "key", "dominant", "military", "armed", "political", "youth", "local", "syrian", "iraqi"]
  static let componentNouns: WordSet = ["component", "wing", "branch", "arm", "affiliate", "offshoot", "faction", "member"]

  /// Titles that make a person an organisation's leader, and the words that may qualify them
  /// (not "deputy" or "former").
  static let leaderTitleModifiers: WordSet = [
    "political", "military", "spiritual", "supreme", "top", "overall", "senior", "jailed", "imprisoned", "detained", "exiled", "slain",
    "late", "longtime", "veteran", "reclusive", "new", "de", "facto", "charismatic", "bureau", "politburo",
  ]
  static let leaderTitles: WordSet = [
    "leader", "chief", "head", "commander", "chairman", "founder", "secretary-general", "boss", "director", "premier", "president", "chairperson",
    "speaker",
  ]
  /// Titles that name who leads a state ("its leader, General Burhan").
  static let stateLeaderTitles: WordSet = ["leader", "ruler", "president", "premier", "emir", "king", "sultan"]
  /// Titles through which an object is the person named ("met Hezbollah's deputy leader X").
  /// Words that qualify a government or its authorities ("the new authorities in Damascus").
  private static let governmentQualifiers: WordSet = ["new", "interim", "transitional", "current", "fledgling", "caretaker", "incoming"]
  /// Prepositions of cause or topic (`WordClass.causePreposition`).
  static let causePrepositions: WordSet = ["over", "about", "amid", "despite", "regarding", "concerning", "against", "because"]
  /// Prepositions of topic besides "on", after which a gerund is talked of, not done.
  private static let topicPrepositions: WordSet = ["about", "regarding", "concerning"]
  /// `WordClass.sequelPreposition`.
  static let sequelPrepositions: WordSet = ["after", "following"]
  /// `WordClass.pendingSubordinator`.
  static let pendingSubordinators: WordSet = ["before", "until", "unless", "once"]
  static let objectTitleModifiers: WordSet = [
    "political", "military", "spiritual", "supreme", "top", "senior", "deputy", "parliament", "parliamentary", "prime", "foreign",
    "defence", "defense", "interior", "vice", "crown", "special", "previous", "former", "late", "suspected", "exiled", "jailed", "detained",
    "caretaker", "interim", "acting", "outgoing", "incoming", "new",
  ]
  static let objectTitles: WordSet = [
    "leader", "chief", "head", "commander", "chairman", "spokesman", "envoy", "official", "speaker", "counterpart", "president",
    "minister", "premier", "king", "emir", "prince", "secretary", "ambassador", "negotiator", "mediator", "adviser", "advisor", "aide",
    "emissary",
  ]

  /// "Hezbollah, Iran's main proxy in Lebanon, ...", "Iran, Hezbollah's main backer", "Russia,
  /// Assad's closest ally": the tie in an appositive, read as `backing` reads it; between
  /// equal allies, the one the sentence is about backs the possessor ("Washington, Israel's
  /// closest ally").
  private func clientsInAppositives(_ items: [SentenceItems.Item]) -> [Found] {
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
  private func copularSubject(before k: Int, in items: [SentenceItems.Item]) -> (subject: Int, along: Int?)? {
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
  private static let memberModifiers: WordSet = ["founding", "full", "key", "leading", "permanent", "core", "longtime", "longstanding"]

  /// Verbs that make their subject what follows ("Iran is Assad's main ally").
  private static let copulas: WordSet = ["is", "was", "are", "were", "remains", "remained", "became", "becomes"]

  /// "the sanctions that Washington imposed on Iran", "the blockade Saudi Arabia and the UAE
  /// imposed on Qatar", "the offensive that Turkey launched against the SDF": an act named
  /// before a relative clause that says who made it and on whom. "the memorandum that Turkey
  /// signed with Libya": so is a deal, made with someone.
  private func gappedActs(_ items: [SentenceItems.Item]) -> [Found] {
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
      for source in items[s].actors {
        for target in items[o].actors where target != source {
          found.append(Found(source: source, relation: relation, subtype: subtype, cameo: cameo, target: target))
        }
      }
    }
    return found
  }

  /// "the U.S.-led coalition against Islamic State": a coalition named for the state that
  /// leads it fights what it is against.
  private func coalitionsAgainst(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for k in items.indices where k + 2 < items.count && items[k].isGroup && items[k].head.contains(.coalitionNoun) && items[k + 1].lower == "against" {
      guard let o = objectIndex(after: k + 1, in: items, maxGap: 1), !modality(items, from: k, to: o).negated else { continue }
      for source in items[k].actors {
        for target in items[o].actors where target != source {
          found.append(Found(source: source, relation: .opposes, subtype: "fights", cameo: "19", target: target))
        }
      }
    }
    return found
  }

  /// "Saudi-Iranian talks", "the Israel-Hezbollah war", "Turkish-Iraqi relations have been
  /// tense": two actors joined by a hyphen before a noun of meeting or hostility are its parties.
  private func pairedCompounds(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for h in items.indices where items[h].is(.hyphen) && h >= 1 && h + 2 < items.count && !items[h].isSpacedDash {
      guard let left = compoundParty(items[h - 1]), let right = compoundParty(items[h + 1]), left != right else { continue }
      // Up to two plain words may say what kind ("border clashes", "nuclear talks").
      var n = h + 2
      while n < items.count, n - h <= 4, Self.pairedNouns[items[n].lower] == nil,
        items[n].token.map({ $0.isWord && !$0.isCapitalized && !$0.isA(.determiner) && !$0.isA(.preposition) }) == true
      {
        n += 1
      }
      guard n < items.count, let (relation, subtype, cameo) = Self.pairedNouns[items[n].lower] else { continue }
      // "Turkish-Iraqi relations have been tense": ties are hostile only when said to be.
      if relation == .opposes, subtype == "strained" {
        guard items[(n + 1)...].prefix(4).contains(where: { Self.strainedWords.contains($0.lower) }) else { continue }
      }
      // "a possible Saudi-Israeli deal", "no Turkish-Syrian talks", "could lead to
      // Saudi-Iranian talks": a meeting named as one that may happen is not asserted.
      let start = items[..<h].lastIndex(where: { $0.endsClause || $0.is(.comma) }).map { $0 + 1 } ?? 0
      let span = modality(items, from: start, to: h - 1)
      if span.negated || span.hypothetical || items[start..<h].contains(where: { Self.prospectiveWords.contains($0.lower) }) { continue }
      let kind = subtype == "strained" ? "rivals" : subtype
      found.append(Found(source: left, relation: relation, subtype: kind, cameo: cameo, target: right))
      if relation == .opposes || relation == .meets {
        found.append(Found(source: right, relation: relation, subtype: kind, cameo: cameo, target: left))
      }
    }
    return found
  }

  /// The one actor an item names as half of a hyphenated pair: a state, group or body
  /// ("U.S.", "Hezbollah"), or a state's demonym ("Saudi", "Iranian"); never a person or place.
  private func compoundParty(_ item: SentenceItems.Item) -> ActorID? {
    let actor: ActorID?
    if item.isGroup {
      actor = item.actors.count == 1 && item.kinds.allSatisfy({ $0 != .reference }) ? item.actors[0] : nil
    } else {
      actor = item.token.flatMap { $0.isCapitalized ? demonymState($0) ?? singleWordActor($0) : nil }
    }
    guard let actor, let type = typeOf(actor), type != .person, type != .location else { return nil }
    return actor
  }

  /// Nouns that make a hyphenated pair before them its parties, with the relation they assert
  /// ("strained" when the words after must say the ties are bad).
  private static let pairedNouns: [String: (RelationKind, String, String)] = [
    "talks": (.meets, "consults", "04"), "negotiations": (.meets, "consults", "04"), "summit": (.meets, "consults", "04"),
    "meeting": (.meets, "consults", "04"), "dialogue": (.meets, "consults", "04"), "consultations": (.meets, "consults", "04"),
    "deal": (.meets, "agrees", "05"), "agreement": (.meets, "agrees", "05"), "accord": (.meets, "agrees", "05"),
    "pact": (.meets, "agrees", "05"), "treaty": (.meets, "agrees", "05"),
    "war": (.opposes, "fights", "19"), "conflict": (.opposes, "fights", "19"), "hostilities": (.opposes, "fights", "19"),
    "clashes": (.opposes, "fights", "19"), "fighting": (.opposes, "fights", "19"), "confrontation": (.opposes, "fights", "19"),
    "tensions": (.opposes, "rivals", "11"), "rivalry": (.opposes, "rivals", "11"), "rift": (.opposes, "rivals", "11"),
    "dispute": (.opposes, "rivals", "11"), "feud": (.opposes, "rivals", "11"), "row": (.opposes, "rivals", "11"),
    "standoff": (.opposes, "rivals", "11"), "spat": (.opposes, "rivals", "11"), "enmity": (.opposes, "rivals", "11"),
    "relations": (.opposes, "strained", "11"), "ties": (.opposes, "strained", "11"),
  ]
  /// Words saying ties are bad ("relations have been tense").
  private static let strainedWords: WordSet = ["tense", "strained", "frosty", "soured", "sour", "icy", "hostile", "frayed", "deteriorated", "worsened", "fraught"]
  /// Words naming a meeting or deal as one that may come ("a possible Saudi-Israeli deal").
  private static let prospectiveWords: WordSet = [
    "possible", "potential", "proposed", "planned", "prospective", "future", "hoped-for", "expected", "eventual", "any", "upcoming",
  ]

  /// "Turkey has called on Assad to step down", "urged Hadi to resign": asking a leader to go
  /// seeks his removal.
  private func stepDownCalls(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for t in items.indices where t >= 3 && items[t - 1].is(.to) && Self.departureVerbs.contains(items[t].lower) {
      if items[t].lower == "step", !(t + 1 < items.count && ["down", "aside"].contains(items[t + 1].lower)) { continue }
      let object = t - 2
      guard items[object].isGroup, !items[object].possessivePronoun else { continue }
      let verb = items[object - 1].is(.on) || items[object - 1].is(.for) ? object - 2 : object - 1
      guard verb >= 0, Vocabulary.askingVerbs.contains(items[verb].lower), let subject = subjectIndex(before: verb, in: items) else { continue }
      let span = modality(items, from: subject + 1, to: t)
      guard !span.negated, !span.hypothetical else { continue }
      for source in items[subject].actors {
        for target in items[object].actors where target != source {
          found.append(Found(source: source, relation: .opposes, subtype: "seeks_removal", cameo: "11", target: target))
        }
      }
    }
    return found
  }
  /// Verbs of leaving office after "to" ("to step down").
  private static let departureVerbs: WordSet = ["step", "resign", "quit"]

  /// "Britain said Iran was almost certainly behind the attacks", "Hunt said it was Iran that
  /// carried out the attacks": one who says an actor was behind an attack accuses it.
  private func attributedActs(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for v in items.indices where items[v].isA(.speechVerb) && v + 4 < items.count {
      var g = items[v + 1].is(.that) ? v + 2 : v + 1
      // "said in January that": past words of time before "that".
      // "told his Israeli counterpart by phone that": past the one told, too.
      var told = v + 1
      if Self.tellingVerbs.contains(items[v].lower) {
        if items[told].possessivePronoun || items[told].isPossessivePronoun { told += 1 }
        if items[told].isGroup, !items[told].possessive { told += 1 }
      }
      if g == v + 1, let that = items[(told + 1)...].prefix(3).firstIndex(where: { $0.is(.that) }),
        items[told..<that].allSatisfy({ $0.token.map { $0.isWord && !$0.isA(.speechVerb) } == true })
      {
        g = that + 1
      }
      // "said it had no doubt that Hezbollah was responsible": what one is sure of is said.
      let certain = g == v + 1 ? certaintyThat(after: v, in: items) : nil
      if let certain { g = certain + 1 }
      // ("said it had no doubt that" may end a truncated text.)
      guard g + 1 < items.count else { continue }
      // "said it was Iran that carried out": a cleft names the one who did it.
      // ("it" may have been read as a reference to an actor named before.)
      let it = items[g].lower == "it" || (items[g].isOnly(.reference) && items[g].head.contains(.pronounThing))
      var named = g + 2
      while named < items.count, Self.attributionAdverbs.contains(items[named].lower) || items[named].is(.the) { named += 1 }
      let cleft = it && named < items.count && Self.pastBe.contains(items[g + 1].lower) && items[named].isGroup
      if cleft { g = named }
      if g + 1 < items.count, items[g].is(.the), items[g + 1].isGroup { g += 1 }
      guard g + 3 < items.count, items[g].isGroup, !items[g].possessive, !items[g].possessivePronoun else { continue }
      var k = g + 1
      if cleft {
        guard items[k].is(.that) || items[k].is(.who) else { continue }
        k += 1
        guard Self.gappedActVerbs.contains(items[k].lower) || ["was", "were", "ordered", "planned"].contains(items[k].lower) else { continue }
        k += 1
        if k < items.count, ["out", "behind"].contains(items[k].lower) { k += 1 }
      } else {
        // "said the RSF had committed genocide": one said to have committed a crime is accused.
        let committed = items[k].lower == "committed" ? k : (items[k].lower == "had" || items[k].lower == "has") && items[k + 1].lower == "committed" ? k + 1 : nil
        if let committed {
          if let crime = items[(committed + 1)...].prefix(3).firstIndex(where: { Self.crimeNouns.contains($0.lower) }),
            !items[(committed + 1)..<crime].contains(where: { $0.isGroup || $0.is(.comma) })
          {
            found += accusations(by: v, of: g, in: items, through: crime, assertedFrom: certain)
          }
          continue
        }
        // "Damascus and Moscow say the rebels carried it out": the act pointed back to.
        if ["carried", "carries", "carry"].contains(items[k].lower), k + 2 < items.count,
          items[k + 1].isOnly(.reference) || Self.demonstratives.contains(items[k + 1].lower) || items[k + 1].lower == "them",
          items[k + 2].lower == "out"
        {
          found += accusations(by: v, of: g, in: items, through: k + 2, assertedFrom: certain)
          continue
        }
        // "said the Israeli military bore full blame": one said to bear the blame is accused.
        if Self.bearingVerbs.contains(items[k].lower) {
          var blame = k + 1
          while blame < items.count, blame <= k + 3, ["full", "the", "sole", "all", "entire", "complete"].contains(items[blame].lower) { blame += 1 }
          if blame < items.count, items[blame].lower == "blame" || items[blame].lower == "responsibility" {
            found += accusations(by: v, of: g, in: items, through: blame, assertedFrom: certain)
          }
          continue
        }
        guard Self.pastBe.contains(items[k].lower) || ["is", "are"].contains(items[k].lower) else { continue }
        k += 1
        while k < items.count, Self.attributionAdverbs.contains(items[k].lower) { k += 1 }
        guard k + 1 < items.count else { continue }
        if items[k].lower == "behind" {
          k += 1
        } else if items[k].lower == "responsible", items[k + 1].is(.comma) || items[k + 1].endsClause || items[k + 1].is(.and) {
          // "denied it had used them and said the rebels were responsible."
          found += accusations(by: v, of: g, in: items, through: k, assertedFrom: certain)
          continue
        } else if items[k].lower == "responsible", items[k + 1].is(.for) {
          k += 2
        } else if items[k].is(.to), items[k + 1].lower == "blame" {
          k += 2
          if k < items.count, items[k].is(.for) { k += 1 }
        } else {
          continue
        }
      }
      guard let act = items[k...].prefix(4).firstIndex(where: { Vocabulary.attackNouns.contains($0.lower) || Self.attributedActNouns.contains($0.lower) }),
        !items[k..<act].contains(where: { $0.isGroup || $0.is(.comma) })
      else { continue }
      found += accusations(by: v, of: g, in: items, through: act, assertedFrom: certain)
    }
    return found
  }

  /// The "that" of "said it had no doubt that", "said he was certain that" after verb `v`.
  private func certaintyThat(after v: Int, in items: [SentenceItems.Item]) -> Int? {
    guard v + 5 < items.count, items[v + 1].isGroup || items[v + 1].isA(.pronounThing) || items[v + 1].isA(.pronounPerson) else { return nil }
    let k = v + 2
    if ["had", "has", "have"].contains(items[k].lower), items[k + 1].lower == "no", items[k + 2].lower == "doubt", items[k + 3].is(.that) { return k + 3 }
    if ["was", "is", "were", "are"].contains(items[k].lower), Self.certaintyWords.contains(items[k + 1].lower), items[k + 2].is(.that) { return k + 2 }
    return nil
  }
  private static let certaintyWords: WordSet = ["certain", "sure", "convinced", "confident"]

  /// Crimes one may be said to have committed ("genocide", "war crimes").
  private static let crimeNouns: WordSet = ["genocide", "atrocities", "massacres", "massacre", "crimes", "cleansing", "abuses", "violations"]

  /// The speaker of verb `v` accuses the actors of group `g` of what ends at `end`, unless
  /// that is denied or only supposed.
  private func accusations(by v: Int, of g: Int, in items: [SentenceItems.Item], through end: Int, assertedFrom start: Int? = nil) -> [Found] {
    guard let speaker = subjectIndex(before: v, in: items) else { return [] }
    // After "had no doubt that", only what follows "that" can deny the accusation.
    let span = modality(items, from: start ?? v, to: end)
    guard !span.negated, !span.hypothetical else { return [] }
    return items[speaker].actors.flatMap { source in
      items[g].actors.filter { $0 != source }.map { Found(source: source, relation: .opposes, subtype: "accuses", cameo: "11", target: $0) }
    }
  }
  private static let pastBe: WordSet = ["was", "were"]
  /// Verbs that give their object a name ("called X a partner of terrorists").
  private static let epithetVerbs: WordSet = ["called", "calls", "branded", "brands", "labelled", "labeled", "labels", "dubbed", "described", "describes"]
  /// Verbs of saying that take the one told before "that".
  private static let tellingVerbs: WordSet = ["told", "tells", "tell", "telling", "informed", "informs", "assured", "assures", "warned", "warns", "reminded"]
  private static let bearingVerbs: WordSet = ["bore", "bears", "bear", "bearing", "carries", "carried"]
  private static let blameNounOpeners: WordSet = bearingVerbs.union(["full", "sole", "no", "any", "some", "the"])
  /// Words that only say how sure an attribution is ("almost certainly behind").
  private static let attributionAdverbs: WordSet = [
    "almost", "certainly", "most", "likely", "probably", "clearly", "definitely", "undoubtedly", "very", "highly", "possibly",
  ]
  /// Hostile acts other than attacks that one may be said to be behind ("behind the plot").
  private static let attributedActNouns: WordSet = ["plot", "plots", "sabotage", "explosion", "explosions", "blast", "blasts", "coup", "hack", "hacking", "assassination"]

  /// Acts a relative clause may say were made on someone, with the subtype they are read as.
  static let gappedActNouns: [String: (String, String)] = [
    "sanctions": ("sanctions", "16"), "boycott": ("sanctions", "16"), "blockade": ("sanctions", "16"), "embargo": ("sanctions", "16"),
    "strikes": ("attacks", "19"), "airstrikes": ("attacks", "19"), "attack": ("attacks", "19"), "attacks": ("attacks", "19"), "raids": ("attacks", "19"),
    "offensive": ("attacks", "19"), "invasion": ("attacks", "19"), "assault": ("attacks", "19"), "operation": ("attacks", "19"),
    "campaign": ("attacks", "19"), "war": ("fights", "19"),
  ]
  /// Verbs of making a deal with someone ("the memorandum that Turkey signed with Libya").
  private static let gappedDealVerbs: WordSet = ["signed", "concluded", "reached", "struck", "sealed", "inked", "clinched", "agreed"]
  /// Verbs of making such an act ("imposed", "launched", "carried out").
  private static let gappedActVerbs: WordSet = [
    "imposed", "reimposed", "placed", "slapped", "levied", "enforced", "launched", "waged", "carried", "mounted", "conducted", "staged",
    "unleashed", "declared",
  ]

  /// "Qatari and Egyptian mediators are working to secure a truce between Israel and Hamas":
  /// a group of mediators mediates for the next pair in its clause.
  private func mediatorNouns(_ items: [SentenceItems.Item]) -> [Found] {
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
  private func mediationThrough(_ items: [SentenceItems.Item]) -> [Found] {
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
  private func mediations(by mediators: [ActorID], between parties: [ActorID]) -> [Found] {
    mediators.flatMap { m in parties.filter { !mediators.contains($0) }.map { Found(source: m, relation: .mediates, subtype: "mediates", cameo: "04", target: $0) } }
  }

  /// "US-backed Kurdish forces", "Russian-brokered", "pro-Iranian militias", "Turkish-occupied".
  /// A brokered meeting ("met in US-brokered talks") is the sentence's `meeting`.
  /// `brokeredParties` gives the parties of a brokered deal the sentence does not name beside
  /// the compound; it is asked only when one is found.
  private func compounds(_ tokens: [Token], _ mentions: [Mention], brokeredParties: () -> [ActorID]?) -> [Found] {
    var found: [Found] = []
    for i in tokens.indices where tokens[i].is(.hyphen) && i > 0 && i + 1 < tokens.count {
      guard tokens[i - 1].end == tokens[i].start, tokens[i].end == tokens[i + 1].start else { continue }
      let left = tokens[i - 1]
      let right = tokens[i + 1]
      var source: ActorID?
      var compound: RelationPatterns.Compound?
      var targetFrom = i + 1
      if let c = patterns.compounds.first(where: { $0.words.contains(right.lower) }) {
        compound = c
        source = demonymState(left) ?? mentions.first(where: { $0.range.contains(i - 1) && $0.range.count == 1 })?.actor
          ?? singleWordActor(left)
      } else if left.lower == "pro" {
        compound = RelationPatterns.Compound(words: [], relation: .backs, subtype: "supports", cameo: "05")
        source = demonymState(right) ?? singleWordActor(right)
        targetFrom = i + 1
      }
      guard let compound, let source else { continue }
      // The modified actor: the name the compound is part of ("US-backed Kurdish forces"), or
      // the one right after it, past at most one plain adjective ("Iran-backed Shiite militias",
      // not "Iran-backed targets in Syria").
      var next = targetFrom + 1
      // "the U.S.-backed Kurdish-led militia": past another compound modifier, unless it opens
      // a name ("U.S.-backed Kurdish-led forces" is the SDF).
      while !mentions.contains(where: { $0.range.lowerBound == next }), next + 2 < tokens.count, next - targetFrom <= 4, tokens[next].isWord, tokens[next + 1].is(.hyphen), tokens[next].end == tokens[next + 1].start,
        tokens[next + 1].end == tokens[next + 2].start, tokens[next + 2].isA(.compoundParticiple)
      {
        next += 3
      }
      let adjective = next < tokens.count && tokens[next].isWord && !tokens[next].isCapitalized
        && !tokens[next].isA(.preposition) && !tokens[next].isA(.determiner)
      // "The SDF, the US-allied alliance ...": a compound on a common noun in an appositive
      // describes the appositive's head.
      // So past one word that describes the noun ("a Turkey-backed rebel alliance").
      let describedNoun = next + 1 < tokens.count && tokens[next].isWord && !tokens[next].isA(.preposition) && !tokens[next].isA(.determiner)
        && Self.groupCommonNouns.contains(tokens[next + 1].lower)
      let head = next < tokens.count && (Self.groupCommonNouns.contains(tokens[next].lower) || describedNoun) ? Self.appositiveHead(before: i - 1, tokens, mentions) : nil
      // "a Russian-backed offensive by Syrian government forces": the act's agent.
      // "Turkish-backed factions of the Syrian National Army": the body they belong to.
      let named = { mentions.first(where: { $0.range.lowerBound == next + 2 || ($0.range.lowerBound == next + 3 && tokens[next + 2].is(.the)) }) }
      let agent = next + 1 < tokens.count && tokens[next].isA(.act) && tokens[next + 1].is(.by) ? named() : nil
      let whole = next + 1 < tokens.count && tokens[next].isA(.holding) && tokens[next + 1].is(.of) ? named() : nil
      let target = mentions.first(where: { $0.range.contains(targetFrom) && $0.range.lowerBound < i })
        ?? mentions.first(where: { $0.range.lowerBound == next || (adjective && $0.range.lowerBound == next + 1) }) ?? head ?? agent ?? whole
      // "the U.S.-brokered Abraham Accords": past the words of a deal's name.
      var noun = next
      while noun + 1 < tokens.count, noun - next < 3, tokens[noun].isCapitalized, !Vocabulary.dealNouns.contains(tokens[noun].lower) { noun += 1 }
      // "U.S.-mediated efforts collapsed": so are efforts at one.
      let brokered = compound.relation == .mediates && noun < tokens.count
        && (Vocabulary.talkNouns.contains(tokens[noun].lower) || Vocabulary.dealNouns.contains(tokens[noun].lower) || Self.effortNouns.contains(tokens[noun].lower))
      guard var parties = target?.actors ?? (brokered ? brokeredParties() : nil) else { continue }
      // "Kataib Hezbollah, one of the most powerful Iran-backed militias": what a group of the
      // lexicon is, in an appositive, its head is too.
      if let target, target.range.lowerBound == i - 1, let head = Self.appositiveHead(before: target.range.lowerBound, tokens, mentions) {
        parties += head.actors
      }
      for t in parties where t != source {
        found.append(Found(source: source, relation: compound.relation, subtype: compound.subtype, cameo: compound.cameo, target: t))
      }
    }
    return found
  }

  /// The mention an appositive starting at token `start` describes: ", a", ", the", ", one of
  /// the", with at most two words of degree between ("one of the most powerful").
  private static func appositiveHead(before start: Int, _ tokens: [Token], _ mentions: [Mention]) -> Mention? {
    var k = start - 1
    while k >= 0, start - k <= 2, tokens[k].isWord, !tokens[k].isCapitalized, !tokens[k].isA(.determiner) { k -= 1 }
    guard k >= 1, tokens[k].is(.the) || tokens[k].is(.a) || tokens[k].is(.an) else { return nil }
    k -= 1
    if k >= 2, tokens[k].is(.of), tokens[k - 1].lower == "one" { k -= 2 }
    guard k >= 1, tokens[k].is(.comma) else { return nil }
    return mentions.last { $0.range.upperBound == k && $0.actors.count == 1 }
  }

  private static let groupCommonNouns: WordSet = [
    "alliance", "coalition", "group", "militia", "force", "forces", "faction", "movement", "umbrella", "army", "fighters", "rebels",
    "government", "administration", "party", "organisation", "organization",
  ]
}

extension RelationMatcher {
  /// Forms of "strike", the act and the verb.
  private static let strikeWords: WordSet = ["strike", "strikes", "struck", "striking"]
  /// Forms of brokering a deal.
  private static let brokeringWords: WordSet = ["brokered", "mediated", "brokering", "mediating"]
  /// Words that put a tie in the past ("former ally").
  private static let formerWords: WordSet = ["former", "onetime", "erstwhile", "ex"]
  /// Participles of a deal someone else made ("US-brokered").
  private static let brokeredParticiples: WordSet = ["mediated", "brokered"]
  /// Words before those who helped a mediator ("with the help of Egypt"), who are no parties.
  private static let helpWords: WordSet = ["help", "support", "assistance", "backing", "alongside", "together"]
  /// Auxiliaries and adverbs after "and" that open a second verb of the same subject ("and
  /// has carried out", "and later met").
  private static let sharedVerbOpeners: WordSet = [
    "has", "have", "had", "is", "are", "was", "were", "also", "then", "later", "subsequently", "afterwards", "eventually", "again",
  ]
  /// Words that take in every member of a group ("each of them").
  private static let distributiveWords: WordSet = ["each", "both", "all", "either"]
  /// Modifiers between a demonym and the act it stands for ("Israeli air strikes").
  private static let attackModifiers: WordSet = [
    "air", "military", "new", "recent", "fresh", "major", "ground", "large", "scale", "-", "unilateral", "direct", "renewed", "drone",
    "missile", "rocket", "artillery", "naval",
  ]
}

extension [RelationMatcher.Found] {
  /// Appends what a rule found: most rules find nothing in most sentences, and that is told
  /// here without a call.
  @inline(__always) fileprivate mutating func add(_ more: [RelationMatcher.Found]) {
    if !more.isEmpty { append(contentsOf: more) }
  }
}
