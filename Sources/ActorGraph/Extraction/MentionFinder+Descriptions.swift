/// Descriptions that stand for an actor named elsewhere: forces by whom they serve, a
/// coalition by its leader, and "the council" by the council last named.
extension MentionFinder {
  /// "troops loyal to the Islah party", "forces of the Southern Transitional Council", "gunmen
  /// from Saraya al-Salam", "tribesmen led by Sadiq al-Ahmar": forces described by whom they
  /// serve stand for that group, state or person. An official's name is left to be read as a
  /// name ("forces loyal to Dbeibah" are Dbeibah's); those of one who holds no office on the
  /// article's date are his own here ("units loyal to former president Ali Abdullah Saleh").
  /// Token `i` is a serving noun.
  func servingForces(_ tokens: [Token], at i: Int, context: inout ArticleContext) -> Mention? {
    guard i + 2 < tokens.count, tokens[i].isA(.servingNoun) else { return nil }
    var j = i + 1
    // "gunmen from Saraya al-Salam" are the group's; "its troops from Syria" are not Syria's.
    let from = tokens[j].is(.from)
    // "tribesmen led by Sadiq al-Ahmar": those a person leads are his.
    let ledBy = ["led", "commanded", "headed"].contains(tokens[j].lower) && tokens[j + 1].is(.by)
    if tokens[j].lower == "loyal" && tokens[j + 1].is(.to) || ledBy { j += 2 } else if tokens[j].is(.of) || from { j += 1 } else { return nil }
    if j < tokens.count, tokens[j].is(.the) { j += 1 }
    let named = j
    // "fighters loyal to tribal leader Sadiq al-Ahmar": a word describing the title too.
    func describesTitle(_ k: Int) -> Bool { tokens[k].isWord && k + 1 < tokens.count && tokens[k + 1].isA(.personTitle) && !tokens[k + 1].isCapitalized }
    while j < tokens.count, tokens[j].is(.former) || (!tokens[j].isCapitalized && (tokens[j].isA(.personTitle) || describesTitle(j))) { j += 1 }
    // "gunmen from the Naqshbandi Army": a body the lexicon lacks, named here first; "fighters
    // loyal to tribal leader Sadiq al-Ahmar": so a person, named after a title.
    if j < tokens.count, context.aliases.match(tokens, at: j) == nil, let body = discoveredName(tokens, at: j, context: &context),
      j == named && [.armedGroup, .organization].contains(type(of: body.actor, context)) || ((ledBy || j > named) && type(of: body.actor, context) == .person)
    {
      return Mention(actors: body.actors, range: i..<body.range.upperBound, kind: .forces)
    }
    guard j < tokens.count, let (pattern, length) = context.aliases.match(tokens, at: j),
      // "forces of Yemen's separatist STC" serve the STC, which the possessive rules read.
      j + length == tokens.count || !tokens[j + length].is(.possessive)
    else { return nil }
    switch type(of: pattern.actor, context) {
    case .state?: guard j == named, !from else { return nil }
    case .armedGroup?, .organization?: guard j == named else { return nil }
    // A person in no office of a state or an armed group that day (a party's leader may be).
    case .person?: guard !from, context.date != nil, commandingOffices(heldBy: pattern.actor, on: context.date).isEmpty else { return nil }
    default: return nil
    }
    return Mention(actors: [pattern.actor], range: i..<(j + length), kind: .forces)
  }

  /// "the Saudi-led coalition", "US-led forces": a coalition stands for the state leading it,
  /// and "the coalition" later in the article for the same state; so does "the military
  /// coalition" right after "leads" or "led", for the actor just named ("Saudi Arabia, which
  /// leads the military coalition fighting the Houthis").
  func coalition(_ tokens: [Token], at i: Int, aliasHit: (pattern: AliasTable.Pattern, length: Int)?, previous: [Mention], context: inout ArticleContext)
    -> Mention?
  {
    // "Saudi-led coalition", "US-led alliance".
    // "US-led military coalition", "Saudi-led Arab coalition": a word may describe it.
    // "the Saudi-led operations", "a Turkish-led offensive": an act led by a state is its act.
    if i + 3 < tokens.count, tokens[i + 1].is(.hyphen), tokens[i + 2].lower == "led",
      let noun = (i + 3..<min(i + 5, tokens.count)).first(where: { tokens[$0].isA(.coalitionNoun) || Self.ledActs.contains(tokens[$0].lower) }),
      noun == i + 3 || tokens[i + 3].isWord,
      let leader = demonym(tokens[i]) ?? aliasHit.flatMap({ $0.length == 1 && type(of: $0.pattern.actor, context) == .state ? $0.pattern.actor : nil })
    {
      guard tokens[noun].isA(.coalitionNoun) else { return Mention(actors: [leader], range: i..<(noun + 1), kind: .reference) }
      context.coalitionLeader = leader
      return Mention(actors: [leader], range: i..<(noun + 1), kind: .forces)
    }
    // "Coalition jets pounded ...", "as coalition warplanes struck": with no word of its own
    // before it, the coalition named earlier (not "a coalition government", "Arab coalition").
    if tokens[i].isA(.coalitionNoun), i + 1 < tokens.count, Self.coalitionArms.contains(tokens[i + 1].lower), let leader = context.coalitionLeader,
      i == 0 || !tokens[i - 1].isWord || !(tokens[i - 1].isCapitalized || tokens[i - 1].isA(.determiner))
    {
      return Mention(actors: [leader], range: i..<(i + 1), kind: .reference)
    }
    // "the coalition", "the military coalition", "a US coalition" is not this: only after "the"
    // or right after a verb of leading.
    guard tokens[i].is(.the) || tokens[i].is(.a), i + 1 < tokens.count else { return nil }
    var end = i + 1
    if end + 1 < tokens.count, !tokens[end].isA(.coalitionNoun), tokens[end].isWord, !tokens[end].isCapitalized { end += 1 }
    // Not "a coalition of militias" (its members), but "accused the coalition of tolerating".
    let ofMembers = end + 2 < tokens.count && tokens[end + 1].is(.of) && !(tokens[end + 2].isWord && !tokens[end + 2].isCapitalized && tokens[end + 2].lower.hasSuffix("ing"))
    guard tokens[end].isA(.coalitionNoun), !ofMembers else { return nil }
    if i > 0, Self.leadingVerbs.contains(tokens[i - 1].lower), let last = previous.last, last.range.upperBound < i, last.actors.count == 1,
      [.state, .organization, .armedGroup].contains(type(of: last.actor, context))
    {
      context.coalitionLeader = last.actor
      // "led a coalition against the Houthis": the relation patterns read "coalition against".
      if end + 1 < tokens.count, tokens[end + 1].lower == "against" { return nil }
    } else if !tokens[i].is(.the) {
      return nil
    }
    guard let leader = context.coalitionLeader else { return nil }
    return Mention(actors: [leader], range: i..<(end + 1), kind: .reference)
  }

  /// "backs a government led by Fathi Bashagha", "hosted a delegation led by its foreign
  /// minister": a government or delegation no one owns in the sentence stands for the person
  /// leading it. An owned one ("a Turkish delegation led by Cavusoglu") stays its owner's.
  /// Either way "the delegation" later in the article is the person who led it.
  func mergeLedBodies(_ mentions: [Mention], _ tokens: [Token], context: inout ArticleContext) -> [Mention] {
    // Changed in place: most sentences change none, and keep their array.
    var result = mentions
    for (index, mention) in mentions.enumerated() {
      // "led by Foreign Minister Mevlut Cavusoglu": titles may stand outside the name.
      var by = mention.range.lowerBound - 1
      while by > 0, mention.range.lowerBound - by <= 3, tokens[by].isA(.titleWord) || tokens[by].isA(.personTitle) { by -= 1 }
      guard by >= 3, tokens[by].is(.by), Self.leadingVerbs.contains(tokens[by - 1].lower), Self.ledBodyNouns.contains(tokens[by - 2].lower),
        mention.actors.count == 1, type(of: mention.actor, context) == .person
      else { continue }
      let noun = by - 2
      if tokens[noun].lower == "delegation" { context.describedAs["delegation"] = mention.actor }
      // "a government", "an interim government", "the new cabinet": a determiner and at most
      // one word in lower case, with no name of an owner between.
      var start = noun - 1
      if start >= 1, tokens[start].isWord, !tokens[start].isCapitalized, !tokens[start].isA(.determiner) { start -= 1 }
      guard tokens[start].is(.a) || tokens[start].is(.an) || tokens[start].is(.the), index == 0 || result[index - 1].range.upperBound <= start else { continue }
      result[index] = Mention(actors: mention.actors, range: start..<mention.range.upperBound, kind: mention.kind, inner: mention.inner)
    }
    return result
  }

  /// Bodies that stand for the person leading them ("a government led by").
  private static let ledBodyNouns: WordSet = ["government", "administration", "cabinet", "delegation", "team"]

  /// Acts a state may lead with others ("the Saudi-led air campaign").
  private static let ledActs: WordSet = ["operation", "operations", "campaign", "offensive", "intervention", "strikes", "bombing", "blockade", "assault"]

  /// The arms and acts of a coalition after its bare name ("coalition jets", "coalition strikes").
  private static let coalitionArms: WordSet = [
    "jets", "warplanes", "aircraft", "planes", "forces", "troops", "soldiers", "warships", "drones", "helicopters", "artillery", "air",
    "strikes", "raids",
  ]

  /// Nouns for the parts of a described group ("the rebel factions").
  private static let partNouns: WordSet = ["factions", "faction", "groups", "units", "brigades", "negotiators", "leaders"]

  private static let leadingVerbs: WordSet = ["leads", "led", "leading", "lead", "heads", "headed", "heading", "head", "commands", "commanded"]

  /// "the council", "the separatists": the head noun of a body's name ("council" for the
  /// Presidential Leadership Council), or a word that described a group before its name
  /// ("Yemen's separatist Southern Transitional Council"), after "the" stands for that actor.
  func describedReference(_ tokens: [Token], at i: Int, context: ArticleContext) -> Mention? {
    guard i + 1 < tokens.count, !tokens[i + 1].isCapitalized, let actor = context.describedAs[tokens[i + 1].lower] else { return nil }
    // "the council of ministers", "the party leader": a complement or a title follows ("accused
    // the army of abuses": not after a verb whose "of" it is). "the military council": nor is
    // a word that names another body.
    if i + 2 < tokens.count,
      (tokens[i + 2].is(.of) && !(i > 0 && Self.verbsWithOf.contains(tokens[i - 1].lower))) || tokens[i + 2].isA(.personTitle) || tokens[i + 2].isA(.bodyNoun)
    {
      return nil
    }
    // "the rebel factions", "the separatist fighters": a noun for the group's members or parts
    // is the group too.
    let members = i + 2 < tokens.count && (tokens[i + 2].isA(.servingNoun) || tokens[i + 2].isA(.memberNoun) || Self.partNouns.contains(tokens[i + 2].lower))
    return Mention(actors: [actor], range: i..<(i + (members ? 3 : 2)), kind: .reference)
  }

  /// Remembers how a sentence names its bodies and groups, for `describedReference`.
  func rememberDescriptions(of mentions: [Mention], _ tokens: [Token], context: inout ArticleContext) {
    // "Yemen's internationally recognised government", "the Yemeni government": "the
    // government" afterwards is that state's.
    if let government = mentions.last(where: { $0.kind == .forces && $0.actors.count == 1 && tokens[$0.range.upperBound - 1].lower == "government" }),
      type(of: government.actor, context) == .state
    {
      context.describedAs["government"] = government.actor
    }
    // "one of the militants' last strongholds": a group a bare "the militants" first stood for
    // is the one it stands for later in the article, though another group is named between.
    for mention in mentions where mention.kind == .reference && mention.actors.count == 1 && mention.range.count == 1 && mention.range.lowerBound > 0 {
      let noun = tokens[mention.range.lowerBound].lower
      guard tokens[mention.range.lowerBound - 1].is(.the), Self.descriptorSingulars[noun] != nil, context.describedAs[noun] == nil,
        type(of: mention.actor, context) == .armedGroup
      else { continue }
      context.describedAs[noun] = mention.actor
    }
    for mention in mentions where mention.kind == .name && mention.actors.count == 1 {
      let actor = mention.actor
      guard [.organization, .armedGroup].contains(type(of: actor, context)) else { continue }
      let written = tokens[mention.range.upperBound - 1]
      if written.isA(.bodyNoun) { context.describedAs[written.lower] = actor }
      // "Sudan's army" (a state's army, not a name like "Libyan National Army"): "the army".
      if !written.isCapitalized, Self.stateArmyNouns.contains(written.lower) { context.describedAs[written.lower] = actor }
      if let head = bodyHeads[actor] ?? context.discovered[actor].flatMap({ Self.bodyHead(of: $0.name) }) { context.describedAs[head] = actor }
      // "the paramilitary Rapid Support Forces": "the paramilitary" and "the paramilitaries".
      if mention.range.lowerBound > 0, let plural = Vocabulary.groupDescriptors[tokens[mention.range.lowerBound - 1].lower] {
        context.describedAs[tokens[mention.range.lowerBound - 1].lower] = actor
        context.describedAs[plural] = actor
      }
      // "Yemen's Houthi rebels": the plural after the name (or ending it) describes the group too.
      let after = mention.range.upperBound < tokens.count ? tokens[mention.range.upperBound].lower : ""
      for plural in [written.lower, after] {
        guard let singular = Self.descriptorSingulars[plural] else { continue }
        context.describedAs[singular] = actor
        context.describedAs[plural] = actor
      }
    }
  }

  /// "the army" in a story about Sudan is the Sudanese Armed Forces: where the article names one
  /// state whose army the lexicon holds as a group of its own, "the army" and "the military"
  /// are that group until the story describes another.
  func describeStateArmy(in context: inout ArticleContext) {
    let armies = context.namedActors.compactMap { stateArmies[$0] }.uniqued()
    guard armies.count == 1 else { return }
    for noun in Self.stateArmyNouns where context.describedAs[noun] == nil { context.describedAs[noun] = armies[0] }
  }

  /// A state's army unnamed ("Sudan's army"), and the force a commander's title names ("army chief").
  static let stateArmyNouns: WordSet = ["army", "military"]
  /// Verbs followed by their object and "of" what it is charged with ("accused the army of").
  private static let verbsWithOf: WordSet = ["accused", "accuses", "accuse", "accusing", "suspected", "suspects", "suspect", "convicted", "stripped"]

  /// The last word of a body's name when it is a body noun ("council" for the Presidential
  /// Leadership Council), else nil.
  static func bodyHead(of name: String) -> String? {
    name.split(separator: " ").last.map { $0.lowercased() }.flatMap { Vocabulary.bodyNouns.contains($0) ? $0 : nil }
  }
}
