/// Whether a clause asserts what it says: negation, hypotheticals and plans, denials and
/// questions.
extension RelationMatcher {
  /// Forms of "be" that, before "to", say something is planned ("were to meet").
  static let plannedForms: WordSet = ["is", "are", "was", "were"]

  /// What stands between a subject and its trigger that keeps the relation from being asserted.
  struct Modality {
    var negated = false
    var hypothetical = false
    var wished = false
    /// A modal that says the act goes on ("will continue"), which asserts it.
    var continuing = false
  }

  /// Negation, hypotheticals and wishes between the subject and the end of the trigger.
  /// - Parameter trigger: the trigger's first item, which is not its own modal ("Turkey
  ///   considers the YPG a terrorist group": "considers" is the trigger, not a hedge).
  func modality(_ items: [SentenceItems.Item], from a: Int, to q: Int, trigger: Int? = nil) -> Modality {
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
      // "will continue its fight against", "said Washington would keep helping": what goes on
      // is asserted.
      if items[k].isA(.modal) {
        if isContinuing(items, modal: k) { result.continuing = true } else { result.hypothetical = true }
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

  /// Whether the modal at `k` says an act goes on: "will continue", "will keep", or "would" so
  /// in what someone said ("said it would continue to arm").
  func isContinuing(_ items: [SentenceItems.Item], modal k: Int) -> Bool {
    guard k + 1 < items.count, ["continue", "keep"].contains(items[k + 1].lower) else { return false }
    return items[k].lower == "will" || items[k].lower == "would" && items[..<k].contains { $0.isA(.speechVerb) }
  }

  /// Nouns of a way not yet taken ("ways to help").
  static let wayNouns: WordSet = ["ways", "way", "options", "means", "how"]

  /// "The UAE denied accusations by the army that it arms the RSF": a clause that a denial's
  /// "that" opens, with the subject at `subject`, is not asserted.
  func isDenied(before subject: Int, in items: [SentenceItems.Item]) -> Bool {
    guard subject >= 1, let that = items[max(0, subject - 3)..<subject].lastIndex(where: { $0.is(.that) }) else { return false }
    for k in stride(from: that - 1, through: max(0, that - 8), by: -1) {
      if items[k].endsClause { return false }
      if items[k].isA(.denialVerb) { return true }
    }
    return false
  }

  /// Whether the sentence is a question (it ends in "?", within quotes or not).
  func isQuestion(_ tokens: [Token]) -> Bool {
    tokens.last?.is(.question) == true || (tokens.count > 1 && tokens[tokens.count - 1].is(.quote) && tokens[tokens.count - 2].is(.question))
  }
}
