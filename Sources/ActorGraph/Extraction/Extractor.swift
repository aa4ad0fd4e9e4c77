/// Turns an article into the actors it names and the relations it asserts, each with the
/// sentence that asserts it.
///
/// The steps follow DESIGN.md: boilerplate removal, sentences with offsets, mentions from the
/// lexicon, role and pronoun resolution, relation patterns with negation, hypotheticals and
/// hedging. An `Extractor` is immutable and safe to share across threads.
public struct Extractor: Sendable {
  public let lexicon: Lexicon
  private let patterns: RelationPatterns
  private let aliases: AliasTable
  private let finder: MentionFinder
  private let words: WordTable
  /// The lexicon's actors with a founding day and an actor their names stood for before it.
  private let founded: [Lexicon.Entry]

  /// An extractor over a lexicon, with the shipped relation patterns.
  /// - Throws: `LexiconError` if the shipped relation patterns cannot be read.
  public init(lexicon: Lexicon) throws(LexiconError) {
    self.lexicon = lexicon
    var patterns = try RelationPatterns.shipped()
    var aliases = AliasTable(lexicon: lexicon)
    let words = WordTable(words: aliases.words.union(patterns.words).union(MentionFinder.words(of: lexicon)))
    patterns.compile(with: words)
    aliases.compile(with: words)
    self.patterns = patterns
    self.aliases = aliases
    self.words = words
    self.finder = MentionFinder(lexicon: lexicon, words: words)
    founded = lexicon.entries.values.filter { $0.beforeFounding != nil }.sorted { $0.actor.id < $1.actor.id }
  }

  /// Extracts one article.
  /// - Complexity: linear in the article's length for a fixed lexicon.
  public func extract(_ article: Article) -> Extraction {
    let scalars = TextNormalizer.scalars(of: article.text)
    var sentenceTexts = ScalarSlicer(article.text)
    let lines = BoilerplateFilter.contentLines(of: scalars)
    let sentences = SentenceSplitter.sentences(of: scalars, lines: lines)
    let tokenized = sentences.map { range in
      var tokens = Tokenizer.tokens(scalars, in: range, table: words)
      self.finder.markTwoWordDemonyms(in: &tokens)
      return tokens
    }
    var context = ArticleContext(date: article.metadata.date, aliases: aliases)
    // An article from before an actor was formed means by its names what they meant then.
    for entry in founded {
      let named = entry.named(on: article.metadata.date)
      guard named != entry.actor.id else { continue }
      for name in [entry.actor.name] + entry.actor.aliases { context.aliases.add(name, actor: named, kind: .name) }
    }
    context.namedActors = finder.namedActors(in: tokenized, aliases: aliases)
    finder.describeStateArmy(in: &context)
    context.datelineState = tokenized.prefix(3).lazy.compactMap { self.datelineState(of: $0) }.first

    var assertions: [Assertion] = []
    for (range, tokens) in zip(sentences, tokenized) where !tokens.isEmpty {
      let mentions = finder.mentions(in: tokens, context: &context)
      // Every relation and every remembered subject involves a mention.
      guard !mentions.isEmpty else { continue }
      let items = SentenceItems(tokens: tokens, mentions: mentions)
      let matcher = RelationMatcher(patterns: patterns, finder: finder, context: context)
      let found = matcher.relations(in: items, tokens: tokens, mentions: mentions)
      remember(subjectsOf: items, relative: tokens.contains(where: { $0.is(.who) || $0.is(.which) || $0.is(.whose) }), in: &context)
      context.lastSentenceMentions = mentions
      remember(actsIn: found, in: &context)
      guard !found.isEmpty else { continue }
      let hedged = tokens.contains { $0.isA(.hedge) }
      let sentence = sentenceTexts.text(of: range)
      let evidence = Evidence(
        article: article.id, date: article.metadata.date, sentence: sentence, start: range.lowerBound + article.bodyOffset,
        end: range.upperBound + article.bodyOffset, confidence: hedged ? 0.7 : 0.9, hedged: hedged)
      // A relation is kept once per sentence: the few a sentence finds are compared in a list.
      var kept: [Found] = []
      for f in found {
        let key = Found(f)
        guard !kept.contains(key) else { continue }
        kept.append(key)
        assertions.append(Assertion(source: f.source, relation: f.relation, subtype: f.subtype, cameo: f.cameo, target: f.target, evidence: evidence))
      }
    }
    var actors: [ActorID: NewsActor] = [:]
    for assertion in assertions {
      for id in [assertion.source, assertion.target] where actors[id] == nil {
        actors[id] = lexicon[id]?.actor ?? context.discovered[id]
      }
    }
    // Sorted by slug, each slug read once.
    let sorted = actors.values.map { (slug: $0.id.rawValue, actor: $0) }.sorted { $0.slug < $1.slug }.map(\.actor)
    return Extraction(article: article, actors: sorted, assertions: assertions)
  }

  /// What makes two relations of a sentence the same: a symmetric one read either way round.
  private struct Found: Equatable {
    var source: ActorID
    var relation: RelationKind
    var target: ActorID

    init(_ f: RelationMatcher.Found) {
      source = f.source
      relation = f.relation
      target = f.relation.isSymmetric ? max(f.source, f.target) : f.target
      if f.relation.isSymmetric { source = min(f.source, f.target) }
    }
  }

  /// The state whose seat opens a dateline: "Damascus, SANA –", "ANKARA (Reuters) -",
  /// "SANAA/ADEN (Reuters) -" (not "BEIRUT/JERUSALEM", two states' seats); or the state named
  /// after another city's name in capitals ("BENGHAZI, Libya (Reuters) -").
  private func datelineState(of tokens: [Token]) -> ActorID? {
    if let comma = tokens.prefix(4).firstIndex(where: { $0.is(.comma) }), comma > 0,
      tokens[..<comma].allSatisfy({ $0.isWord && $0.text == $0.text.uppercased() && $0.text.count > 1 }),
      let (state, length) = aliases.match(tokens, at: comma + 1), state.kind == .name, lexicon.type(of: state.actor) == .state,
      comma + 1 + length < tokens.count, ["(", "-", "–", "—"].contains(tokens[comma + 1 + length].text)
    {
      return state.actor
    }
    guard let (pattern, length) = aliases.match(tokens, at: 0), pattern.kind == .seat, length < tokens.count,
      [",", "(", "-", "–", "—", "/"].contains(tokens[length].text), lexicon.type(of: pattern.actor) == .state
    else { return nil }
    if tokens[length].text == "/", let (other, _) = aliases.match(tokens, at: length + 1), other.actor != pattern.actor { return nil }
    return pattern.actor
  }

  /// Keeps who attacked, who agreed and who met, for "condemned the strikes", "the deal,
  /// brokered by" and "the talks, mediated by".
  private func remember(actsIn found: [RelationMatcher.Found], in context: inout ArticleContext) {
    guard !found.isEmpty else { return }
    // By index: a relation is read in place, not copied with its strings, by every test.
    // The sentence's first attack is its news ("Israel struck Iran in retaliation for Iran's
    // missile attack"), the one later condemnations point at.
    if let attack = found.indices.first(where: { found[$0].relation == .opposes && Self.attackSubtypes.contains(found[$0].subtype) }) {
      context.lastAttackers = coAgents(of: found[attack], in: found)
      context.lastAttacked = [found[attack].target]
    }
    if let measure = found.indices.first(where: { found[$0].relation == .opposes && Self.measureSubtypes.contains(found[$0].subtype) }) {
      context.lastMeasureTakers = coAgents(of: found[measure], in: found)
    }
    // Rival leaders ("Bashagha accused Dbeibah"): "both sides" later are the two of them.
    // The discovered actors are what a type is read from; taking them, not a copy of the whole
    // context, costs one retain.
    let discovered = context.discovered
    func isPerson(_ actor: ActorID) -> Bool { finder.type(of: actor, discovered: discovered) == .person }
    if let hostile = found.indices.last(where: { found[$0].relation == .opposes && isPerson(found[$0].source) && isPerson(found[$0].target) }) {
      context.lastHostilePair = [found[hostile].source, found[hostile].target]
    }
    if let war = found.indices.last(where: {
      found[$0].relation == .opposes && found[$0].subtype == "fights" && !isPerson(found[$0].source) && !isPerson(found[$0].target)
    }) {
      context.lastWarPair = [found[war].source, found[war].target]
    }
    for k in found.indices where found[k].relation == .backs { context.backers.insert(found[k].source) }
    var seen: Set<String> = []
    for k in found.indices where found[k].relation == .opposes && Self.attackSubtypes.contains(found[k].subtype) {
      guard let family = found[k].act.flatMap({ Vocabulary.actFamilies[$0] }), seen.insert(family).inserted else { continue }
      context.attackers[family] = coAgents(of: found[k], in: found)
    }
    // Every party of the sentence's agreements: more than two ("Iran and six powers") are no
    // pair the rules that read one take.
    if found.contains(where: { $0.relation == .meets && Self.dealSubtypes.contains($0.subtype) }) {
      context.lastAgreeingParties = found.filter { $0.relation == .meets && Self.dealSubtypes.contains($0.subtype) }.flatMap { [$0.source, $0.target] }.uniqued()
    }
    if let meeting = found.indices.last(where: { found[$0].relation == .meets }) {
      context.lastMeetingPair = [found[meeting].source, found[meeting].target]
    }
    if let last = found.indices.last(where: { found[$0].relation == .mediates }) {
      let mediator = found[last].source
      let parties = found.indices.filter { found[$0].relation == .mediates && found[$0].source == mediator }.map { found[$0].target }.uniqued()
      if parties.count == 2 { context.lastMediatedPair = parties }
    }
  }

  private static let attackSubtypes: WordSet = ["attacks", "fights", "seizes", "occupies"]
  private static let measureSubtypes: WordSet = ["sanctions", "reduces_relations", "coerces", "protests"]
  private static let dealSubtypes: WordSet = ["agrees", "signs_agreement", "restores_relations"]

  /// Who made a hostile `act`, with those the sentence has making the same act on the same
  /// target ("The United States, Britain and France launched strikes against Syria").
  private func coAgents(of act: RelationMatcher.Found, in found: [RelationMatcher.Found]) -> [ActorID] {
    found.indices.filter { found[$0].relation == .opposes && found[$0].target == act.target && found[$0].subtype == act.subtype }.map { found[$0].source }.uniqued()
  }

  /// Two bodies joined by "and" around a relative clause that describes the first ("the Badr
  /// Organisation, whose leader appeared at the front, and Asaib Ahl al-Haq"): a pair that
  /// "both groups" may stand for later.
  private func bodiesAroundRelative(in core: [SentenceItems.Item], discovered: [ActorID: NewsActor]) -> [ActorID]? {
    func isBody(_ k: Int) -> Bool {
      core[k].isGroup && core[k].actors.count == 1 && core[k].kinds.allSatisfy { $0 != .reference }
        && [.armedGroup, .organization].contains(finder.type(of: core[k].actors[0], discovered: discovered))
    }
    for k in core.indices where k + 2 < core.count && core[k + 1].is(.comma) && (core[k + 2].is(.who) || core[k + 2].is(.which) || core[k + 2].is(.whose)) && isBody(k) {
      guard let close = core[(k + 3)...].prefix(14).firstIndex(where: { $0.is(.comma) || $0.endsClause }), core[close].is(.comma),
        close + 2 < core.count, core[close + 1].is(.and)
      else { continue }
      let other = core[close + 2].is(.the) ? close + 3 : close + 2
      if other < core.count, isBody(other), core[other].actors != core[k].actors { return [core[k].actors[0], core[other].actors[0]] }
    }
    return nil
  }

  /// Keeps the subjects of a sentence for "it" and "he" in the next ones.
  /// `relative`: whether the sentence has a relative pronoun, which `bodiesAroundRelative` needs.
  private func remember(subjectsOf items: SentenceItems, relative: Bool, in context: inout ArticleContext) {
    let core = items.core
    let discovered = context.discovered
    // By index: an item is read in place, not copied with its arrays.
    if let pair = core.indices.last(where: { k in
      core[k].isGroup && core[k].actors.count == 2 && core[k].kinds.allSatisfy { $0 != .reference }
        && core[k].actors.allSatisfy { [.armedGroup, .organization].contains(finder.type(of: $0, discovered: discovered)) }
    }) {
      context.lastPair = core[pair].actors
    } else if relative, let pair = bodiesAroundRelative(in: core, discovered: discovered) {
      context.lastPair = pair
    }
    // Persons named together, in the clause or in an appositive ("The rival leaders, Serraj and
    // Haftar, came").
    func personPair(_ clause: [SentenceItems.Item]) -> [ActorID]? {
      clause.indices.last { k in clause[k].isGroup && clause[k].actors.count == 2 && clause[k].actors.allSatisfy { finder.type(of: $0, discovered: discovered) == .person } }
        .map { clause[$0].actors }
    }
    if let pair = personPair(core) { context.lastPersonPair = pair }
    for appositive in items.appositives {
      if let pair = personPair(appositive) { context.lastPersonPair = pair }
    }
    if let list = core.indices.last(where: { k in
      core[k].isGroup && core[k].actors.count >= 3 && core[k].kinds.allSatisfy { $0 != .reference }
        && core[k].actors.allSatisfy { finder.type(of: $0, discovered: discovered) == .state }
    }) {
      context.lastStateList = core[list].actors
    }
    var sawThing = false
    var sawPerson = false
    for k in core.indices where core[k].isGroup && core[k].actors.count == 1 && !core[k].possessivePronoun {
      if k > 0, core[k - 1].isA(.preposition) { continue }
      let actor = core[k].actors[0]
      switch finder.type(of: actor, context) {
      case .person?:
        if !sawPerson { context.lastPerson = actor; sawPerson = true }
      case .state?, .organization?, .armedGroup?:
        if !sawThing { context.lastThing = actor; sawThing = true }
      default: break
      }
    }
  }
}

extension Sequence where Element: Hashable {
  /// The elements in order, each once.
  func uniqued() -> [Element] {
    var seen: Set<Element> = []
    return filter { seen.insert($0).inserted }
  }
}
