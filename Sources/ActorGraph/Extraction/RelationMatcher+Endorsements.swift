/// Support given without a verb of support: saying another has the right to defend itself,
/// and letting another's forces use one's bases or airspace.
extension RelationMatcher {
  /// "The United States said Israel had every right to defend itself", "Washington affirmed
  /// Israel's right to defend itself": one who says so backs the one whose right it is (not
  /// "had no right", nor "denied Israel's right").
  func rightsToDefend(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for r in items.indices where r >= 2 && r + 3 < items.count && items[r + 2].isA(.defendingVerb) && items[r + 1].is(.to) {
      guard items[r].lower == "right", Self.reflexives.contains(items[r + 3].lower) else { continue }
      let holder: Int
      let verb: Int
      if items[r - 1].possessive, items[r - 1].isGroup {
        // "affirmed Israel's right": the verb before the possessor.
        (holder, verb) = (r - 1, r - 2)
      } else {
        // "said Israel had every right": the group before "had", the verb of saying before it.
        var h = r - 1
        while h > 0, Self.rightQualifiers.contains(items[h].lower) { h -= 1 }
        guard h >= 2, Self.havingVerbs.contains(items[h].lower), items[h - 1].isGroup, !items[h - 1].possessivePronoun else { continue }
        let v = items[h - 2].is(.that) && h >= 3 ? h - 3 : h - 2
        guard items[v].isA(.speechVerb) else { continue }
        (holder, verb) = (h - 1, v)
      }
      guard let word = items[verb].token, word.isWord, !word.isCapitalized, !word.isA(.denialVerb), !word.isA(.refusalVerb),
        let speaker = subjectIndex(before: verb, in: items), !items[speaker].negated
      else { continue }
      let span = modality(items, from: speaker + 1, to: r)
      guard !span.negated, !span.hypothetical else { continue }
      found += Found.each(from: items[speaker].actors, to: items[holder].actors, .backs, subtype: "supports", cameo: "05")
    }
    return found
  }

  /// "Bouteflika allowed French warplanes to cross Algerian airspace", "Jordan let U.S. jets use
  /// its bases": one who lets another's forces use its ground or air backs that other.
  func passageGranted(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for a in items.indices where a + 2 < items.count && items[a].isA(.permissionVerb) && items[a + 1].isGroup {
      // "let" takes a bare infinitive, the others one with "to".
      let v = items[a].lower.hasPrefix("let") ? a + 2 : a + 3
      guard v < items.count, v == a + 2 || items[a + 2].is(.to), !items[a + 1].possessivePronoun, Self.passageVerbs.contains(items[v].lower),
        let subject = subjectIndex(before: a, in: items), !items[subject].negated,
        !items[subject..<a].contains(where: { $0.isA(.refusalVerb) })
      else { continue }
      let span = modality(items, from: subject + 1, to: v)
      guard !span.negated, !span.hypothetical else { continue }
      found += Found.each(from: items[subject].actors, to: items[a + 1].actors, .backs, subtype: "supports", cameo: "05")
    }
    return found
  }

  /// Verbs of defending oneself ("the right to defend itself").
  static let defendingVerbs: WordSet = ["defend", "protect"]
  /// Reflexive pronouns of a state or group.
  static let reflexives: WordSet = ["itself", "themselves", "himself", "herself"]
  /// Words between "had" and "right" ("had every right", "has the full right").
  static let rightQualifiers: WordSet = ["every", "the", "a", "full", "legitimate", "sovereign", "inherent", "absolute"]
  /// Forms of "have".
  static let havingVerbs: WordSet = ["has", "had", "have"]
  /// Verbs of letting someone do something.
  static let allowingVerbs: WordSet = ["allowed", "allows", "allow", "let", "lets", "permitted", "permits", "authorised", "authorized"]
  /// What one may let another's forces do on one's ground or in one's air.
  static let passageVerbs: WordSet = ["use", "cross", "fly", "overfly", "transit", "land", "refuel", "deploy", "station", "operate"]
}
