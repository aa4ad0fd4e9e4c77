/// What the relation matcher asks about actors: the lexicon's answers through the extractor's
/// finder, and the article's own (actors it discovered, its date, its aliases).
extension RelationMatcher {
  /// The type of an actor, the lexicon's or the one the article discovered it as.
  func typeOf(_ actor: ActorID) -> ActorType? { finder.type(of: actor, discovered: discovered) }

  /// The states a person holds office in on the article's date.
  func statesOf(_ person: ActorID) -> [ActorID] { finder.lexicon.offices(heldBy: person, on: date).map(\.state).uniqued() }

  /// The states a person has led at any time, for a leader named after he left office.
  func statesLedEver(_ person: ActorID) -> [ActorID] {
    finder.lexicon.offices(heldBy: person, on: nil).compactMap(\.leads).filter { finder.lexicon.type(of: $0) == .state }.uniqued()
  }

  /// The state a capitalised demonym stands for ("Turkish" → Turkey).
  func demonymState(_ token: Token) -> ActorID? { finder.demonym(token) }

  /// The whole the lexicon makes an actor part of.
  func partOf(_ actor: ActorID) -> ActorID? { finder.lexicon[actor]?.partOf }

  /// Whether the lexicon has the actor (not one discovered in the article).
  func isInLexicon(_ actor: ActorID) -> Bool { finder.lexicon[actor] != nil }

  /// The government seated in a state's capital, if the lexicon names one (`Lexicon.seatedGovernments`).
  func seatedGovernment(_ state: ActorID) -> ActorID? { finder.lexicon.seatedGovernments[state] }

  /// The state a person the lexicon does not know was introduced as an official of
  /// (`ArticleContext.stateOfDiscovered`).
  func stateOfDiscovered(_ person: ActorID) -> ActorID? { discoveredStates[person] }

  /// The actor a one-word name stands for ("Hamas"), if any.
  func singleWordActor(_ token: Token) -> ActorID? { aliases.actor(forWord: token) }

  /// The actors of one of `types`, or all of them when there are no types to keep.
  func ofTypes(_ actors: [ActorID], _ types: Set<ActorType>?) -> [ActorID] {
    guard let types else { return actors }
    return actors.filter { typeOf($0).map(types.contains) ?? false }
  }

  /// What the lexicon says an actor is part of, and what that is part of, nearest first.
  func wholes(of actor: ActorID) -> [ActorID] {
    var chain: [ActorID] = []
    var current = actor
    while let whole = partOf(current), !chain.contains(whole), chain.count < 4 {
      chain.append(whole)
      current = whole
    }
    return chain
  }

  /// Whether an actor is a body (an organisation or armed group), without building an array of
  /// types to ask.
  func isBody(_ actor: ActorID) -> Bool {
    let type = typeOf(actor)
    return type == .organization || type == .armedGroup
  }

  /// Whether a discovered body is named as a party, movement or alliance ("Communist Party"),
  /// which belongs to no state as its agencies do.
  func isPoliticalBody(_ actor: ActorID) -> Bool {
    guard let last = discovered[actor]?.name.split(separator: " ").last?.lowercased() else { return false }
    return Vocabulary.politicalBodyNouns.contains(last)
  }
}
