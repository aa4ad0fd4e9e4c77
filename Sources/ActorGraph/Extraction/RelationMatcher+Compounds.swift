/// Compound modifiers ("US-backed", "Russian-brokered", "Turkish-occupied") and paired
/// compounds ("Turkish-Syrian talks").
extension RelationMatcher {
  /// Nouns of attempts at an agreement ("U.S.-mediated efforts").
  static let effortNouns: WordSet = ["efforts", "effort", "bid", "bids", "initiative", "process"]

  /// "Saudi-Iranian talks", "the Israel-Hezbollah war", "Turkish-Iraqi relations have been
  /// tense": two actors joined by a hyphen before a noun of meeting or hostility are its parties.
  func pairedCompounds(_ items: [SentenceItems.Item]) -> [Found] {
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
  func compoundParty(_ item: SentenceItems.Item) -> ActorID? {
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
  static let pairedNouns: [String: (RelationKind, String, String)] = [
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
  static let strainedWords: WordSet = ["tense", "strained", "frosty", "soured", "sour", "icy", "hostile", "frayed", "deteriorated", "worsened", "fraught"]
  /// Words naming a meeting or deal as one that may come ("a possible Saudi-Israeli deal").
  static let prospectiveWords: WordSet = [
    "possible", "potential", "proposed", "planned", "prospective", "future", "hoped-for", "expected", "eventual", "any", "upcoming",
  ]

  /// "US-backed Kurdish forces", "Russian-brokered", "pro-Iranian militias", "Turkish-occupied".
  /// A brokered meeting ("met in US-brokered talks") is the sentence's `meeting`.
  /// `brokeredParties` gives the parties of a brokered deal the sentence does not name beside
  /// the compound; it is asked only when one is found.
  func compounds(_ tokens: [Token], _ mentions: [Mention], brokeredParties: () -> [ActorID]?) -> [Found] {
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
  static func appositiveHead(before start: Int, _ tokens: [Token], _ mentions: [Mention]) -> Mention? {
    var k = start - 1
    while k >= 0, start - k <= 2, tokens[k].isWord, !tokens[k].isCapitalized, !tokens[k].isA(.determiner) { k -= 1 }
    guard k >= 1, tokens[k].is(.the) || tokens[k].is(.a) || tokens[k].is(.an) else { return nil }
    k -= 1
    if k >= 2, tokens[k].is(.of), tokens[k - 1].lower == "one" { k -= 2 }
    guard k >= 1, tokens[k].is(.comma) else { return nil }
    return mentions.last { $0.range.upperBound == k && $0.actors.count == 1 }
  }

  /// Common nouns of a group or government that a compound modifier may qualify ("a Turkey-backed
  /// rebel alliance").
  static let groupCommonNouns: WordSet = [
    "alliance", "coalition", "group", "militia", "force", "forces", "faction", "movement", "umbrella", "army", "fighters", "rebels",
    "government", "administration", "party", "organisation", "organization",
  ]
}
