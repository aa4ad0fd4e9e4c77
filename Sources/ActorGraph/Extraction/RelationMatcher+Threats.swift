/// Threats: an attack an actor promises in what it says opposes the target ("Iran warned it
/// would strike Israel"), and who said it.
extension RelationMatcher {
  /// "Iran warned it would strike Israel", "Ankara said its troops will hit the YPG": an attack
  /// promised ("will", "would") in what an actor says is a threat, which opposes the target.
  /// Attacks that might or could happen are not.
  func threat(_ pattern: RelationPatterns.Pattern, _ items: [SentenceItems.Item], _ p: Int, _ q: Int, subject: Int?) -> [Found] {
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

  /// Each speaker threatening each target that is not himself.
  func threats(by speakers: [ActorID], against targets: [ActorID]) -> [Found] {
    speakers.flatMap { s in targets.filter { $0 != s }.map { Found(source: s, relation: .opposes, subtype: "threatens", cameo: "13", target: $0) } }
  }

  /// "'Hezbollah will pay a heavy price,' Netanyahu said", "Iran vowed that Israel would pay
  /// dearly": one who says an actor will pay (a price) threatens it.
  func priceThreats(_ items: [SentenceItems.Item]) -> [Found] {
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
  func threatSpeaker(before g: Int, in items: [SentenceItems.Item]) -> Int? {
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
  func quoteSpeaker(after k: Int, in items: [SentenceItems.Item]) -> Int? {
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

  /// Modals that promise rather than weigh what follows.
  static let promiseModals: WordSet = ["will", "would", "'ll"]
  /// The pattern subtypes of acts a threat can promise.
  static let threatenedActs: WordSet = ["attacks", "fights", "acts_against"]

  /// Verbs of vowing or threatening, which make what follows a promise.
  static let threatVerbs: WordSet = ["vowed", "vows", "threatened", "threatens", "pledged", "pledges", "promised", "promises"]
}
