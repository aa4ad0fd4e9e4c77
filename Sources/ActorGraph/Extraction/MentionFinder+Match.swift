/// The mention that starts at one token: the rules for names, roles, demonyms, references
/// and unknown names, tried in turn.
extension MentionFinder {
  /// The mention that starts at token `i`, if any, by the first of the finder's rules that reads
  /// one there; a two-word demonym's first word starts none (its second word reads the whole).
  func match(_ tokens: [Token], at i: Int, previous: [Mention], context: inout ArticleContext) -> Mention? {
    // "South African President Cyril Ramaphosa": the first word of a two-word demonym is read
    // with the second, which holds the whole.
    if i + 1 < tokens.count, demonym(tokens[i + 1]) != nil, twoWordDemonymIDs.contains(tokens[i + 1].word) { return nil }
    // One lookup of the names starting here serves every rule below.
    var aliasHit = context.aliases.joinedMatch(tokens, at: i)
    // "the rebels" is the lexicon's Syrian rebels only in a story that names Syria: a name in
    // lower case of a group named for a state ("rebels", "the opposition") needs that state.
    // So does a collective's description that does not name the state ("Turkish-backed forces"
    // are the Syrian rebels only in a story about Syria, not in one about Libya; "the SNA" is a
    // name).
    if let (pattern, _) = aliasHit, pattern.capitalised.last == false, let state = demonymNamed[pattern.actor],
      pattern.isWrittenInLowerCase || (collectives.contains(pattern.actor) && !pattern.words.contains { lexicon.demonymStates[$0] == state }),
      !namesState(state, context)
    {
      aliasHit = nil
    }
    // (The cheap tests before the call, made at every name: passing the context copies it.)
    if let aliasHit, i + aliasHit.length + 1 < tokens.count, tokens[i + aliasHit.length].isWord, !tokens[i + aliasHit.length].isCapitalized,
      lexicon.type(of: aliasHit.pattern.actor) == .organization, let mention = namedMember(aliasHit, tokens, at: i, context: context)
    {
      return mention
    }
    if let aliasHit, isUnnamedMember(aliasHit, tokens, at: i, context: context) { return nil }
    // "Kataib Hezbollah, an Iran-backed militia, ...": an indefinite description of the name
    // just before is not the lexicon's group of that description.
    if let (_, length) = aliasHit, i >= 2, tokens[i - 1].is(.a) || tokens[i - 1].is(.an), tokens[i - 2].is(.comma),
      !tokens[i + length - 1].isCapitalized, previous.last?.range.upperBound == i - 2
    {
      return nil
    }
    // "The Giants Brigades, a southern Yemeni force backed by the UAE": nor is an indefinite
    // description of a group just named, with a demonym, that demonym's state.
    // (The test takes the discovered actors, not the context: passing this `inout` context on
    // copies it, every field retained.)
    if aliasHit == nil, i + 1 < tokens.count, tokens[i].isCapitalized, tokens[i + 1].isA(.forceHead) || tokens[i + 1].isA(.groupNoun), demonym(tokens[i]) != nil,
      describesGroupJustNamed(i, tokens, previous: previous, discovered: context.discovered)
    {
      return nil
    }
    // Most words open no mention: every rule below starts at a name, a capital, an article or
    // a pronoun, or one of the nouns the reference rules read.
    if aliasHit == nil, !tokens[i].isCapitalized, !Self.mayOpenReference(tokens[i]) { return nil }
    if let mention = coalition(tokens, at: i, aliasHit: aliasHit, previous: previous, context: &context) { return mention }
    // Demonym constructions come first: "Turkish President Recep Tayyip Erdogan" must not
    // stop at "Turkish" nor skip the role.
    if let mention = demonymPhrase(tokens, at: i, aliasLength: aliasHit?.length ?? 0, previous: previous, context: &context) { return mention }
    if let aliasHit, let mention = possessiveRole(tokens, at: i, name: aliasHit, previous: previous, context: &context) { return mention }
    if aliasHit == nil, let mention = relativeOfKnownPerson(tokens, at: i, context: &context) { return mention }
    // The first word each context rule needs is checked here: passing the context on from
    // this `inout` copies it (every field retained), at every word of every sentence.
    let the = tokens[i].is(.the)
    if tokens[i].isA(.servingNoun), let mention = servingForces(tokens, at: i, context: &context) { return mention }
    if the, !context.describedAs.isEmpty, let mention = describedReference(tokens, at: i, context: context) { return mention }
    if the, let mention = capitalPhrase(tokens, at: i, context: context) { return mention }
    if the, let mention = roleOfState(tokens, at: i, previous: previous, context: &context) { return mention }
    if the, let mention = bareRole(tokens, at: i, context: context) { return mention }
    // The pair word is checked before the call: most "the"s open no pair, and calling
    // `pairReference` for each cost more than the test (callgrind).
    let opensPair = i + 1 < tokens.count
      && ((the && (tokens[i + 1].isA(.pairOpener) || (i > 0 && tokens[i - 1].is(.between))))
        || ((tokens[i].is(.its) || tokens[i].is(.their)) && tokens[i + 1].lower == "two"))
    if opensPair || tokens[i].is(.both), let mention = pairReference(tokens, at: i, previous: previous, context: context) { return mention }
    if the, let mention = countedStates(tokens, at: i, previous: previous, context: context) { return mention }
    // "Turkey's and Syria's intelligence service": a possessive coordinated with one before it
    // is read with that one, not as the agency's name.
    let coordinatedPossessive = aliasHit.map { $0.length > 2 && tokens[i + 1].is(.possessive) } == true && i >= 2
      && (tokens[i - 1].is(.and) || tokens[i - 1].is(.or)) && tokens[i - 2].is(.possessive)
    if coordinatedPossessive, let state = context.aliases.actor(forWord: tokens[i]) {
      return Mention(actors: [state], range: i..<(i + 1), kind: .name)
    }
    if let (pattern, length) = aliasHit, !coordinatedPossessive {
      if isPersonsOwnMen(tokens, at: i, pattern: pattern, previous: previous, context: context) { return nil }
      // "since his rebels ousted Assad": so are the men "his" or "her" gives the person last named.
      if pattern.isWrittenInLowerCase, i > 0, tokens[i - 1].is(.his) || tokens[i - 1].is(.her),
        let person = previous.last(where: { $0.actors.count == 1 && type(of: $0.actor, context) == .person })?.actor ?? context.lastPerson
      {
        return Mention(actors: [person], range: i..<(i + length), kind: .reference)
      }
      // "the Polisario Front", "Emir Tamim bin Hamad Al Thani": a name from the next word that
      // runs further than the one here ("the Polisario", "Emir Tamim") is read from there, if
      // this one starts with "the" or names the same actor.
      if length > 1, let next = context.aliases.match(tokens, at: i + 1), next.length > length - 1, the || next.pattern.actor == pattern.actor {
        return nil
      }
      // "Iran-backed", "Kurdish-led": a one-word name joined to a participle modifies what
      // follows; the compound rule reads it, and it is no actor of the sentence itself.
      if length == 1, i + 2 < tokens.count, tokens[i + 1].is(.hyphen), tokens[i].end == tokens[i + 1].start,
        tokens[i + 1].end == tokens[i + 2].start, tokens[i + 2].isA(.compoundParticiple)
      {
        return heldPlace(tokens, at: i, holder: pattern.actor, context: context)
      }
      // "UN Security Council Resolution 2254": a body's resolution is a text, not the body.
      if i + length < tokens.count, tokens[i + length].lower == "resolution" || tokens[i + length].lower == "resolutions" { return nil }
      // "the Gulf of Oman": a place's name.
      if i >= 2, tokens[i - 1].is(.of), tokens[i - 2].isCapitalized, Vocabulary.waterFeatures.contains(tokens[i - 2].lower) { return nil }
      // "U.S. lawmakers", "the Damascus consulate": people of a state, or a place, not the state.
      if i + length < tokens.count, type(of: pattern.actor, context) == .state {
        let next = tokens[i + length].lower
        // "the Astana process": nor is a diplomatic track named for where it was made.
        if tokens[i + length].isA(.peopleOfAState) || (pattern.kind == .seat && (Vocabulary.placeNouns.contains(next) || Vocabulary.trackNouns.contains(next))) {
          return nil
        }
        // "the Sudan Revolutionary Front": a state's name opening the name of a body is part of it.
        if pattern.kind == .name, isBodyNamedAfterState(tokens, from: i + length), let body = discoveredName(tokens, at: i, context: &context) { return body }
        // "Beirut's southern suburbs", "Damascus's outskirts": so is a part of the city.
        if pattern.kind == .seat, tokens[i + length].is(.possessive) {
          var k = i + length + 1
          if k + 1 < tokens.count, tokens[k].isWord, !tokens[k].isCapitalized, !Vocabulary.placeNouns.contains(tokens[k].lower) { k += 1 }
          if k < tokens.count, Vocabulary.placeNouns.contains(tokens[k].lower) { return nil }
        }
      }
      var mention = Mention(actors: [pattern.actor], range: i..<(i + length), kind: pattern.kind)
      mention.inner += backingInside(tokens, mention.range, actor: pattern.actor, context: context)
      mention.inner += stateNamedInside(tokens, mention.range, actor: pattern.actor)
      var office = officeInTitle(tokens, before: i, person: pattern.actor, context: context)
      // "King Abdullah": a name the lexicon writes with its title reads the title too.
      if office.isEmpty, length > 1, tokens[i].isCapitalized, tokens[i].isA(.personTitle) {
        office = officeInTitle(tokens, before: i + 1, person: pattern.actor, context: context)
      }
      // "Prime Minister Nuri al-Maliki": a given name the lexicon spells otherwise stands
      // between the title and the name.
      if office.isEmpty, i >= 2, isOtherSpelledGivenName(tokens[i - 1]) {
        office = officeInTitle(tokens, before: i - 1, person: pattern.actor, context: context)
      }
      if office.isEmpty { office = commandInTitle(tokens, before: i, person: pattern.actor, context: context) }
      mention.inner += office.isEmpty ? secretaryGeneralInTitle(tokens, before: i, person: pattern.actor, context: context) : office
      return mention
    }
    // "Morsi sent his prime minister, Hisham Kandil, to Gaza": a role after "his" or "her" is
    // one of the state whose office the person last named holds (not "his counterpart").
    if tokens[i].is(.his) || tokens[i].is(.her), let (role, length) = rolePhrase(tokens, at: i + 1), role != "counterpart",
      let person = previous.last(where: { $0.actors.count == 1 && type(of: $0.actor, context) == .person })?.actor,
      let state = state(servedBy: person, on: context.date) ?? context.stateOfDiscovered[person]
    {
      return roleMention(state: state, role: role, tokens: tokens, range: i..<(i + 1 + length), previous: previous, context: &context)
    }
    // "his Syrian counterpart", "its Syrian ally": the possessive pronoun is not the actor
    // (but in "its leader, NAME" it is the group led).
    if tokens[i].isPossessivePronoun, i + 1 < tokens.count,
      rolePhrase(tokens, at: i + 1).map({ $0.0 != "leader" }) == true
        || (demonym(tokens[i + 1]) != nil && i + 2 < tokens.count && rolePhrase(tokens, at: i + 2) != nil)
    {
      return nil
    }
    // Pronouns: the first fitting actor earlier in this sentence, not one inside a relative
    // clause ("Turkey sided with the Tripoli government and its drones ..."), else the last
    // subject before.
    if tokens[i].isA(.pronounThing) {
      // "called it an act of aggression": "it" is the act judged, not an actor.
      if i >= 1, i + 1 < tokens.count, Self.judgingVerbs.contains(tokens[i - 1].lower), tokens[i + 1].is(.a) || tokens[i + 1].is(.an), tokens[i].lower == "it" {
        return nil
      }
      // "said it was unacceptable": nor in a verdict said of it.
      if i >= 1, Self.sayingVerbs.contains(tokens[i - 1].lower), tokens[i].lower == "it", Self.isJudged(tokens, after: i) { return nil }
      let discovered = context.discovered
      // Not a dateline's city ("BEIRUT, Oct 14 - ... Damascus and its ally Moscow", "BERLIN/ATHENS -").
      // Nor where something happened ("met Pompeo in Brussels").
      func fitting(_ m: Mention) -> Bool {
        m.actors.count == 1 && [.state, .organization, .armedGroup].contains(type(of: m.actor, discovered: discovered))
          && !isDatelinePlace(m, tokens)
          && !(m.range.lowerBound > 0 && tokens[m.range.lowerBound - 1].is(.in) && m.kind != .reference)
      }
      func inRelativeClause(_ m: Mention) -> Bool {
        guard let w = tokens[..<m.range.lowerBound].lastIndex(where: { $0.is(.who) || $0.is(.which) || $0.is(.whose) }) else { return false }
        return !tokens[w..<m.range.lowerBound].contains { $0.is(.comma) }
      }
      // "the Victory Party ... after its leader", "the agency, its chief": a title after "its"
      // belongs to the nearest.
      let titled = tokens[i].is(.its) && i + 1 < tokens.count && tokens[i + 1].isA(.personTitle)
      // "..., while the Turkish defence ministry said its forces": a state's body named by its
      // demonym in the same clause, with no actor after it.
      if let body = demonymBody(tokens, before: i, previous: previous) {
        return Mention(actors: [body], range: i..<(i + 1), kind: .reference)
      }
      // "a war with Israel and its American patron": after "and", a tie is to the name just
      // before ("... the Tripoli government and its drones helped" starts a clause of its own).
      let tie = tokens[(i + 1)...].prefix(3).contains { $0.isA(.patronNoun) || $0.isA(.allyNoun) || $0.isA(.clientNoun) }
      let conjoined = i >= 2 && tie && tokens[i - 1].is(.and) ? previous.last(where: { fitting($0) && $0.range.upperBound == i - 1 }) : nil
      // "which backs the SDF in its fight against": after a verb of backing, its object's.
      // "sided with Qatar in its dispute with": so after "sided with" or "stood with".
      let backed = i >= 1 && tokens[i - 1].is(.in) ? previous.last.flatMap { m -> Mention? in
        var verb = m.range.lowerBound - (m.range.lowerBound >= 2 && tokens[m.range.lowerBound - 1].is(.the) ? 2 : 1)
        if verb >= 1, tokens[verb].is(.with) { verb -= 1 }
        return fitting(m) && m.range.upperBound == i - 1 && verb >= 0 && Self.sidingVerbs.contains(tokens[verb].lower) ? m : nil
      } : nil
      // "Sudan's paramilitary RSF said its fighters": a possessor is not what the clause is about.
      func possessor(_ m: Mention) -> Bool { m.range.upperBound < tokens.count && tokens[m.range.upperBound].is(.possessive) }
      // "..., when Saudi Arabia cut relations with Tehran after protesters stormed its embassy":
      // the subject of the nearest clause a subordinator opens with a name.
      // "adding that the group would keep up its attacks": so does a "that" after a verb of saying,
      // or of asking ("demanding that the regime stop its attacks").
      func opensSaidClause(_ o: Int) -> Bool {
        tokens[o].is(.that) && o >= 1 && tokens[max(0, o - 4)..<o].contains { $0.isA(.speechVerb) || Vocabulary.askingVerbs.contains($0.lower) }
      }
      let clauseSubject = titled ? nil : tokens[..<i].indices.reversed().lazy.filter { Self.opensClause(tokens[$0]) || opensSaidClause($0) }.compactMap { o in
        previous.first { fitting($0) && ($0.range.lowerBound == o + 1 || ($0.range.lowerBound == o + 2 && tokens[o + 1].is(.the))) }
      }.first
      // "and Hezbollah says it is acting": the speaker right before a verb of saying.
      let verb = i >= 2 && tokens[i - 1].is(.that) ? i - 2 : i - 1
      let spoken = verb >= 1 && tokens[verb].isA(.speechVerb)
        ? previous.last.flatMap { fitting($0) && $0.range.upperBound == verb && !possessor($0) ? $0 : nil } : nil
      // "Ankara and Washington, which has relied on the YPG as its main partner": in a relative
      // clause whose subject is what it describes, that (not "which Turkey considers").
      let antecedent = !tokens[i].is(.its) ? nil : tokens[..<i].lastIndex(where: { $0.is(.which) || $0.is(.who) }).flatMap { w -> Mention? in
        guard !tokens[(w + 1)..<i].contains(where: { $0.is(.comma) }), !previous.contains(where: { $0.range.lowerBound == w + 1 || $0.range.lowerBound == w + 2 && tokens[w + 1].is(.the) })
        else { return nil }
        return previous.last { m in fitting(m) && (m.range.upperBound == w || (m.range.upperBound == w - 1 && tokens[w - 1].is(.comma))) }
      }
      // "as Turkey stepped up its support for the GNA, supplying it with drones": after a
      // participle set off by a comma, "it" is its object, the last one named but the subject.
      // "said Syria would not fight Israel but urged it to withdraw": so is the one urged.
      let afterParticiple = tokens[i].lower == "it" && i >= 2
        && ((tokens[i - 2].is(.comma) && tokens[i - 1].isWord && !tokens[i - 1].isCapitalized && !tokens[i - 1].isA(.speechVerb) && tokens[i - 1].lower.hasSuffix("ing"))
          || (tokens[i - 1].isA(.wishVerb) && i + 1 < tokens.count && tokens[i + 1].is(.to)))
      let object = afterParticiple ? previous.first(where: fitting).flatMap { sentenceSubject in
        previous.last { m in fitting(m) && m.actors != clauseSubject?.actors && m.actors != sentenceSubject.actors && !possessor(m) }
      } : nil
      // "Israel's efforts to defend its sovereignty": the possessor of a noun whose infinitive
      // "its" is in.
      let purposeOwner = i >= 4 && tokens[i - 2].is(.to) && tokens[i - 3].isWord && tokens[i - 4].is(.possessive)
        ? previous.last(where: { fitting($0) && $0.range.upperBound == i - 4 }) : nil
      // "urged the UAE to end its support", "called on Russia to halt its strikes": "its" in
      // what someone was asked to do is the one asked.
      func askedOne() -> Mention? {
        guard let to = tokens[max(0, i - 3)..<i].lastIndex(where: { $0.is(.to) }),
          tokens[(to + 1)..<i].allSatisfy({ $0.isWord && !$0.isCapitalized }),
          let m = previous.last(where: { fitting($0) && $0.range.upperBound == to })
        else { return nil }
        var v = m.range.lowerBound - 1
        if v >= 0, tokens[v].is(.the) { v -= 1 }
        if v >= 1, tokens[v].is(.on) || tokens[v].lower == "upon" { v -= 1 }
        return v >= 0 && Vocabulary.askingVerbs.contains(tokens[v].lower) ? m : nil
      }
      let owner: Mention? = purposeOwner ?? askedOne()
      // "Hezbollah fired rockets at Israel, and its leader ...": after ", and" a title is of the
      // name that opened the clause before, not of what that clause named last.
      let newClause = i >= 2 && tokens[i - 1].is(.and) && tokens[i - 2].is(.comma)
      let subjectNamed = newClause ? previous.first(where: { fitting($0) && !possessor($0) && $0.kind == .name }) : nil
      let titledOwner: Mention? = !titled ? nil : subjectNamed ?? previous.last(where: fitting)
      // "Sudan said Ethiopian forces had ambushed its troops": the one attacked is not the
      // clause's attacker, but the one before.
      let attacked = i >= 1 && Self.attackVerbs.contains(tokens[i - 1].lower)
      let ownerInClause = attacked ? clauseSubject.flatMap { s in previous.first { fitting($0) && $0.actors != s.actors } } : clauseSubject
      let named = owner ?? conjoined ?? backed ?? spoken ?? antecedent ?? object ?? ownerInClause
        ?? (titled
          ? titledOwner
          : previous.first(where: { fitting($0) && !inRelativeClause($0) && !possessor($0) }) ?? previous.first(where: { fitting($0) && !inRelativeClause($0) })
            ?? previous.first(where: fitting))
      if let thing = named?.actor ?? context.lastThing {
        return Mention(actors: [thing], range: i..<(i + 1), kind: .reference)
      }
    }
    // "The Houthis ... Their leader, Abdul-Malik al-Houthi": a group's title, after "their".
    if tokens[i].is(.their), i + 1 < tokens.count, tokens[i + 1].isA(.personTitle),
      let group = previous.last(where: { $0.actors.count == 1 && [.organization, .armedGroup].contains(type(of: $0.actor, context)) })?.actor
        ?? context.lastThing.flatMap({ [.organization, .armedGroup].contains(type(of: $0, context)) ? $0 : nil })
    {
      return Mention(actors: [group], range: i..<(i + 1), kind: .reference)
    }
    // "Russian jets bombed their positions": what "they" hold is an armed group's, the one last
    // named (states hold "its" positions).
    if tokens[i].is(.their), i + 1 < tokens.count, tokens[i + 1].isA(.targetNoun),
      let group = previous.last(where: { $0.actors.count == 1 && type(of: $0.actor, context) == .armedGroup })?.actor ?? context.lastGroup
    {
      return Mention(actors: [group], range: i..<(i + 1), kind: .reference)
    }
    // "Assad fled to Moscow, where Russia granted him asylum": the person last named.
    // "Aoun told him": not the one who tells, the one before.
    if tokens[i].is(.him), let person = previous.last(where: { m in
      m.actors.count == 1 && type(of: m.actor, context) == .person && !(i - m.range.upperBound == 1 && tokens[m.range.upperBound].isWord)
    })?.actor ?? context.lastPerson {
      return Mention(actors: [person], range: i..<(i + 1), kind: .reference)
    }
    // "greeted by Assad, whose forces regained the country since Russia intervened on his
    // side": inside a relative clause, the person it describes.
    if tokens[i].isA(.pronounPerson), !tokens[i].is(.her),
      let person = describedPerson(before: i, previous: previous, tokens, discovered: context.discovered)
        ?? previous.first(where: { $0.actors.count == 1 && type(of: $0.actor, context) == .person })?.actor ?? context.lastPerson
    {
      return Mention(actors: [person], range: i..<(i + 1), kind: .reference)
    }
    if tokens[i].isA(.stateNoun), let mention = bareGovernmentForces(tokens, at: i, previous: previous, context: context) { return mention }
    if tokens[i].isA(.groupNoun) || tokens[i].isA(.stateNoun) || tokens[i].is(.bloc), let mention = groupReference(tokens, at: i, previous: previous, context: context) { return mention }
    if the, let mention = condemnedAct(tokens, at: i, context: context) { return mention }
    // "Saudi Arabia, the UAE and Egypt ... their rival Iran": "their" before a rival or an ally
    // is the actors named together before it, a pair named as one ("the two countries") first.
    if tokens[i].is(.their), tokens[(i + 1)...].prefix(2).contains(where: { Vocabulary.rivalNouns.contains($0.lower) || $0.isA(.allyNoun) || $0.isA(.patronNoun) }),
      let subject = previous.last(where: { $0.actors.count >= 2 })?.actors ?? coordinatedSubject(previous, tokens)
    {
      return Mention(actors: subject, range: i..<(i + 1), kind: .reference)
    }
    // "talks between the two countries before they agreed": "they" is the last pair named;
    // "X and Y held talks, with Oman shuttling between them": so is "them".
    if tokens[i].is(.they) || tokens[i].is(.them) {
      // "Serraj and Haftar came to Berlin. Merkel and Salame held talks with each of them": two
      // persons named together before, neither named again in this sentence.
      if tokens[i].is(.them), i >= 2, tokens[i - 1].is(.of), ["each", "both", "either", "neither"].contains(tokens[i - 2].lower), context.lastPersonPair.count == 2,
        !previous.contains(where: { $0.actors.contains(where: context.lastPersonPair.contains) })
      {
        return Mention(actors: context.lastPersonPair, range: i..<(i + 1), kind: .reference)
      }
      if let pair = previous.last(where: { $0.actors.count >= 2 }) { return Mention(actors: pair.actors, range: i..<(i + 1), kind: .reference) }
      // "between Saudi Arabia and Iran before they": two mentions joined by "and".
      if previous.count >= 2, case let (a, b) = (previous[previous.count - 2], previous[previous.count - 1]),
        b.range.lowerBound == a.range.upperBound + 1, tokens[a.range.upperBound].is(.and)
      {
        return Mention(actors: a.actors + b.actors, range: i..<(i + 1), kind: .reference)
      }
      if let forces = speakingForces(before: i, previous: previous, tokens) { return Mention(actors: forces.actors, range: i..<(i + 1), kind: .reference) }
      // "Iran's Revolutionary Guards said they had struck": a group named in the plural.
      if let group = previous.last(where: { $0.kind == .name && $0.actors.count == 1 && tokens[$0.range.upperBound - 1].lower.hasSuffix("s") }),
        [.armedGroup, .organization].contains(type(of: group.actor, context))
      {
        return Mention(actors: group.actors, range: i..<(i + 1), kind: .reference)
      }
    }
    return discoveredName(tokens, at: i, context: &context)
  }

  /// Whether a mention is a dateline's place: capitals from the sentence's start, then a
  /// comma, slash or dash ("BEIRUT, Oct 14 -", "BERLIN/ATHENS -"), not an acronym that opens
  /// the sentence ("UNIFIL said it").
  func isDatelinePlace(_ m: Mention, _ tokens: [Token]) -> Bool {
    m.range.upperBound < tokens.count && (tokens[m.range.upperBound].is(.comma) || tokens[m.range.upperBound].is(.slash) || tokens[m.range.upperBound].is(.hyphen))
      && tokens[..<m.range.upperBound].allSatisfy { $0.text == $0.text.uppercased() }
  }

  /// "Iraqi forces said they had", "Fighters loyal to President Hadi said on Friday they": the
  /// forces named right before the verb of saying that precedes "they" at `i`.
  func speakingForces(before i: Int, previous: [Mention], _ tokens: [Token]) -> Mention? {
    guard let last = previous.last, last.actors.count == 1, i - last.range.upperBound <= 4,
      (last.range.upperBound..<i).contains(where: { tokens[$0].isA(.speechVerb) }), tokens[last.range.upperBound..<i].allSatisfy(\.isWord)
    else { return nil }
    if last.kind == .forces { return last }
    // Serving nouns, "loyal to", then the one served, with at most a title or possessor between.
    let s = last.range.lowerBound
    guard s >= 3, let to = (max(2, s - 5)..<s).last(where: { tokens[$0].is(.to) }), tokens[to - 1].lower == "loyal", tokens[to - 2].isA(.servingNoun),
      previous.allSatisfy({ $0.range.upperBound <= to - 2 || $0.range.lowerBound > to })
    else { return nil }
    return last
  }

  /// Whether token `i` opens, after "a" and at most two words in lower case, an appositive
  /// of the armed group or organisation named right before the comma ("the Giants Brigades, a
  /// southern Yemeni force").
  func describesGroupJustNamed(_ i: Int, _ tokens: [Token], previous: [Mention], discovered: [ActorID: NewsActor]) -> Bool {
    var j = i - 1
    while j >= 0, i - j <= 2, tokens[j].isWord, !tokens[j].isCapitalized, !tokens[j].isA(.determiner) { j -= 1 }
    guard j >= 1, tokens[j].is(.a) || tokens[j].is(.an), tokens[j - 1].is(.comma), let named = previous.last, named.range.upperBound == j - 1,
      named.actors.count == 1
    else { return false }
    return [.armedGroup, .organization].contains(type(of: named.actor, discovered: discovered))
  }

  /// The armed group a person leads on `day` ("Haftar's forces", "Haftar, whose forces").
  func armedGroup(ledBy person: ActorID, on day: Day?) -> ActorID? {
    lexicon.offices(heldBy: person, on: day).compactMap(\.leads).first { lexicon.type(of: $0) == .armedGroup }
  }

  /// The offices a person holds on `day` (any day when nil) that give him forces: a state's or
  /// an armed group's, not a party's leadership ("Saleh's forces" are not his party's).
  func commandingOffices(heldBy person: ActorID, on day: Day?) -> [Lexicon.Office] {
    lexicon.offices(heldBy: person, on: day).filter { lexicon.type(of: $0.state) != .organization }
  }

  /// The state whose office a person holds on `day`.
  func state(servedBy person: ActorID, on day: Day?) -> ActorID? {
    lexicon.offices(heldBy: person, on: day).first { lexicon.type(of: $0.state) == .state }?.state
  }

  /// The person a relative clause around token `i` describes: "Assad, whose forces ... his",
  /// with no comma closing the clause before `i`.
  func describedPerson(before i: Int, previous: [Mention], _ tokens: [Token], discovered: [ActorID: NewsActor]) -> ActorID? {
    guard
      let m = previous.last(where: { m in
        m.range.upperBound + 2 < i && tokens[m.range.upperBound].is(.comma) && ["who", "whose"].contains(tokens[m.range.upperBound + 1].lower)
      }), m.actors.count == 1, type(of: m.actor, discovered: discovered) == .person, !tokens[(m.range.upperBound + 2)..<i].contains(where: { $0.is(.comma) })
    else { return nil }
    return m.actor
  }

  /// Whether a word in lower case that starts no name may open a mention: "the", "a" and
  /// "both" (described references, pairs, coalitions, acts), pronouns, and the nouns the
  /// group, state and force rules read.
  static func mayOpenReference(_ token: Token) -> Bool {
    token.is(.the) || token.is(.a) || token.is(.both) || token.isPossessivePronoun || token.is(.him) || token.is(.they) || token.is(.them)
      || token.is(.bloc) || !token.classes.isDisjoint(with: [.pronounThing, .pronounPerson, .groupNoun, .stateNoun, .forceHead, .servingNoun, .coalitionNoun])
  }

  /// Verbs of attack before "its" or "their" ("ambushed its troops").
  static let attackVerbs: WordSet = [
    "attacked", "ambushed", "struck", "hit", "shelled", "bombed", "targeted", "raided", "killed", "attack", "ambush", "strike", "shell", "bomb",
    "target", "raid", "kill", "attacking", "ambushing", "striking", "hitting", "shelling", "bombing", "targeting", "raiding", "killing",
    "pounded", "pound", "pounding", "bombarded", "bombard", "bombarding", "stormed", "storm", "storming",
  ]

  /// Nouns for one state of a body ("a NATO member", "an EU country").
  /// "a NATO member has downed ...", "stood with its NATO ally": one member state, unnamed, is
  /// not the body.
  func isUnnamedMember(_ hit: (pattern: AliasTable.Pattern, length: Int), _ tokens: [Token], at i: Int, context: ArticleContext) -> Bool {
    let end = i + hit.length
    guard i > 0, end < tokens.count else { return false }
    // The word before is tested first: most names follow no article.
    let before = tokens[i - 1]
    guard before.is(.a) || before.is(.an) || before.isPossessivePronoun || before.lower == "another" || before.lower == "fellow" else { return false }
    return Self.memberStateNouns.contains(tokens[end].lower) && type(of: hit.pattern.actor, context) == .organization
      && (end + 1 == tokens.count || !(tokens[end + 1].isCapitalized || tokens[end + 1].is(.of)))
  }

  /// "NATO member Turkey", "its NATO ally Turkey", "EU member state Cyprus": a state named
  /// after a body's member noun is that state, a member of the body. The hit is a body's name.
  func namedMember(_ hit: (pattern: AliasTable.Pattern, length: Int), _ tokens: [Token], at i: Int, context: ArticleContext) -> Mention? {
    var end = i + hit.length
    guard end + 1 < tokens.count, Self.memberStateNouns.contains(tokens[end].lower) else { return nil }
    if tokens[end].lower == "member", ["state", "country", "nation"].contains(tokens[end + 1].lower) { end += 1 }
    guard end + 1 < tokens.count, tokens[end + 1].isCapitalized, let (state, length) = context.aliases.match(tokens, at: end + 1),
      type(of: state.actor, context) == .state, state.actor != hit.pattern.actor
    else { return nil }
    let member = InnerRelation(source: state.actor, relation: .partOf, subtype: "member_of", target: hit.pattern.actor)
    return Mention(actors: [state.actor], range: i..<(end + 1 + length), kind: .name, inner: [member])
  }

  /// Nouns for one member state of a body ("a NATO member", "an EU country").
  static let memberStateNouns: WordSet = ["member", "country", "state", "nation", "government", "ally", "partner"]

  /// Verbs of backing someone in a fight of theirs ("backs the SDF in its fight", "sided with
  /// Qatar in its dispute").
  static let sidingVerbs: WordSet = Vocabulary.backingVerbs.union(["sided", "sides", "siding", "stood", "stands", "standing"])
}
