/// A sentence as the relation patterns see it: words, and groups of coordinated mentions.
struct SentenceItems {
  /// What a group item stands for: coordinated mentions. Immutable, so a group that changes
  /// while items are built is a new one.
  final class Group {
    /// The actors, in order, each once.
    let actors: [ActorID]
    /// The actor that possesses this one ("Turkey's" in "Turkey's Fidan").
    let possessor: [ActorID]?
    /// The mention kinds that make up the group.
    let kinds: [Mention.Kind]
    /// Relations the mentions assert by themselves.
    let inner: [InnerRelation]
    /// The first actor joined to a list by a lone "and" ("Iran and the United States, Russia
    /// and China"): one side, the list the other.
    let firstApart: Bool

    init(actors: [ActorID], possessor: [ActorID]?, kinds: [Mention.Kind], inner: [InnerRelation], firstApart: Bool = false) {
      (self.actors, self.possessor, self.kinds, self.inner, self.firstApart) = (actors, possessor, kinds, inner, firstApart)
    }
  }

  /// The tokens and groups that items point at. Items hold it and their group without a
  /// reference count, so copying or dropping an item is copying or dropping plain bits: the
  /// patterns copy every item of a sentence several times. `SentenceItems` keeps both alive.
  fileprivate final class Storage {
    let tokens: [Token]
    var groups: [Group] = []

    init(tokens: [Token]) { self.tokens = tokens }

    func group(actors: [ActorID], possessor: [ActorID]?, kinds: [Mention.Kind], inner: [InnerRelation], firstApart: Bool = false) -> Group {
      let group = Group(actors: actors, possessor: possessor, kinds: kinds, inner: inner, firstApart: firstApart)
      groups.append(group)
      return group
    }
  }

  /// A word or punctuation mark of the sentence, or a group of coordinated mentions. Valid
  /// while the `SentenceItems` it came from is alive.
  struct Item {
    private let storage: Unmanaged<Storage>
    /// The index of the item's token, -1 for a group.
    private let tokenIndex: Int32
    /// The token's word id (`WordTable.unknown` for a group).
    private let word: Int32
    /// The token's word classes (none for a group).
    private let classes: WordClass
    /// The group, for a group item.
    private var group: Unmanaged<Group>?
    /// A group opened by "neither", so its predicate is negated.
    var negated = false
    /// A lone possessive pronoun ("its attacks"): a subject, never an object.
    var possessivePronoun = false
    /// A group followed by a possessive "'s" ("Iran's main proxy").
    var possessive = false
    /// The word classes of a group's last word ("mediators" in "Qatari and Egyptian mediators").
    var head: WordClass = []

    fileprivate init(token index: Int, in storage: Storage) {
      self.storage = Unmanaged.passUnretained(storage)
      tokenIndex = Int32(index)
      word = storage.tokens[index].word
      classes = storage.tokens[index].classes
    }

    fileprivate init(group: Group, in storage: Storage) {
      self.storage = Unmanaged.passUnretained(storage)
      tokenIndex = -1
      word = WordTable.unknown
      classes = []
      self.group = Unmanaged.passUnretained(group)
    }

    // The storage and groups are read through guaranteed references: taking them strong would
    // cost a retain and a release at every read.
    /// The word or punctuation, for a word item.
    var token: Token? { tokenIndex >= 0 ? storage._withUnsafeGuaranteedRef { $0.tokens[Int(tokenIndex)] } : nil }
    /// Whether the item is a dash with space on both sides ("Iran — and Russia"), not a
    /// hyphen inside a word ("Iran-backed").
    var isSpacedDash: Bool {
      guard tokenIndex >= 0, word == Word.hyphen.rawValue else { return false }
      return storage._withUnsafeGuaranteedRef { storage in
        let t = Int(tokenIndex)
        return (t == 0 || storage.tokens[t - 1].end < storage.tokens[t].start) && (t + 1 == storage.tokens.count || storage.tokens[t].end < storage.tokens[t + 1].start)
      }
    }
    /// Whether the item is a comma or stop that a quotation mark right after it closes
    /// ('is defective," Trump said'): the words before were quoted.
    var closesQuotation: Bool {
      guard tokenIndex >= 0, word == Word.comma.rawValue || word == Word.question.rawValue || word == Word.exclamation.rawValue || Word.endsClause(word) else { return false }
      return storage._withUnsafeGuaranteedRef { storage in
        let t = Int(tokenIndex)
        return t + 1 < storage.tokens.count && storage.tokens[t + 1].is(.quote) && storage.tokens[t].end == storage.tokens[t + 1].start
      }
    }
    /// The actors, for a group item.
    var actors: [ActorID] { group?._withUnsafeGuaranteedRef { $0.actors } ?? [] }
    /// The actor that possesses this one ("Turkey's" in "Turkey's Fidan").
    var possessor: [ActorID]? { group?._withUnsafeGuaranteedRef { $0.possessor } }
    /// The mention kinds that make up the group.
    var kinds: [Mention.Kind] { group?._withUnsafeGuaranteedRef { $0.kinds } ?? [] }
    /// Whether the item is a group of mentions of this one kind only (no array is built).
    func isOnly(_ kind: Mention.Kind) -> Bool { group?._withUnsafeGuaranteedRef { $0.kinds.count == 1 && $0.kinds[0] == kind } ?? false }
    /// Relations the mentions assert by themselves.
    var inner: [InnerRelation] { group?._withUnsafeGuaranteedRef { $0.inner } ?? [] }
    /// Whether the group's first actor is one side and the rest a list (`Group.firstApart`).
    var firstApart: Bool { group?._withUnsafeGuaranteedRef { $0.firstApart } ?? false }

    var isGroup: Bool { group?._withUnsafeGuaranteedRef { !$0.actors.isEmpty } ?? false }
    var lower: String { tokenIndex >= 0 ? storage._withUnsafeGuaranteedRef { $0.tokens[Int(tokenIndex)].lower } : "" }
    /// The word's id in the extractor's `WordTable` (`WordTable.unknown` for a group).
    var wordID: Int32 { word }
    /// Whether the item is a pinned word (a group is none).
    func `is`(_ pinned: Word) -> Bool { word == pinned.rawValue }
    /// Whether the item is ".", ";" or ":".
    var endsClause: Bool { Word.endsClause(word) }
    /// Whether the item is the word "his", "its", "their" or "her" (not a group it opens).
    var isPossessivePronoun: Bool { Word.isPossessivePronoun(word) }
    /// Whether the item is a word of a class (a group is of none).
    func isA(_ wordClass: WordClass) -> Bool { classes.contains(wordClass) }

    /// The group item with this group's actors, kinds and inner relations changed.
    fileprivate func regrouped(actors: [ActorID], possessor: [ActorID]?, kinds: [Mention.Kind], inner: [InnerRelation], firstApart: Bool = false) -> Item {
      var item = self
      let group = storage._withUnsafeGuaranteedRef { $0.group(actors: actors, possessor: possessor, kinds: kinds, inner: inner, firstApart: firstApart) }
      item.group = Unmanaged.passUnretained(group)
      return item
    }
  }

  /// Keeps the tokens and groups the items point at.
  private let storage: Storage

  /// Every mention as its own item, parentheses and quotes dropped, possessives merged.
  var full: [Item] = []
  /// `full` with appositives removed and coordinated mentions grouped.
  var core: [Item] = []
  /// Each removed appositive as a clause about its head: "Iran, a key backer of Damascus," is
  /// [Iran] [a] [key] [backer] [of] [Damascus], grouped like `core`.
  var appositives: [[Item]] = []

  init(tokens: [Token], mentions: [Mention]) {
    let storage = Storage(tokens: tokens)
    self.storage = storage
    var merged = PossessiveMerger(capacity: tokens.count)
    var m = 0
    var i = 0
    var depth = 0
    while i < tokens.count {
      if m < mentions.count, mentions[m].range.lowerBound == i {
        let mention = mentions[m]
        if depth == 0 {
          let group = storage.group(actors: mention.actors, possessor: nil, kinds: [mention.kind], inner: mention.inner)
          var item = Item(group: group, in: storage)
          item.head = tokens[mention.range.upperBound - 1].classes
          item.possessivePronoun = mention.kind == .reference && mention.range.count == 1 && (tokens[i].is(.its) || tokens[i].is(.his) || tokens[i].is(.their))
          merged.append(item)
        }
        i = mention.range.upperBound
        m += 1
        // "The Turkish intelligence chief, Hakan Fidan, and ...": the comma closing a name set
        // off inside the mention closes the mention too, before "and".
        if i + 1 < tokens.count, tokens[i].is(.comma), tokens[i + 1].is(.and), tokens[mention.range].contains(where: { $0.is(.comma) }) {
          i += 1
        }
        continue
      }
      let token = tokens[i]
      if token.is(.openParen) || token.is(.openBracket) { depth += 1 } else if token.is(.closeParen) || token.is(.closeBracket) {
        depth = max(0, depth - 1)
      } else if depth == 0, !token.is(.quote) {
        merged.append(Item(token: i, in: storage))
      }
      i += 1
    }
    full = merged.items
    let (kept, removed) = Self.removeAppositives(full)
    core = Self.group(kept)
    appositives = removed.map(Self.group)
  }

  /// Verbs in the third person singular that the relation patterns read.
  private static let patternVerbsInS: WordSet = [
    "supports", "backs", "arms", "funds", "opposes", "attacks", "condemns", "hosts", "meets", "sends", "supplies", "fights", "accuses",
    "rejects", "controls", "holds", "leads", "occupies", "threatens", "sanctions", "recognises", "recognizes", "welcomes",
  ]
  private static let namingVerbs: WordSet = [
    "considers", "considered", "consider", "regards", "regarded", "regard", "sees", "see", "saw", "views", "viewed", "deems", "deemed",
    "brands", "branded", "labels", "labelled", "labeled", "designates", "designated", "declared", "declares", "lists", "listed",
  ]
  /// Participles of a body's founding, which open an appositive that dates or explains it.
  private static let foundingParticiples: WordSet = ["formed", "founded", "created", "established", "launched", "set"]
  private static let stigmas: WordSet = ["terrorist", "terror", "enemy", "threat", "criminal", "illegal", "banned", "outlawed", "proscribed"]
  /// Words between a possessive and a name that only qualify the name: "Haftar's
  /// self-styled army", "Erdogan's ruling AK Party", and kin ("Haftar's son Saddam Haftar" is
  /// Saddam, Haftar his possessor).
  private static let nameQualifiers: WordSet = [
    "self", "-", "styled", "so", "called", "proclaimed", "own", "son", "sons", "daughter", "brother", "nephew", "cousin", "father",
    "wife", "uncle", "ruling", "governing", "state", "owned", "run", "controlled", "elite",
  ]

  /// Builds the items of a sentence as they come, merging possessives: "Turkey 's Fidan" is
  /// Fidan possessed by Turkey; "Turkey 's attacks" keeps Turkey, marked possessive.
  private struct PossessiveMerger {
    private(set) var items: [Item] = []
    /// The group just before a "'s" that may possess the next group, if one comes within
    /// five qualifying words ("Haftar's self-styled Libyan National Army").
    private var possessor: Int?

    init(capacity: Int) { items.reserveCapacity(capacity) }

    mutating func append(_ item: Item) {
      if item.is(.possessive) || item.is(.apostrophe) {
        guard let last = items.indices.last, items[last].isGroup else { return }
        items[last].possessive = true
        // A group that was itself possessed possesses no further ("X's Y's Z" gives Y to X only).
        possessor = item.is(.possessive) && items[last].possessor == nil ? last : nil
        return
      }
      if let p = possessor {
        if item.isGroup {
          possessor = nil
          let item = item.regrouped(actors: item.actors, possessor: items[p].actors, kinds: item.kinds, inner: item.inner + items[p].inner)
          items.removeSubrange(p...)
          items.append(item)
          return
        }
        // "Yemen's separatist STC": a word describing the group qualifies its name too.
        if items.count - p > 5 || !(SentenceItems.nameQualifiers.contains(item.lower) || Vocabulary.groupDescriptors[item.lower] != nil) {
          possessor = nil
        }
      }
      items.append(item)
    }
  }

  /// For a leader's title at `k` ("head of the X, NAME"): the index of the person named.
  private static func titledPerson(from k: Int, in items: [Item]) -> Int? {
    guard let (_, named) = namedAfterTitle(k, in: items), items[named].kinds.allSatisfy({ $0 == .name }), items[named].actors.count == 1
    else { return nil }
    return named
  }

  /// "head of the X, NAME", "the leader of the regime's X, NAME": for a leader's title at `t`,
  /// the group it heads and the group named after the comma.
  static func namedAfterTitle(_ t: Int, in items: [Item]) -> (group: Int, named: Int)? {
    guard t + 1 < items.count, items[t + 1].is(.of), RelationMatcher.leaderTitles.contains(items[t].lower) else { return nil }
    var group = t + 2
    if group < items.count, items[group].is(.the) { group += 1 }
    group = pastPossessorWord(group, in: items)
    guard group + 2 < items.count, items[group].isGroup, items[group + 1].is(.comma), items[group + 2].isGroup else { return nil }
    return (group, group + 2)
  }

  /// "the regime's National Security Bureau" (the possessive "'s" is gone by now): the index
  /// past a lower-case possessor word right before a group, else `i`.
  static func pastPossessorWord(_ i: Int, in items: [Item]) -> Int {
    i + 1 < items.count && !items[i].isGroup && items[i].token.map({ $0.isWord && !$0.isCapitalized }) == true && items[i + 1].isGroup ? i + 1 : i
  }

  private static func isAppositiveStart(_ item: Item) -> Bool {
    item.isA(.appositiveOpener) || item.isA(.determiner) || item.isGroup || item.possessive || item.token.map { $0.isA(.titleWord) || $0.isCapitalized } == true
  }

  /// Drops ", the director of ... ," after a mention, so the mentions on either side can meet.
  private static func removeAppositives(_ items: [Item]) -> (kept: [Item], removed: [[Item]]) {
    var result: [Item] = []
    result.reserveCapacity(items.count)
    var removed: [[Item]] = []
    var k = 0
    while k < items.count {
      let item = items[k]
      // "Fidan and the head of the National Security Bureau, Ali Mamlouk, met": the title
      // phrase before a person named after a comma is that person's appositive.
      // (Each test is called only past its first condition, looked at here: this runs at
      // every item.)
      if k + 1 < items.count, items[k + 1].is(.of), let named = titledPerson(from: k, in: items) {
        if k > 0, result.last?.is(.the) == true { result.removeLast() }
        removed.append([items[named]] + items[k..<(named - 1)])
        k = named
        continue
      }
      // "The Turkish intelligence chief, Hakan Fidan, and ...": a name repeating the role just
      // before it is an appositive.
      if item.is(.comma), let last = result.last, last.isGroup, k + 2 < items.count, items[k + 1].isGroup,
        items[k + 1].actors == last.actors, items[k + 2].is(.comma)
      {
        removed.append([last, items[k + 1]])
        k += 3
        continue
      }
      // "the YPG militia, the main component of the SDF, ...": a group's noun after its name
      // ends the name the appositive describes.
      let namedGroupNoun = result.count >= 2 && result[result.count - 1].isA(.groupNoun) && result[result.count - 2].isGroup
      if item.is(.comma), let last = namedGroupNoun ? result[result.count - 2] : result.last, last.isGroup, k + 1 < items.count,
        items[k + 1].isA(.appositiveOpener) || items[k + 1].token.map({ $0.isA(.titleWord) }) == true
          // "Hezbollah, Iran's main proxy in Lebanon, ...".
          || (items[k + 1].possessive && k + 2 < items.count && !items[k + 2].isGroup)
          // "The PMF, formed in 2014 to fight the Islamic State group, was folded into ...".
          || Self.foundingParticiples.contains(items[k + 1].lower),
        !(k + 2 < items.count && items[k + 1].is(.the) && items[k + 2].isGroup && !isTitledByGroup(person: last, title: k + 3, in: items)
          && items[k + 2].actors != last.actors),
        !isNextTitledName(after: last, at: k + 1, in: items),
        // "Damascus, which Moscow supports, also denounced": "also" or "then" before a verb
        // goes on with the clause; before a title ("X, then foreign minister") it opens an
        // appositive.
        !((items[k + 1].is(.also) || items[k + 1].is(.then)) && k + 2 < items.count && !isAppositiveStart(items[k + 2]))
      {
        // Find the end of the appositive.
        var e = k + 1
        while e < items.count, e - k <= 16 {
          if items[e].is(.comma) || items[e].endsClause { break }
          // "Russia, an ally of both Damascus and Tehran, ...": "both" keeps the pair inside.
          if items[e].is(.and), e + 1 < items.count, items[(e + 1)...].prefix(4).contains(where: \.isGroup),
            !items[(k + 1)..<e].contains(where: { $0.is(.of) }) || items[e - 1].isGroup,
            !items[(k + 1)..<e].contains(where: { $0.is(.both) })
          {
            break
          }
          e += 1
        }
        // "PKK, an insurgent group fighting against the Turkish state": a participle makes the
        // appositive a clause of its own, kept for the patterns.
        let hasParticiple = items[(k + 1)..<min(e, items.count)].contains { $0.token.map { $0.isWord && $0.lower.count > 5 && $0.lower.hasSuffix("ing") } ?? false }
        // "..., the last pocket of resistance since Damascus succeeded, with ...": so does a
        // clause of its own, whose subject may be what follows the appositive talks about.
        let hasClause = items[(k + 1)..<min(e, items.count)].indices.contains { i in
          items[i].isA(.subordinator) && i + 1 < min(e, items.count) && items[i + 1].isGroup
        }
        // "Turkey considers the YPG, a terrorist group": what a verb of naming says of its
        // object is no appositive.
        let named = result.suffix(8).contains { Self.namingVerbs.contains($0.lower) }
          && items[(k + 1)..<min(e, items.count)].prefix(4).contains { Self.stigmas.contains($0.lower) }
        if e - k <= 16, !hasParticiple, !hasClause, !named {
          removed.append([last] + items[(k + 1)..<min(e, items.count)])
          // Keep the comma closing the appositive out, so "X, the head of Y, and Z" groups X and Z.
          k = (e < items.count && items[e].is(.comma)) ? e + 1 : e
          continue
        }
      }
      if item.is(.hyphen), let end = dashedList(at: k, in: items, after: result.last) {
        k = end
        continue
      }
      result.append(item)
      k += 1
    }
    return (result, removed)
  }

  /// "between Iran and the P5+1 — the United States, Britain, ... and Germany — after talks":
  /// a list set off by spaced dashes after a noun that names no actor spells out what the noun
  /// stands for. It is left out, like a parenthesis, so that neither its members alone nor the
  /// noun's neighbours read as the parties. Returns the index past the closing dash.
  private static func dashedList(at k: Int, in items: [Item], after last: Item?) -> Int? {
    guard items[k].isSpacedDash, let last, !last.isGroup, last.token?.isWord == true else { return nil }
    var e = k + 1
    var groups = 0
    while e < items.count, items[e].isGroup || items[e].is(.comma) || items[e].is(.and) || items[e].is(.the) {
      if items[e].isGroup { groups += 1 }
      e += 1
    }
    guard groups >= 2, e < items.count, items[e].isSpacedDash else { return nil }
    return e + 1
  }

  /// Whether "Michel Aoun, Prime Minister Hassan Diab and ..." goes on with another name: a
  /// name, then a capitalised title and a different person's name, is a list, no appositive.
  private static func isNextTitledName(after name: Item, at t: Int, in items: [Item]) -> Bool {
    guard name.isOnly(.name) else { return false }
    var g = t
    while g < items.count, g - t < 4, let token = items[g].token, token.isCapitalized, token.isA(.titleWord) || token.isA(.personTitle) { g += 1 }
    return g > t && g < items.count && items[g].isGroup && items[g].kinds.allSatisfy({ $0 == .name }) && items[g].actors != name.actors
  }

  /// Whether "X, the Hezbollah leader, ..." is a person's title: a person before the comma,
  /// and title words after the group at `title - 1` up to the appositive's end.
  private static func isTitledByGroup(person: Item, title: Int, in items: [Item]) -> Bool {
    guard person.actors.count == 1, person.kinds.allSatisfy({ $0 != .reference }) else { return false }
    var e = title
    // "the UAE's de facto ruler": words that qualify the title are no part of the name.
    while e < items.count, e - title < 3, Self.titleQualifiers.contains(items[e].lower) { e += 1 }
    let start = e
    while e < items.count, e - start < 3, items[e].token.map({ $0.isA(.titleWord) || $0.isA(.personTitle) }) == true { e += 1 }
    // "the UN special envoy for Yemen": the title may say where its holder serves.
    if e > start, e + 1 < items.count, Self.postingWords.contains(items[e].lower), items[e + 1].isGroup { e += 2 }
    return e > start && (e == items.count || items[e].is(.comma) || items[e].endsClause || items[e].is(.who))
  }

  /// Words that qualify a title after a possessive ("the UAE's de facto ruler", "the UN
  /// special envoy").
  private static let titleQualifiers: WordSet = ["de", "facto", "effective", "longtime", "new", "acting", "interim", "late", "special", "top"]
  /// Words between a title and where its holder serves ("envoy for Yemen", "ambassador to Turkey").
  private static let postingWords: WordSet = ["for", "to", "in", "on"]

  /// The group a title after group `k` names ("SDF commander [Mazloum Abdi]"), else nil.
  private static func titledPerson(after k: Int, in items: [Item]) -> Int? {
    var u = k + 1
    // "UN Secretary-General Antonio Guterres": a hyphen may join the title's words.
    while u < items.count, u - k <= 4, items[u].isA(.titleWord) || items[u].isA(.personTitle) || (items[u].is(.hyphen) && u > k + 1) { u += 1 }
    guard u > k + 1, u < items.count, items[u - 1].isA(.personTitle), items[u].isGroup, !items[u].possessivePronoun, !items[k].possessive else { return nil }
    return u
  }

  /// "its", "their", or a mention they make.
  private static func isPossessivePronoun(_ item: Item) -> Bool { item.possessivePronoun || item.is(.its) || item.is(.their) }

  /// Words for the kind of group a name is, between a conjunction and the name.
  private static let groupModifiers: WordSet = [
    "paramilitary", "rival", "militant", "rebel", "jihadist", "islamist", "allied", "armed", "separatist", "secessionist", "southern", "northern",
    "eastern", "western",
  ]

  /// Joins mentions linked by ",", "and", "or", "nor", "/", "as well as", "along with" into one group.
  /// Whether the word at `i` is a verb in the past tense with an object or none, not a
  /// participle of the passive: "called" in "the Council called it", not "trained by Turkey".
  /// The word right before group `k` and what qualifies it ("backing the Tripoli-based GNA"),
  /// if it is a plain lower-case word: the verb the group is the object of.
  private static func verbBefore(_ k: Int, in items: [Item]) -> Int? {
    var v = k - 1
    while v >= 0, k - v <= 4,
      items[v].is(.the) || items[v].is(.hyphen) || (v >= 1 && items[v - 1].is(.hyphen) && items[v].isA(.compoundParticiple)) || items[v].token?.isCapitalized == true
    {
      v -= 1
    }
    guard v >= 0, let token = items[v].token, token.isWord, !token.isCapitalized else { return nil }
    return v
  }

  private static func isPastVerb(at i: Int, in items: [Item]) -> Bool {
    guard let token = items[i].token, token.isWord, !token.isCapitalized, token.lower.hasSuffix("ed") else { return false }
    return i + 1 == items.count || !items[i + 1].is(.by)
  }

  /// Whether the items from `k` count what a list leaves unnamed: "12 other Palestinian
  /// groups", "several more", "other factions".
  private static func isCountedRest(at k: Int, in items: [Item]) -> Bool {
    let words = items[k...].prefix(3).prefix { !$0.isGroup }
    return words.contains { $0.lower == "other" || $0.lower == "more" }
  }

  /// Whether the items from `k` are fighters no actor names: "Shi'ite militiamen", "local
  /// tribesmen".
  private static func isUnnamedFighters(at k: Int, in items: [Item]) -> Bool {
    items[k...].prefix(3).prefix { !$0.isGroup && $0.token?.isWord == true }.contains { fighterNouns.contains($0.lower) }
  }

  /// Plural nouns of fighters.
  private static let fighterNouns: WordSet = ["militiamen", "fighters", "tribesmen", "volunteers", "militias", "gunmen", "paramilitaries", "irregulars"]

  private static func group(_ items: [Item]) -> [Item] {
    var result: [Item] = []
    result.reserveCapacity(items.count)
    var k = 0
    while k < items.count {
      guard items[k].isGroup else { result.append(items[k]); k += 1; continue }
      // "SDF commander Mazloum Abdi and ...": the person is the one coordinated.
      if let person = titledPerson(after: k, in: items) {
        result += items[k..<person]
        k = person
        continue
      }
      var group = items[k]
      if let last = result.last, (last.is(.neither) || last.is(.both) || last.is(.either)) {
        group.negated = last.lower == "neither"
        result.removeLast()
      }
      var e = k + 1
      // How the second name was joined (a lone "and"?), and whether a later one by a comma.
      var firstJoinedByAnd: Bool?
      var laterComma = false
      while e < items.count {
        var j = e
        var sawConjunction = false
        while j < items.count {
          if (items[j].is(.comma) || items[j].is(.and) || items[j].is(.or) || items[j].is(.nor) || items[j].is(.ampersand) || items[j].is(.slash)) {
            j += 1
          } else if items[j].is(.as), j + 2 < items.count, items[j + 1].lower == "well", items[j + 2].is(.as) {
            j += 3
          } else if Vocabulary.alongWords.contains(items[j].lower), j + 1 < items.count, items[j + 1].is(.with) {
            j += 2
          } else {
            break
          }
          sawConjunction = true
        }
        guard sawConjunction else { break }
        // What joins the next name, as the rules below ask about it.
        let loneAnd = j == e + 1 && items[e].is(.and)
        let loneComma = j == e + 1 && items[e].is(.comma)
        let commaAnd = j == e + 2 && items[e].is(.comma) && items[e + 1].is(.and)
        var t = j
        // "and the paramilitary Rapid Support Forces": determiners, titles and words that say
        // what kind of group may stand before the next name.
        // ("and that he had": "that" opens a clause.)
        while t < items.count, t - j < 3, let token = items[t].token, token.isA(.titleWord) || token.isA(.determiner) && !token.is(.that) || Self.groupModifiers.contains(token.lower) {
          t += 1
        }
        // "Iran and its (Lebanese) ally Hezbollah": the ally named after its noun is one more.
        if let pronoun = t < items.count && Self.isPossessivePronoun(items[t]) ? t : t > j && Self.isPossessivePronoun(items[t - 1]) ? t - 1 : nil {
          var ally = pronoun + 1
          if ally < items.count, !items[ally].isGroup, items[ally].token?.isCapitalized == true { ally += 1 }
          if ally + 1 < items.count, items[ally].isA(.allyNoun), items[ally + 1].isGroup { t = ally + 1 }
        }
        // "and the council's deputy Aidarous al-Zubaidi": the person a possessed title names.
        if t + 2 < items.count, items[t].isGroup, items[t].possessive, items[t + 1].isA(.titleWord), items[t + 2].isGroup, items[t + 2].isOnly(.name) {
          t += 2
        }
        // "and the Iran-backed group": a compound modifier before the next mention.
        if t + 3 < items.count, !items[t].isGroup, items[t + 1].is(.hyphen), items[t + 2].isA(.compoundParticiple) { t += 3 }
        // "and Kurdistan Region president Nechirvan Barzani": a name no actor has, before a title.
        if t == j, let title = items[j..<min(items.count, j + 4)].firstIndex(where: { $0.isA(.personTitle) }), title > j,
          items[j..<title].allSatisfy({ $0.token?.isWord == true && $0.token?.isCapitalized == true && !$0.isA(.titleWord) }),
          title + 1 < items.count, items[title + 1].isGroup
        {
          t = title + 1
        }
        guard t < items.count, items[t].isGroup, !items[t].possessivePronoun else { break }
        // "the envoys of the two countries, Serdar Kilic and Ruben Rubinyan,": names after a
        // pair referred to are its people, not more of the pair.
        if group.isOnly(.reference), group.actors.count == 2, items[e..<j].contains(where: { $0.is(.comma) }), items[t].kinds.contains(.name) { break }
        // "ANKARA/BEIRUT (Reuters)": cities of a dateline are no pair; "PKK/YPG" is.
        if items[e..<j].contains(where: { $0.is(.slash) }), items[t].isOnly(.seat) || group.isOnly(.seat) { break }
        // "Ahmed al-Sharaa and SDF commander Mazloum Abdi": the organisation is the person's.
        if let person = titledPerson(after: t, in: items) { t = person }
        // "sold weapons to Riyadh, and President Biden has faced ...": ", and" before a
        // group that a verb follows starts a new clause; so does a verb in the past after one
        // name ("the attack, and the Security Council called it") or after a pair already
        // joined ("met X and Y, and the two countries signed"; not the last of a list, "Turkey,
        // Russia, and Iran agreed"), but for a participle of the passive ("trained by").
        if items[e..<j].contains(where: { $0.is(.comma) }), t + 1 < items.count,
          items[t + 1].isA(.finiteVerb)
            || ((e == k + 1 || items[k..<e].contains(where: { $0.is(.and) })) && (items[t + 1].isA(.speechVerb) || Self.isPastVerb(at: t + 1, in: items)))
        {
          break
        }
        // "in support of Assad's government and Turkey supports rebels": a verb in the singular
        // after "X and Y" has Y alone for subject (a pair after "between" stays one).
        if loneAnd, t + 1 < items.count, let next = items[t + 1].token, Self.patternVerbsInS.contains(next.lower),
          !(k > 0 && (items[k - 1].is(.between) || items[k - 1].is(.among)))
        {
          break
        }
        // "with Turkey supporting the Tripoli government and Egypt backing Haftar": two absolute
        // clauses, the second with its own subject.
        // ("supporting the Tripoli-based government": past what qualifies the first name.)
        if loneAnd, t + 1 < items.count, items[t + 1].lower.hasSuffix("ing"), let verb = verbBefore(k, in: items), items[verb].lower.hasSuffix("ing") {
          break
        }
        // "Ankara supported the GNA and Abu Dhabi backed Haftar": so are two clauses in the past,
        // the first name being the first verb's object (not what was said: "said Russia and
        // Iran backed Assad").
        if loneAnd, t + 1 < items.count, Self.isPastVerb(at: t + 1, in: items), let verb = verbBefore(k, in: items), Self.isPastVerb(at: verb, in: items),
          !items[verb].isA(.speechVerb)
        {
          break
        }
        // "seeking to topple Assad, and Turkish troops control ...": so does any plain word
        // after a lone ", and" (news style has no comma before the last item of a pair).
        if e == k + 1, commaAnd, t + 1 < items.count, let next = items[t + 1].token, next.isWord,
          !next.isCapitalized, !next.isA(.preposition), !next.isA(.determiner), !(next.is(.and) || next.is(.or))
        {
          break
        }
        // "condemned the attack on Iran, and Oman, which had mediated, called it reckless": a
        // name after a lone ", and" that a relative clause describes opens a clause of its own.
        if e == k + 1, commaAnd, t + 2 < items.count, items[t + 1].is(.comma), items[t + 2].is(.which) || items[t + 2].is(.who) {
          break
        }
        // "Egypt, which backs Burhan, and the United Arab Emirates", "Hamas, whose leaders live in
        // Doha, and Islamic Jihad": the comma closes the relative clause, and what follows "and"
        // joins its antecedent, not its object.
        if commaAnd, let which = items[max(0, k - 6)..<k].lastIndex(where: { $0.is(.which) || $0.is(.who) || $0.is(.whose) }),
          which >= 1, items[which - 1].is(.comma), !items[(which + 1)..<k].contains(where: { $0.is(.comma) })
        {
          break
        }
        // "X, Y" without a later "and" is a list only if one follows; a lone comma is not enough.
        if loneComma {
          // "Iraqi troops, Peshmerga fighters and ...": past the fighters a name is followed by.
          func pastFighters(_ i: Int) -> Int { i < items.count && (fighterNouns.contains(items[i].lower) || items[i].isA(.forceNoun)) ? i + 1 : i }
          var look = pastFighters(t + 1)
          var listGoesOn = false
          while look < items.count {
            let word = items[look].lower
            // "Turkey, the United States and the European Union": determiners may stand before each.
            // "..., Prime Minister Hassan Diab and parliament speaker Nabih Berri": or titles.
            var next = look + 1
            while next < items.count, items[next].is(.the) || items[next].isA(.titleWord) { next += 1 }
            if word == "and" || word == "or" {
              // "Hamas, Fatah and 12 other Palestinian groups": a counted rest ends the list too.
              // "Iraqi troops, Kurdish Peshmerga fighters and Shi'ite militiamen": so do fighters
              // no actor names.
              listGoesOn = next < items.count && (items[next].isGroup || Self.isCountedRest(at: next, in: items) || Self.isUnnamedFighters(at: next, in: items))
              break
            }
            guard word == ",", look + 1 < items.count else { break }
            if next < items.count, items[next].isGroup { look = pastFighters(next + 1) } else if (items[look + 1].is(.and) || items[look + 1].is(.or)) { look += 1 } else { break }
          }
          if !listGoesOn { break }
        }
        if firstJoinedByAnd == nil { firstJoinedByAnd = loneAnd } else if items[e..<j].contains(where: { $0.is(.comma) }) { laterComma = true }
        var actors = group.actors
        for actor in items[t].actors where !actors.contains(actor) { actors.append(actor) }
        group = group.regrouped(
          actors: actors, possessor: group.possessor, kinds: group.kinds + items[t].kinds, inner: group.inner + items[t].inner,
          firstApart: firstJoinedByAnd == true && laterComma)
        e = t + 1
      }
      result.append(group)
      k = e
    }
    return result
  }
}
