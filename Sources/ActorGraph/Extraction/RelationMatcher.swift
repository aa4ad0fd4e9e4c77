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
  /// The parties of the last agreement in the article (`ArticleContext.lastAgreeingParties`).
  let lastAgreeingParties: [ActorID]
  /// The last pair that met or held talks (`ArticleContext.lastMeetingPair`).
  let lastMeetingPair: [ActorID]
  /// The agents of the last attack the article reported (`ArticleContext.lastAttackers`).
  let lastAttackers: [ActorID]
  /// Those it struck (`ArticleContext.lastAttacked`).
  let lastAttacked: [ActorID]
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
    lastAgreeingParties = context.lastAgreeingParties
    lastMeetingPair = context.lastMeetingPair
    lastAttackers = context.lastAttackers
    lastAttacked = context.lastAttacked
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

    /// A relation of each of `sources` to each of `targets` other than itself, source by source.
    static func each(from sources: [ActorID], to targets: [ActorID], _ relation: RelationKind, subtype: String, cameo: String?) -> [Found] {
      sources.flatMap { source in
        targets.filter { $0 != source }.map { Found(source: source, relation: relation, subtype: subtype, cameo: cameo, target: $0) }
      }
    }

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

  /// The relations a sentence asserts: its patterns over the core clause and appositives, then
  /// each construction the patterns do not read, without questions or ties of an actor to itself.
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
    found.add(hallmarkAccusations(items.core))
    found.add(stepDownCalls(items.core))
    found.add(pairedCompounds(items.core))
    found.add(sufferedStrikes(items.core))
    found.add(strikesThatKilled(items.core))
    found.add(condemnedAttackers(items.core))
    found.add(thanksForSupport(items.core))
    found.add(rightsToDefend(items.core))
    found.add(passageGranted(items.core))
    // (Read only where the sentence has the word: the scan would cost more than the rule.)
    if tokens.contains(where: { $0.is(.siege) }) { found.add(brokenSieges(items.core)) }
    found.add(callsInPassing(items.core))
    found.add(deploymentsOnRequest(items.core))
    found.add(appointedLeaders(items.core))
    found.add(priceThreats(items.core))
    found.add(supportedAttacks(items.full))
    found.add(joinedAttacks(items.core))
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
  func companions(of found: [Found], in items: [SentenceItems.Item]) -> [Found] {
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
}

extension [RelationMatcher.Found] {
  /// Appends what a rule found: most rules find nothing in most sentences, and that is told
  /// here without a call.
  @inline(__always) fileprivate mutating func add(_ more: [RelationMatcher.Found]) {
    if !more.isEmpty { append(contentsOf: more) }
  }
}
