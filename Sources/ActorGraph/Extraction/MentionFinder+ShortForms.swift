/// Short forms an article uses after the full name: a person's surname, a body's last noun,
/// a royal's title and given name; and relatives who share a known person's family name.
extension MentionFinder {
  /// "Saddam Haftar", "Maher al-Assad": a first name before the one-word name of a known
  /// person is a relative with the same family name, a person of their own.
  func relativeOfKnownPerson(_ tokens: [Token], at i: Int, context: inout ArticleContext) -> Mention? {
    let first = tokens[i]
    guard i + 1 < tokens.count, first.isWord, first.isCapitalized, tokens[i + 1].isWord, tokens[i + 1].isCapitalized,
      first.end < tokens[i + 1].start, !first.isA(.determiner), !first.isA(.titleWord), !first.isA(.personTitle),
      let (pattern, length) = context.aliases.match(tokens, at: i + 1), length == 1, type(of: pattern.actor, context) == .person,
      first.text.count > 2, demonym(first) == nil, !Vocabulary.capitalisedNonNames.contains(first.lower)
    else { return nil }
    let name = first.text + " " + tokens[i + 1].text
    // The full name is not the known person's own ("Tayyip Erdogan" is an alias).
    if tokens[i + 1].text.count <= 2 || (lexicon[pattern.actor]?.actor.name.hasSuffix(name) ?? false) { return nil }
    // "Sergey Lavrov" is Sergei Lavrov: a first name spelt another way is the same person.
    if let known = lexicon[pattern.actor]?.actor, ([known.name] + known.aliases).contains(where: { full in
      let words = full.split(separator: " ")
      return words.count >= 2 && Self.skeleton(words[words.count - 2]) == Self.skeleton(Substring(first.text))
    }) {
      return Mention(actors: [pattern.actor], range: i..<(i + 2), kind: .name)
    }
    let id = ActorID(slugOf: name)
    if lexicon[id] == nil, context.discovered[id] == nil {
      context.discovered[id] = NewsActor(id: id, name: name, type: .person, discovered: true)
      context.aliases.add(name, actor: id, kind: .name)
      context.namedActors.insert(id)
    }
    return Mention(actors: [lexicon[id]?.actor.id ?? id], range: i..<(i + 2), kind: .name)
  }

  /// A name's consonants, lowercased, with doubled letters once: transliterations of one name
  /// agree ("Sergey" and "Sergei", "Mohammed" and "Muhammad").
  static func skeleton(_ word: Substring) -> String {
    var result: [Character] = []
    for c in word.lowercased() where c.isLetter && !"aeiouy".contains(c) && result.last != c { result.append(c) }
    return String(result)
  }

  /// A person the lexicon knows, named in full ("Ahmed al-Sharaa"), is later called by the last
  /// word of that name ("Sharaa") in this article, unless the word names another person the
  /// article named in full.
  func rememberSurnames(of mentions: [Mention], _ tokens: [Token], context: inout ArticleContext) {
    // "Syrian President Ahmed al-Sharaa" (a role with the name after it) gives "Sharaa" too.
    for mention in mentions where [.name, .role].contains(mention.kind) && mention.actors.count == 1 && mention.range.count >= 2 {
      let last = tokens[mention.range.upperBound - 1]
      guard last.isWord, last.isCapitalized, last.text.count > 2, !last.isA(.titleWord), !last.isA(.personTitle), lexicon.type(of: mention.actor) == .person
      else { continue }
      context.namedInFull.insert(mention.actor)
      rememberTitledGivenName(of: mention, tokens, context: &context)
      // A surname the lexicon gives someone else ("Barzani") is this person after this full
      // name, unless the article named that other one in full too ("Khalifa Haftar" and his son
      // "Saddam Haftar": "Haftar" stays the father, whose surname the lexicon says it is).
      if let current = context.aliases.actor(forWord: last) {
        guard current != mention.actor, lexicon.type(of: current) == .person,
          !context.namedInFull.contains(current) || context.aliases.lexiconActor(forWord: last) == mention.actor
        else { continue }
      }
      context.aliases.add(last.text, actor: mention.actor, kind: .name)
    }
  }

  /// A body the lexicon knows, named in full ("the Revolutionary Guards", "the Nusra Front"),
  /// is later called by the capitalised noun that ends its name ("the Guards", "the Front"),
  /// unless that word already names an actor in this article.
  func rememberShortForms(of mentions: [Mention], _ tokens: [Token], context: inout ArticleContext) {
    for mention in mentions where mention.kind == .name && mention.actors.count == 1 && mention.range.count >= 2 {
      let last = tokens[mention.range.upperBound - 1]
      guard last.isWord, last.isCapitalized, Self.shortFormNouns.contains(last.lower), context.aliases.actor(forWord: last) == nil,
        [.organization, .armedGroup].contains(type(of: mention.actor, context))
      else { continue }
      context.aliases.add(last.text, actor: mention.actor, kind: .name)
    }
  }

  /// The head nouns of bodies' names that stand for the whole name once it is given.
  static let shortFormNouns: WordSet = ["guards", "guard", "brigades", "front", "council", "movement", "corps"]

  /// "Prince Khalid bin Salman" makes "Prince Khalid" his in this article, as "Sheikh Tamim"
  /// after "Sheikh Tamim bin Hamad Al Thani": royals are named again by title and given name.
  func rememberTitledGivenName(of mention: Mention, _ tokens: [Token], context: inout ArticleContext) {
    // The title may open the mention ("Saudi Defence Minister Prince Khalid bin Salman") or
    // stand right before it.
    let from = max(0, mention.range.lowerBound - 1)
    guard let titled = (from..<(mention.range.upperBound - 2)).first(where: { tokens[$0].isCapitalized && Self.royalTitles.contains(tokens[$0].lower) })
    else { return }
    let given = tokens[titled + 1]
    guard given.isWord, given.isCapitalized else { return }
    context.aliases.add(tokens[titled].text + " " + given.text, actor: mention.actor, kind: .name)
  }

  /// Titles of royals, who are named again by title and given name ("Prince Khalid").
  static let royalTitles: WordSet = ["prince", "princess", "sheikh", "sheikha", "emir", "king", "sultan"]
}
