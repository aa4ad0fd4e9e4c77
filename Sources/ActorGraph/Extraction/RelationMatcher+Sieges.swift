/// Sieges broken: who breaks a siege fights who laid it.
extension RelationMatcher {
  /// "Iraqi troops broke the siege of Amerli by Islamic State", "Kurdish forces broke an Islamic
  /// State siege of Sinjar", "the army lifted the rebels' siege of the town": the one who breaks
  /// the siege opposes the besieger, named before "siege" or after "by" (not one only meant to).
  func brokenSieges(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for s in items.indices where items[s].is(.siege) {
      // ("authorised strikes to break the siege": a purpose, not done yet.)
      guard let verb = items[max(0, s - 5)..<s].lastIndex(where: { Self.siegeBreakingVerbs.contains($0.lower) }), !(verb >= 1 && items[verb - 1].is(.to)),
        let breaker = subjectIndex(before: verb, in: items), !items[breaker].negated
      else { continue }
      // The besieger: a name between the verb and "siege", else one after "by" a little further.
      let before = items[(verb + 1)..<s].lastIndex(where: \.isGroup)
      let after = items[(s + 1)...].prefix(10).prefix(while: { !$0.endsClause && !$0.is(.comma) }).firstIndex(where: { $0.is(.by) }).flatMap { by in
        by + 1 < items.count && items[by + 1].isGroup ? by + 1 : (by + 2 < items.count && items[by + 1].is(.the) && items[by + 2].isGroup ? by + 2 : nil)
      }
      guard let besieger = before ?? after else { continue }
      let span = modality(items, from: breaker + 1, to: s)
      guard !span.negated, !span.hypothetical else { continue }
      found += Found.each(from: items[breaker].actors, to: items[besieger].actors, .opposes, subtype: "fights", cameo: "19")
    }
    return found
  }

  /// Verbs of breaking a siege.
  static let siegeBreakingVerbs: WordSet = [
    "broke", "break", "breaks", "breaking", "broken", "lifted", "lift", "lifts", "lifting", "relieved", "relieve", "relieves", "relieving",
    "smashed", "smash", "ended", "ending", "end", "ends",
  ]
}
