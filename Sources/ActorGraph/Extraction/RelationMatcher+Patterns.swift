/// Pattern matching: which relation patterns match a clause's words, and the checks that
/// a match is not its relation (a noun after a determiner, a deal struck, a side fought on).
extension RelationMatcher {
  /// What the patterns (all but `leads`, read over appositives) find in a clause's items.
  func patternRelations(_ items: [SentenceItems.Item]) -> [Found] {
    var found: [Found] = []
    let ids = wordIDs(items)
    // Where each pattern that matched may match again: a clause matches few, so a short list
    // searched in order costs less than an array over every pattern made for each clause.
    var resumeAt: [(pattern: Int, at: Int)] = []
    ids.withUnsafeBufferPointer { ids in
      for p in ids.indices where ids[p] >= 0 {
        for index in patterns.patterns(startingAt: ids[p]) where p >= (resumeAt.last { $0.pattern == index }?.at ?? 0) {
          guard patterns.patterns[index].form != .leads, !isHyphenated(items, p),
            let q = match(index, ids, at: p)
          else { continue }
          let read = read(index, items, p, q)
          if !read.isEmpty {
            let act = items[p].lower
            for var relation in read {
              relation.act = act
              found.append(relation)
            }
          }
          resumeAt.append((index, q + 1))
        }
      }
    }
    return found
  }

  /// Word ids of items: the `WordTable` id, `WordTable.unknown` for other words and lone
  /// possessive pronouns, `PatternProgram.groupID` for actors and `PatternProgram.clauseEndID`
  /// for ".", ";" and ":".
  func wordIDs(_ items: [SentenceItems.Item]) -> [Int32] {
    // By index: an item is read in place, not copied with its arrays.
    items.indices.map { k in
      // "recalled its ambassador": a possessive pronoun is a determiner to the patterns' gaps;
      // "recaptured the palace in Khartoum from": a place is a word too.
      if items[k].isGroup { return items[k].possessivePronoun || isPlace(k, in: items) ? WordTable.unknown : PatternProgram.groupID }
      if items[k].endsClause { return PatternProgram.clauseEndID }
      return items[k].wordID
    }
  }

  /// The index of the last item of a match of pattern `index` starting at `p`, or nil.
  func match(_ index: Int, _ ids: UnsafeBufferPointer<Int32>, at p: Int) -> Int? {
    patterns.program.match(index, ids, at: p)
  }

  /// Whether a settlement noun follows item `k`, past "border" and compass words ("the Syrian
  /// border town", "a northern Iraqi city").
  func isSettlement(after k: Int, in items: [SentenceItems.Item]) -> Bool {
    var j = k + 1
    while j < items.count, items[j].lower == "border" || Vocabulary.compassWords.contains(items[j].lower) { j += 1 }
    return j < items.count && items[j].isA(.settlementNoun)
  }

  /// "Western-backed": a word joined by a hyphen to the one before is a modifier, not a verb.
  func isHyphenated(_ items: [SentenceItems.Item], _ p: Int) -> Bool {
    guard p > 0, items[p - 1].is(.hyphen), let hyphen = items[p - 1].token, let word = items[p].token else { return false }
    return hyphen.end == word.start
  }

  /// Whether the words around a match of `pattern` from `p` to `q` show it is not the relation
  /// the pattern reads (a noun after a determiner, a deal struck, a side fought on, ...).
  func isNoMatch(_ pattern: RelationPatterns.Pattern, _ items: [SentenceItems.Item], _ p: Int, _ q: Int) -> Bool {
    // "bore full blame": the noun, which the attribution pass reads, is no verb.
    if p > 0, items[p].lower == "blame", Self.blameNounOpeners.contains(items[p - 1].lower) { return true }
    // "armed forces chief of staff Mohammad Bagheri": "armed" before the noun it qualifies is no verb.
    if items[p].lower == "armed", p + 1 < items.count, Self.armedNouns.contains(items[p + 1].lower) { return true }
    // "beat back Haftar's offensive", "hit back at": "back" there is no verb of backing.
    if items[p].lower == "back", p > 0, Self.backParticleVerbs.contains(items[p - 1].lower) { return true }
    // "turned its back on Assad": after a possessive pronoun "back" is the noun.
    if items[p].lower == "back" || items[p].lower == "backs", p > 0, items[p - 1].possessivePronoun { return true }
    // "sided with the revolt against Assad", "backed the war against ISIS": what a backed act is
    // against is not backed.
    if pattern.relation == .backs, pattern.form == .active, let named = items[(q + 1)...].prefix(6).firstIndex(where: \.isGroup),
      items[(q + 1)..<named].contains(where: { $0.lower == "against" })
    {
      return true
    }
    // "a meeting of the six powers negotiating with Tehran": "with" is the participle's, not the
    // meeting's.
    if q > p + 2, ((p + 1)..<q).contains(where: { isParticipleOfUnnamed($0, in: items) }) { return true }
    // "stormed camps of supporters of Mursi", "arrested 50 supporters of the Brotherhood",
    // "attacked supporters of Mursi": the supporters, unnamed, back; not the clause's subject.
    if pattern.relation == .backs, p > 0, Self.pluralBackerNouns.contains(items[p].lower), let before = items[p - 1].token, !items[p - 1].isGroup,
      before.isA(.preposition) || before.lower.first?.isNumber == true || Self.pastForms.contains(before.lower)
        || (before.lower.hasSuffix("ed") || before.lower.hasSuffix("ing")) && before.lower != "leading"
    {
      return true
    }
    // "helped repel Haftar's assault", "sent drones to help repel": what is fought off is not helped.
    if pattern.subtype == "aids", items[(q + 1)...].prefix(3).prefix(while: { !$0.isGroup }).contains(where: { Self.fendingVerbs.contains($0.lower) }) {
      return true
    }
    // "rebels led by Sharaa's Islamist group": what the person owns leads them, not the person.
    if pattern.relation == .leads, pattern.form == .passive, let agent = items[(q + 1)...].prefix(3).firstIndex(where: \.isGroup), items[agent].possessive {
      return true
    }
    // "discussed the strikes with Erdogan": a one-word verb trigger after a determiner is a
    // noun, whose agent is not the clause's subject.
    if pattern.slots.count == 1, p > 0, pattern.form == .active || pattern.form == .reciprocal,
      // A determiner other than a possessive one ("the", "these", "that"), or "such".
      (items[p - 1].isA(.determiner) && !items[p - 1].isPossessivePronoun)
        || items[p - 1].lower == "such"
    {
      return true
    }
    // "the internationally recognised government", "Libya's recognised government": a
    // participle after a possessive, or after a determiner and an adverb, qualifies a name.
    // "the release of detained U.N. staff": so does one right after a preposition.
    if pattern.slots.count == 1, pattern.form == .active, p > 0, items[p].lower.hasSuffix("ed"), items[p - 1].isA(.preposition), !items[p - 1].is(.by) { return true }
    if pattern.slots.count == 1, pattern.form == .active, p > 0, items[p].lower.hasSuffix("ed") {
      let adverb = items[p - 1].token.map { $0.isWord && $0.lower.hasSuffix("ly") } == true
      let before = adverb ? p - 2 : p - 1
      if before >= 0, items[before].possessive || (adverb && items[before].isA(.determiner)) { return true }
    }
    // "who leads the secular Republican People's Party", "chairs the Saudi-backed council":
    // only a determiner, qualifying words and a compound modifier may stand between "leads"
    // and what is led ("leads talks with Hamas" leads nothing).
    if pattern.relation == .leads, pattern.form == .active, !leadsNamedBody(after: q, in: items) { return true }
    // "who commands the LNA's ground forces": what is led is the possessor's unit, not the possessor.
    if pattern.relation == .leads, pattern.form == .active,
      let object = items[(q + 1)...].prefix(3).firstIndex(where: \.isGroup), items[object].possessive
    {
      return true
    }
    // "called Sisi a tyrant", "called Trump, May and Macron criminals", "called the Dutch
    // "Nazi remnants"": naming someone is no phone call; nor is judging what they said ("called
    // Erdogan's remarks crazy").
    let named = q + 2 < items.count && items[q + 2].is(.quote) ? q + 3 : q + 2
    if pattern.subtype == "consults", items[p].lower == "called", named < items.count, items[q + 1].isGroup,
      items[q + 1].possessive || items[named].is(.a) || items[named].is(.an) || Self.bareEpithets.contains(items[named].lower)
    {
      return true
    }
    // "the SDF strikes a deal with Damascus": striking a deal is no attack.
    if pattern.relation == .opposes, Self.strikeWords.contains(items[p].lower),
      items[(q + 1)...].prefix(3).contains(where: { Vocabulary.dealNouns.contains($0.lower) })
    {
      return true
    }
    // "a deal brokered by Qatar with the help of Egypt": Egypt helps the mediation, not the parties.
    if pattern.relation == .backs, pattern.form == .passive, items[p].is(.with),
      items[max(0, p - 5)..<p].contains(where: { Self.brokeringWords.contains($0.lower) })
    {
      return true
    }
    // "fought on Haftar's side": the side one fights on is backed, not fought.
    if pattern.relation == .opposes, q + 3 < items.count, items[q + 1].is(.on), items[q + 2].isGroup, items[q + 3].lower == "side" { return true }
    // "Turkey hosted members of the Brotherhood": members a verb acts on are no membership
    // ("Turkey is a member of NATO", "as members of", "founding members of" are).
    if pattern.subtype == "member_of", p > 0, let before = items[p - 1].token, before.isWord, !before.isA(.determiner), !before.isPossessivePronoun,
      !Self.beForms.contains(before.lower), !before.is(.as), !Self.membershipQualifiers.contains(before.lower)
    {
      return true
    }
    // "eased some sanctions on Syria", "lifted sanctions against Iran": sanctions undone.
    if pattern.subtype == "sanctions", items[p].lower == "sanctions", items[max(0, p - 3)..<p].contains(where: { Self.easingVerbs.contains($0.lower) }) {
      return true
    }
    // "Bashagha, a former ally of Turkey": a tie that was is none now.
    if pattern.relation == .backs, p > 0, Self.formerWords.contains(items[p - 1].lower) { return true }
    // "pull back", "hit back": "back" after such a verb is no backing.
    if items[p].lower == "back", p > 0, Self.verbsBeforeBack.contains(items[p - 1].lower) { return true }
    // "its drones helped repel Haftar's assault": help followed by another verb lends the
    // subject to that verb, whose object is not helped.
    if pattern.subtype == "aids", pattern.slots.count == 1, q + 1 < items.count, let next = items[q + 1].token, next.isWord,
      !next.isCapitalized, !next.isA(.determiner), !next.isA(.preposition), !next.is(.to)
    {
      return true
    }
    return false
  }

  /// Whether the word at `p` is an attack noun with a verb of `verbs` at most `window` items
  /// before it, and nothing between that `blocks` the verb's hold on it ("condemned the
  /// attacks on", "survived an attack on").
  static func isAttack(
    at p: Int, in items: [SentenceItems.Item], after verbs: (String) -> Bool, within window: Int, blockedBy blocks: (SentenceItems.Item) -> Bool
  ) -> Bool {
    guard items[p].isA(.attackNoun), let verb = items[max(0, p - window)..<p].lastIndex(where: { verbs($0.lower) }) else { return false }
    return !items[(verb + 1)..<p].contains(where: blocks)
  }

  /// Verbs of fighting someone off, which after "help" say whom the help is against ("helped
  /// repel the offensive", "help defeat the Islamic State").
  static let fendingVerbs: WordSet = [
    "repel", "repulse", "defeat", "fight", "counter", "combat", "destroy", "crush", "oust", "topple", "expel", "dislodge", "rout",
    "resist", "deter", "confront", "fend", "beat", "halt", "stop", "contain", "push", "drive", "retake", "recapture", "thwart",
  ]

  /// Verbs that "back" follows as a particle ("beat back", "pushed back", "hit back").
  static let backParticleVerbs: WordSet = [
    "beat", "beats", "beating", "beaten", "push", "pushed", "pushes", "pushing", "fight", "fought", "fights", "fighting",
    "hit", "hits", "hitting", "strike", "strikes", "struck", "striking", "drive", "drove", "driven", "drives", "driving",
    "roll", "rolled", "rolling", "rolls", "force", "forced", "forcing", "turn", "turned", "turning", "scale", "scaled", "scaling",
    "win", "won", "winning", "take", "took", "taken", "taking", "pull", "pulled", "pulling", "step", "stepped", "stepping",
  ]

  /// Verbs that undo sanctions.
  static let easingVerbs: WordSet = [
    "eased", "eases", "ease", "easing", "lifted", "lifts", "lift", "lifting", "relaxed", "relaxes", "relax", "waived", "waives", "waive",
    "suspended", "suspends", "loosened", "loosens", "removed", "removes", "scrapped", "dropped",
  ]
  /// Words that qualify a membership ("a founding member of").
  static let membershipQualifiers: WordSet = [
    "founding", "full", "permanent", "fellow", "associate", "key", "leading", "active", "former", "new", "remain", "remains", "remained",
    "become", "becomes", "became",
  ]

  /// Nouns that "armed" qualifies ("armed forces", "armed struggle"), where it is no verb.
  static let armedNouns: WordSet = ["forces", "force", "groups", "group", "factions", "men", "wing", "struggle", "conflict", "opposition", "militias"]

  /// Epithets that stand without an article ("called the three leaders criminals", "called them
  /// "Nazi remnants"").
  static let bareEpithets: WordSet = [
    "criminals", "terrorists", "murderers", "butchers", "thugs", "traitors", "tyrants", "dictators", "warlords", "puppets", "aggressors",
    "occupiers", "invaders", "mercenaries", "enemies", "fascists", "nazi", "nazis",
  ]
  /// Verbs after which "back" is a particle, not backing ("pull back", "hit back").
  static let verbsBeforeBack: WordSet = [
    "pull", "pulls", "pulled", "pulling", "hit", "hits", "hitting", "strike", "strikes", "struck", "striking", "fight", "fights", "fought",
    "fighting", "fall", "falls", "fell", "falling", "push", "pushed", "pushing", "pushes", "come", "came", "coming", "go", "went",
    "turn", "turned", "roll", "rolled", "scale", "scaled", "cut", "cuts", "step", "stepped", "bounce", "bounced", "win", "won", "send", "sent",
  ]

  /// Words before "blame" that make it a noun ("bore full responsibility", "no blame").
  static let blameNounOpeners: WordSet = bearingVerbs.union(["full", "sole", "no", "any", "some", "the"])

  /// Forms of "strike", the act and the verb.
  static let strikeWords: WordSet = ["strike", "strikes", "struck", "striking"]
  /// Forms of brokering a deal.
  static let brokeringWords: WordSet = ["brokered", "mediated", "brokering", "mediating"]
  /// Words that put a tie in the past ("former ally").
  static let formerWords: WordSet = ["former", "onetime", "erstwhile", "ex"]
}
