/// Acts attributed to an actor by another ("Iran blamed Israel for the blast"), and
/// accusations.
extension RelationMatcher {
  /// "Britain said Iran was almost certainly behind the attacks", "Hunt said it was Iran that
  /// carried out the attacks": one who says an actor was behind an attack accuses it.
  func attributedActs(_ items: [SentenceItems.Item]) -> [Found] {
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

  /// "said the attack bore the hallmarks of Assad's government", "says the bombing has all the
  /// hallmarks of Islamic State": one who says an act bears an actor's hallmarks accuses it.
  func hallmarkAccusations(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    for h in items.indices where h >= 4 && h + 2 < items.count && items[h].isA(.hallmarkNoun) && items[h + 1].is(.of) {
      let g = items[h + 2].is(.the) && h + 3 < items.count ? h + 3 : h + 2
      guard items[g].isGroup, !items[g].possessivePronoun else { continue }
      var b = h - 1
      while b > 0, items[b].is(.the) || items[b].lower == "all" || items[b].lower == "clear" { b -= 1 }
      guard Self.bearingVerbs.contains(items[b].lower) || Self.havingVerbs.contains(items[b].lower),
        let v = items[max(0, b - 6)..<b].lastIndex(where: { $0.isA(.speechVerb) }),
        !items[(v + 1)..<b].contains(where: { $0.isGroup || $0.is(.comma) })
      else { continue }
      found += accusations(by: v, of: g, in: items, through: g)
    }
    return found
  }

  /// Nouns of an actor's signature on an act ("bore the hallmarks of").
  static let hallmarkNouns: WordSet = ["hallmarks", "hallmark", "fingerprints", "signature"]

  /// The "that" of "said it had no doubt that", "said he was certain that" after verb `v`.
  func certaintyThat(after v: Int, in items: [SentenceItems.Item]) -> Int? {
    guard v + 5 < items.count, items[v + 1].isGroup || items[v + 1].isA(.pronounThing) || items[v + 1].isA(.pronounPerson) else { return nil }
    let k = v + 2
    if Self.havingVerbs.contains(items[k].lower), items[k + 1].lower == "no", items[k + 2].lower == "doubt", items[k + 3].is(.that) { return k + 3 }
    if ["was", "is", "were", "are"].contains(items[k].lower), Self.certaintyWords.contains(items[k + 1].lower), items[k + 2].is(.that) { return k + 2 }
    return nil
  }

  /// Adjectives of certainty before "that" ("was certain that Israel ..."), which assert what follows.
  static let certaintyWords: WordSet = ["certain", "sure", "convinced", "confident"]

  /// Crimes one may be said to have committed ("genocide", "war crimes").
  static let crimeNouns: WordSet = ["genocide", "atrocities", "massacres", "massacre", "crimes", "cleansing", "abuses", "violations"]

  /// The speaker of verb `v` accuses the actors of group `g` of what ends at `end`, unless
  /// that is denied or only supposed.
  func accusations(by v: Int, of g: Int, in items: [SentenceItems.Item], through end: Int, assertedFrom start: Int? = nil) -> [Found] {
    guard let speaker = subjectIndex(before: v, in: items) else { return [] }
    // After "had no doubt that", only what follows "that" can deny the accusation.
    let span = modality(items, from: start ?? v, to: end)
    guard !span.negated, !span.hypothetical else { return [] }
    return items[speaker].actors.flatMap { source in
      items[g].actors.filter { $0 != source }.map { Found(source: source, relation: .opposes, subtype: "accuses", cameo: "11", target: $0) }
    }
  }

  /// Past forms of "be" in a cleft sentence ("it was Israel that ...").
  static let pastBe: WordSet = ["was", "were"]

  /// Words that only say how sure an attribution is ("almost certainly behind").
  static let attributionAdverbs: WordSet = [
    "almost", "certainly", "most", "likely", "probably", "clearly", "definitely", "undoubtedly", "very", "highly", "possibly",
  ]
  /// Hostile acts other than attacks that one may be said to be behind ("behind the plot").
  static let attributedActNouns: WordSet = ["plot", "plots", "sabotage", "explosion", "explosions", "blast", "blasts", "coup", "hack", "hacking", "assassination"]
}
