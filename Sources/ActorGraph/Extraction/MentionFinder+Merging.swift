/// Mentions merged after the sentence is read: a person's forces, a person of a state, a
/// state before a title, acronyms defined in parentheses.
extension MentionFinder {
  /// "Bashar al-Assad's forces", "the Assad regime": a person's forces stand for their state.
  /// "the Iran-backed militia Kataib Hezbollah": a description that is itself a catalogue
  /// actor ("Iran-backed militias") right before an armed group's name describes that group,
  /// which the backing then concerns.
  /// "the RSF rebels": a bare descriptor right after a group's name describes that group; it
  /// is no second group (the lexicon's "rebels").
  func mergeDescribedNames(_ mentions: [Mention], _ tokens: [Token], context: ArticleContext) -> [Mention] {
    guard mentions.count >= 2 else { return mentions }
    var result = MergedMentions(mentions)
    for (m, mention) in mentions.enumerated() {
      if let last = result.last, last.range.upperBound == mention.range.lowerBound, last.actors.count == 1, mention.range.count == 1,
        mention.kind == .name, Self.descriptorSingulars[tokens[mention.range.lowerBound].lower] != nil,
        [.armedGroup, .organization].contains(type(of: last.actor, context))
      {
        var widened = last
        widened.range = last.range.lowerBound..<mention.range.upperBound
        result.replaceLast(with: widened)
        continue
      }
      if let last = result.last, last.range.upperBound == mention.range.lowerBound, last.actors.count == 1, mention.actors.count == 1,
        last.actor != mention.actor, mention.kind == .name, type(of: last.actor, context) == .armedGroup,
        type(of: mention.actor, context) == .armedGroup, last.inner.contains(where: { $0.relation == .backs && $0.target == last.actor })
      {
        var merged = mention
        merged.range = last.range.lowerBound..<mention.range.upperBound
        merged.inner = last.inner.map { inner in
          var inner = inner
          if inner.target == last.actor { inner.target = mention.actor }
          return inner
        } + mention.inner
        result.replaceLast(with: merged)
        continue
      }
      result.keep(m)
    }
    return result.mentions
  }

  /// `Vocabulary.groupDescriptors` the other way: "rebels" to "rebel".
  static let descriptorSingulars = Dictionary(uniqueKeysWithValues: Vocabulary.groupDescriptors.map { ($0.value, $0.key) })

  /// A leader years out of office on the article's date has forces of his own ("Saleh's
  /// forces" fought the Houthis five years after he stepped down); his administration stays
  /// the state's ("a deal brokered by the Trump administration"). Forces named before a
  /// commander ("the forces of Khalifa Haftar") are the armed group he leads.
  func mergePersonForces(_ mentions: [Mention], _ tokens: [Token], context: ArticleContext) -> [Mention] {
    var result = mentions
    for (index, mention) in mentions.enumerated() where lexicon.type(of: mention.actor) == .person {
      // "forces loyal to President Abbas" stay his own: only an armed group's leader has them
      // named so for the group.
      // ("Forces of Haftar's Libyan National Army" are the army's.)
      if mention.range.upperBound == tokens.count || !tokens[mention.range.upperBound].is(.possessive),
        let before = Self.forcesBefore(mention.range.lowerBound, in: tokens),
        let group = armedGroup(ledBy: mention.actor, on: context.date)
      {
        // "the eastern-based forces of": where they are based is theirs.
        let based = before >= 3 && tokens[before - 1].lower == "based" && tokens[before - 2].is(.hyphen) && tokens[before - 3].isWord ? before - 3 : before
        result[index] = Mention(actors: [group], range: based..<mention.range.upperBound, kind: .forces, inner: mention.inner)
        continue
      }
      var k = mention.range.upperBound
      if k < tokens.count, tokens[k].is(.possessive) { k += 1 }
      guard k < tokens.count, ["forces", "regime", "government", "troops", "army", "administration"].contains(tokens[k].lower) else { continue }
      // "Serraj's government": the seated government a head of government leads that day.
      if ["government", "administration"].contains(tokens[k].lower),
        let body = lexicon.offices(heldBy: mention.actor, on: context.date).compactMap(\.leads).first(where: lexicon.seatedGovernments.values.contains)
      {
        result[index] = Mention(actors: [body], range: mention.range.lowerBound..<(k + 1), kind: .forces, inner: mention.inner)
        continue
      }
      guard
        let office = commandingOffices(heldBy: mention.actor, on: nil).filter({ $0.leads == $0.state })
          .max(by: { ($0.to?.ordinal ?? .max) < ($1.to?.ordinal ?? .max) })
      else { continue }
      if ["forces", "troops", "army"].contains(tokens[k].lower), let day = context.date, let end = office.to, day.ordinal - end.ordinal > 2 * 365 { continue }
      result[index] = Mention(actors: [office.state], range: mention.range.lowerBound..<(k + 1), kind: .forces, inner: mention.inner)
    }
    return result
  }

  /// "Khalifa Haftar, whose forces waged a war on Tripoli", "Nasrallah, whose group fights for
  /// Assad": the forces or group of a person who leads an armed group on the article's date
  /// are that group, which he leads.
  func addRelativeForces(_ mentions: [Mention], _ tokens: [Token], context: ArticleContext) -> [Mention] {
    // Most sentences have no ", whose" after a mention: they keep their mentions as they are.
    func whoseAfter(_ mention: Mention) -> Int? {
      let whose = mention.range.upperBound + 1
      return whose + 1 < tokens.count && tokens[whose - 1].is(.comma) && tokens[whose].lower == "whose" ? whose : nil
    }
    guard mentions.contains(where: { whoseAfter($0) != nil }) else { return mentions }
    var result: [Mention] = []
    result.reserveCapacity(mentions.count)
    for (index, mention) in mentions.enumerated() {
      result.append(mention)
      guard let whose = whoseAfter(mention),
        ["forces", "troops", "fighters", "militias", "group", "movement", "militia"].contains(tokens[whose + 1].lower), mention.actors.count == 1,
        index + 1 == mentions.count || mentions[index + 1].range.lowerBound > whose + 1,
        let group = armedGroup(ledBy: mention.actor, on: context.date)
      else { continue }
      let leads = InnerRelation(source: mention.actor, relation: .leads, subtype: "heads", cameo: nil, target: group)
      result.append(Mention(actors: [group], range: whose..<(whose + 2), kind: .forces, inner: [leads]))
    }
    return result
  }

  /// The index of "forces" in "forces of (commander) NAME" or "forces loyal to NAME", where
  /// the name starts at `start`.
  static func forcesBefore(_ start: Int, in tokens: [Token]) -> Int? {
    var j = start - 1
    while j >= 0, start - j <= 2, tokens[j].isA(.titleWord) || tokens[j].isA(.personTitle) { j -= 1 }
    if j >= 1, tokens[j].is(.of), ["forces", "troops", "army"].contains(tokens[j - 1].lower) { return j - 1 }
    if j >= 2, tokens[j].is(.to), tokens[j - 1].lower == "loyal", ["forces", "troops", "fighters", "militias"].contains(tokens[j - 2].lower) { return j - 2 }
    return nil
  }

  /// The first actors of a sentence named together, two or more joined by commas and "and"
  /// ("Saudi Arabia, the UAE and Egypt"), else nil.
  func coordinatedSubject(_ previous: [Mention], _ tokens: [Token]) -> [ActorID]? {
    var actors: [ActorID] = []
    for (n, mention) in previous.enumerated() {
      if n > 0 {
        let between = tokens[previous[n - 1].range.upperBound..<mention.range.lowerBound]
        let joined = between.allSatisfy { $0.is(.comma) || $0.is(.and) || $0.is(.the) } && between.contains { $0.is(.comma) || $0.is(.and) }
        if !joined {
          if actors.count >= 2 { return actors }
          actors = []
        }
      }
      actors += mention.actors.filter { !actors.contains($0) }
    }
    return actors.count >= 2 ? actors : nil
  }

  /// Whether a state's name (not its seat) starts at token `k`.
  func isStateName(_ tokens: [Token], at k: Int, context: ArticleContext) -> Bool {
    guard let (pattern, _) = context.aliases.match(tokens, at: k) else { return false }
    return pattern.kind == .name && type(of: pattern.actor, context) == .state
  }

  /// "Serdar Kilic of Turkey and Ruben Rubinyan of Armenia met": a person named with the state
  /// they come from is one mention, the person's, so persons so named can be coordinated.
  func mergePersonOfState(_ mentions: [Mention], _ tokens: [Token], context: ArticleContext) -> [Mention] {
    guard mentions.count >= 2 else { return mentions }
    var result = MergedMentions(mentions)
    var m = 0
    while m < mentions.count {
      let mention = mentions[m]
      if m + 1 < mentions.count, case let state = mentions[m + 1], mention.range.upperBound + 1 == state.range.lowerBound,
        tokens[mention.range.upperBound].is(.of), mention.kind == .name, state.kind == .name, mention.actors.count == 1, state.actors.count == 1,
        type(of: mention.actor, context) == .person, type(of: state.actor, context) == .state,
        state.range.upperBound == tokens.count || !tokens[state.range.upperBound].is(.possessive)
      {
        result.append(Mention(actors: mention.actors, range: mention.range.lowerBound..<state.range.upperBound, kind: .name, inner: mention.inner))
        m += 2
        continue
      }
      result.keep(m)
      m += 1
    }
    return result.mentions
  }

  /// "U.S. envoy Tom Barrack", "Qatar Emir Tamim": a state named before a title and a person's
  /// name says whose official the person is; the person alone acts ("met U.S. envoy Tom
  /// Barrack" is a meeting with Barrack, not with the United States).
  func mergeStateTitles(_ mentions: [Mention], _ tokens: [Token], context: ArticleContext) -> [Mention] {
    guard mentions.count >= 2 else { return mentions }
    var result = MergedMentions(mentions)
    for (m, mention) in mentions.enumerated() {
      if let last = result.last, last.actors.count == 1, mention.actors.count == 1, last.range.upperBound <= mention.range.lowerBound,
        mention.range.lowerBound - last.range.upperBound <= 3, type(of: last.actor, context) == .state, type(of: mention.actor, context) == .person,
        case let title = tokens[last.range.upperBound..<mention.range.lowerBound], title.allSatisfy({ $0.isA(.titleWord) || $0.isA(.personTitle) }),
        !title.isEmpty || tokens[last.range.upperBound - 1].isA(.titleWord) || tokens[last.range.upperBound - 1].isA(.personTitle)
      {
        var merged = mention
        merged.range = last.range.lowerBound..<mention.range.upperBound
        merged.inner = last.inner + mention.inner
        result.replaceLast(with: merged)
        continue
      }
      result.keep(m)
    }
    return result.mentions
  }

  /// "Foo Bar Brigade (FBB)": the acronym names the same actor for the rest of the article.
  func defineAcronyms(_ mentions: [Mention], _ tokens: [Token], context: inout ArticleContext) {
    for mention in mentions {
      let k = mention.range.upperBound
      guard k + 2 < tokens.count, tokens[k].is(.openParen), tokens[k + 2].is(.closeParen) else { continue }
      let acronym = tokens[k + 1].text
      guard acronym.count >= 2, acronym.count <= 6, acronym.allSatisfy({ $0.isUppercase || $0.isNumber }),
        context.aliases.match(tokens, at: k + 1) == nil
      else { continue }
      context.aliases.add(acronym, actor: mention.actor, kind: .name)
    }
  }
}
