/// Acts the sentence does not repeat: "as do Ankara and Washington", and ties cut with no one
/// named after the first.
extension RelationMatcher {
  /// "Damascus and Moscow regard HTS as a terrorist group, as do Ankara and Washington": those
  /// named after "as do" ("as did the Palestinian Authority", "as have Qatar and Oman") say
  /// what the clause's subject says, of the same object.
  func sameAsDone(_ found: [Found], in items: [SentenceItems.Item]) -> [Found] {
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
  static let proVerbs: WordSet = ["do", "does", "did", "has", "have", "had"]

  /// "Bahrain cut ties with Tehran, while the UAE downgraded its relations and Kuwait recalled
  /// its ambassador": a tie cut with no one named is cut with the one the sentence names.
  func elidedRuptures(_ found: [Found], in items: [SentenceItems.Item]) -> [Found] {
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

  /// For group `k` in "Egypt's delegate to the Arab League", the group that sent the envoy.
  func envoySender(of k: Int, in items: [SentenceItems.Item]) -> Int? {
    var j = k - 1
    if j >= 0, items[j].is(.the) { j -= 1 }
    guard j >= 2, items[j].is(.to), Self.envoyNouns.contains(items[j - 1].lower), items[j - 2].possessive else { return nil }
    return j - 2
  }

  /// Verbs that cut, cool or suspend a tie ("downgraded its relations").
  static let ruptureVerbs: WordSet = [
    "downgraded", "downgrades", "cut", "cuts", "severed", "severs", "suspended", "suspends", "froze", "freezes", "recalled", "recalls",
  ]
  /// What a rupture verb cuts: ties, relations, an envoy.
  static let severedTies: WordSet = ["ties", "relations", "ambassador", "ambassadors", "envoy", "envoys", "contacts"]
}
