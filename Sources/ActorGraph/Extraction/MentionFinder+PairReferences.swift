/// References to several states at once: "the two countries", "both sides", "the four
/// countries".
extension MentionFinder {
  /// "the two countries", "both sides", "the two governments": the article's main pair of states.
  func pairReference(_ tokens: [Token], at i: Int, previous: [Mention], context: ArticleContext) -> Mention? {
    guard i + 1 < tokens.count else { return nil }
    var j = i
    // "between its two neighbours": a possessive pronoun opens the pair as "the" does.
    if tokens[j].is(.the) || tokens[j].is(.its) || tokens[j].is(.their), j + 1 < tokens.count, tokens[j + 1].lower == "two" {
      j += 2
    } else if tokens[j].is(.both) {
      j += 1
    } else if tokens[j].is(.the), j + 1 < tokens.count, ["neighbours", "neighbors"].contains(tokens[j + 1].lower) {
      // "relations between the neighbours": neighbours come in a pair.
      j += 1
    } else if tokens[j].is(.the), i > 0, tokens[i - 1].is(.between), j + 2 < tokens.count, tokens[j + 1].isCapitalized, Self.statePairNouns.contains(tokens[j + 2].lower) {
      // "relations between the NATO allies": so do those of one alliance or region after "between".
      j += 1
    } else if tokens[j].is(.the), j + 2 < tokens.count, Self.warringWords.contains(tokens[j + 1].lower) || tokens[j + 1].lower == "rival",
      ["sides", "parties", "camps"].contains(tokens[j + 2].lower)
    {
      // "talks between the warring sides", "mediated between the rival camps": a war's or a
      // rivalry's sides are two without being counted.
      j += 1
    } else {
      return nil
    }
    // "the two warring sides", "both rival governments".
    let warring = j + 1 < tokens.count && Self.warringWords.contains(tokens[j].lower)
    if j + 1 < tokens.count, ["warring", "rival", "feuding", "neighbouring", "neighboring", "estranged", "regional", "major"].contains(tokens[j].lower) { j += 1 }
    // "the two NATO allies", "the two Gulf neighbours": a name may say what joins them.
    else if j + 1 < tokens.count, tokens[j].isCapitalized, Self.statePairNouns.contains(tokens[j + 1].lower) { j += 1 }
    // "a year of war between the two.": a bare "the two" after "between" is the two sides.
    let bareTwo = tokens[i].is(.the) && i > 0 && tokens[i - 1].is(.between) && (j == tokens.count || !tokens[j].isWord)
    let noun = bareTwo ? "sides" : j < tokens.count ? tokens[j].lower : ""
    guard Self.statePairNouns.contains(noun) || noun == "sides" || Self.hostilePairNouns.contains(noun) || Self.groupPairNouns.contains(noun)
      || Self.personPairNouns.contains(noun)
    else { return nil }
    let sides = ["sides", "parties", "camps"].contains(noun)
    var end = bareTwo ? j : j + 1
    if end < tokens.count, tokens[end].is(.apostrophe) || tokens[end].is(.possessive) { end += 1 }
    // "the two generals": the two persons the sentence names, else the last two who met and
    // are not named in it ("X and Y signed ... Sisi received both men"), else the last two
    // rival leaders.
    if Self.personPairNouns.contains(noun) {
      let persons = previous.flatMap(\.actors).filter { type(of: $0, context) == .person }.uniqued()
      // "both leaders" are two who lead something, not two ministers.
      func fits(_ person: ActorID) -> Bool {
        !Self.leaderPairNouns.contains(noun) || lexicon.offices(heldBy: person, on: context.date).contains { $0.leads != nil }
      }
      let met = context.lastMeetingPair.count == 2 && context.lastMeetingPair.allSatisfy { person in
        type(of: person, context) == .person && !persons.contains(person) && fits(person)
      }
      // Else the two the sentence before named ("Putin apologised to Bennett").
      let named = context.lastSentenceMentions.flatMap(\.actors).uniqued().filter { type(of: $0, context) == .person && fits($0) }
      guard
        let pair = persons.count == 2
          ? persons : met ? context.lastMeetingPair : context.lastHostilePair.count == 2 ? context.lastHostilePair : named.count == 2 ? named : nil
      else { return nil }
      return Mention(actors: pair, range: i..<end, kind: .reference)
    }
    // A state named earlier in the sentence is its subject ("Russia ... bring the two countries
    // closer"), not one of the pair.
    // Not a possessor ("Syria's state news agency said the two sides").
    // So is the state of an official named alone before it ("Omani Foreign Minister Badr
    // Albusaidi said ... with both sides"; two ministers' states are the pair).
    let subject = previous.first.flatMap { first -> [ActorID]? in
      guard first.actors.count == 1, first.range.upperBound == tokens.count || !tokens[first.range.upperBound].is(.possessive) else { return nil }
      switch type(of: first.actor, context) {
      case .state?: return [first.actor]
      case .person? where Set(previous.flatMap(\.actors)).count == 1:
        return context.stateOfDiscovered[first.actor].map { [$0] } ?? lexicon.offices(heldBy: first.actor, on: context.date).map(\.state)
      default: return nil
      }
    }
    var excluded = Set(subject ?? [])
    // "Iraq and Oman hosted talks between the two countries": hosts are not the pair either,
    // nor are those who "tried to broker a ceasefire between the warring sides".
    let hosted = tokens[..<i].contains(where: { $0.isA(.hostVerb) || Self.mediationVerbs.contains($0.lower) })
    if hosted {
      excluded.formUnion(previous.flatMap(\.actors).filter { type(of: $0, context) == .state })
    }
    // "Egypt and Qatar said the two countries", "a joint statement by the State Department and
    // the Turkish foreign ministry said the two sides": two states named together are the pair
    // (not "Egypt and Qatar urged the two sides": mediators speak of sides).
    if !hosted, Self.statePairNouns.contains(noun) || sides, let pair = coordinatedStates(previous, tokens, context: context),
      !sides || previous[0].range.lowerBound >= 1 && [Word.by, .between].contains(where: { word in
        let k = previous[0].range.lowerBound - 1
        return tokens[k].is(word) || (k >= 1 && tokens[k].is(.the) && tokens[k - 1].is(word))
      })
    {
      return Mention(actors: pair, range: i..<end, kind: .reference)
    }
    // "The US blamed Iran ..., raising fears of a confrontation between the two adversaries":
    // foes are the two states the sentence has named, its subject among them.
    let namedStates = previous.filter { $0.kind != .reference }.flatMap(\.actors).filter { type(of: $0, context) == .state }.uniqued()
    let namedFoes = Self.hostilePairNouns.contains(noun) && !hosted && namedStates.count == 2 ? namedStates : nil
    // "the two forces", "both factions": the last two groups named together.
    // A bare "the two" is the two the sentence has just named, if it named two.
    let sentencePair = bareTwo ? previous.flatMap(\.actors).uniqued() : []
    // "the warring sides": the last two that fought, else the two armed groups most named that
    // have not been said to back another (a patron is not a side), else as any two sides.
    let war = !warring ? nil
      : context.lastWarPair.count == 2 && excluded.isDisjoint(with: context.lastWarPair) ? context.lastWarPair
      : context.mainPair(excluding: excluded.union(context.backers), onlyArmedGroups: true)
    let named = namedFoes ?? war ?? (bareTwo && sentencePair.count == 2 ? sentencePair
      : Self.groupPairNouns.contains(noun) && context.lastPair.count == 2 ? context.lastPair
      // "called on both sides to end the fighting": the last two rival leaders, else the two
      // a mediator last brought together ("contacts with both sides" after "mediated a truce
      // between the US and the Houthis").
      : sides && context.lastHostilePair.count == 2 ? context.lastHostilePair
      : sides && context.lastMediatedPair.count == 2 && excluded.isDisjoint(with: context.lastMediatedPair) ? context.lastMediatedPair
      // "Both sides agreed to reopen roads" after the fighting between two was told.
      : sides && context.lastWarPair.count == 2 && excluded.isDisjoint(with: context.lastWarPair) ? context.lastWarPair : nil)
    // "The two sides" may be armed groups at war; "the two countries" are states.
    let armedGroups = !Self.statePairNouns.contains(noun)
    // Camps are factions the article has set against each other, never the states it names most.
    guard let pair = named ?? (noun == "camps" ? nil : context.mainPair(excluding: excluded, armedGroups: armedGroups)) else { return nil }
    var mention = Mention(actors: pair, range: i..<end, kind: .reference)
    // "the two foes": calling them so says they oppose each other.
    if Self.hostilePairNouns.contains(noun), pair.count == 2 {
      mention.inner = [
        InnerRelation(source: pair[0], relation: .opposes, subtype: "rivals", cameo: "19", target: pair[1]),
        InnerRelation(source: pair[1], relation: .opposes, subtype: "rivals", cameo: "19", target: pair[0]),
      ]
    }
    return mention
  }

  /// The two states of the only two mentions of a sentence so far, when "and" (and "the")
  /// alone joins them: "by the State Department and the Turkish foreign ministry".
  func coordinatedStates(_ previous: [Mention], _ tokens: [Token], context: ArticleContext) -> [ActorID]? {
    guard previous.count == 2, previous.allSatisfy({ $0.kind != .reference && $0.actors.count == 1 && type(of: $0.actor, context) == .state }),
      previous[0].actor != previous[1].actor, previous[0].range.upperBound < previous[1].range.lowerBound,
      tokens[previous[0].range.upperBound..<previous[1].range.lowerBound].allSatisfy({ $0.is(.and) || $0.is(.the) }),
      tokens[previous[0].range.upperBound].is(.and)
    else { return nil }
    return [previous[0].actor, previous[1].actor]
  }

  /// "the four countries", "the three states": the last list of that many states named
  /// together ("Saudi Arabia, the UAE, Bahrain and Egypt cut ties ... The four countries").
  func countedStates(_ tokens: [Token], at i: Int, previous: [Mention], context: ArticleContext) -> Mention? {
    guard i + 2 < tokens.count, tokens[i + 1].isA(.stateCount), let count = Self.countWords[tokens[i + 1].lower] else { return nil }
    // One word may say where the states are ("the three Gulf states").
    let qualified = i + 3 < tokens.count && tokens[i + 2].isWord && !tokens[i + 2].isA(.determiner) && Self.statePairNouns.contains(tokens[i + 3].lower)
    guard qualified || Self.statePairNouns.contains(tokens[i + 2].lower) else { return nil }
    let range = i..<(qualified ? i + 4 : i + 3)
    // "Turkey agreed ... Finland and Sweden joining NATO, after the three countries signed": the
    // states named so far in the sentence, when there are as many.
    let named = previous.filter { $0.kind != .reference }.flatMap(\.actors).filter { type(of: $0, context) == .state }.uniqued()
    if named.count == count { return Mention(actors: named, range: range, kind: .reference) }
    guard count == context.lastStateList.count else { return nil }
    return Mention(actors: context.lastStateList, range: range, kind: .reference)
  }

  /// The numbers "the three countries" may count, by word (`WordClass.stateCount`).
  static let countWords: [String: Int] = ["three": 3, "four": 4, "five": 5, "six": 6]

  /// Nouns for a pair of states ("the two countries").
  static let statePairNouns: WordSet = [
    "countries", "governments", "states", "nations", "neighbours", "neighbors", "capitals", "powers", "allies", "partners",
  ]

  /// Verbs of bringing parties to terms ("brokered a truce between the two sides").
  static let mediationVerbs: WordSet = ["mediate", "mediated", "mediates", "mediating", "broker", "brokered", "brokers", "brokering"]
  /// Plural nouns of two at odds ("the two foes").
  static let hostilePairNouns: WordSet = ["foes", "enemies", "adversaries", "archenemies", "arch-foes", "rivals", "archrivals", "arch-rivals"]
  /// Plural nouns of two persons ("the two generals").
  static let personPairNouns: WordSet = ["men", "generals", "leaders", "presidents", "commanders", "women"]
  /// Plural nouns of two who lead something ("both leaders"), not two ministers.
  static let leaderPairNouns: WordSet = ["leaders", "presidents"]
  /// Plural nouns of two armed sides or bodies ("the two forces").
  static let groupPairNouns: WordSet = ["forces", "armies", "militaries", "factions", "groups", "militias", "parties", "camps", "movements"]

  /// Words that say a pair is at war ("the warring sides").
  static let warringWords: WordSet = ["warring", "feuding"]
  /// The words after "the" that `pairReference` reads (`WordClass.pairOpener`).
  static let pairOpeners: WordSet = warringWords.union(["two", "neighbours", "neighbors", "rival"])
}
