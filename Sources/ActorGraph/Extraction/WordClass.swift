/// The closed word classes of `Vocabulary` (and a few of the rules'), as bits, so a token knows
/// its classes from one table lookup made when it is read.
struct WordClass: OptionSet, Sendable, Hashable {
  let rawValue: UInt64

  static let forceNoun = WordClass(rawValue: 1 << 0)
  static let forceHead = WordClass(rawValue: 1 << 1)
  static let determiner = WordClass(rawValue: 1 << 2)
  static let preposition = WordClass(rawValue: 1 << 3)
  static let clauseOpener = WordClass(rawValue: 1 << 4)
  static let negator = WordClass(rawValue: 1 << 5)
  static let modal = WordClass(rawValue: 1 << 6)
  static let wishVerb = WordClass(rawValue: 1 << 7)
  static let hedge = WordClass(rawValue: 1 << 8)
  static let titleWord = WordClass(rawValue: 1 << 9)
  static let appositiveOpener = WordClass(rawValue: 1 << 10)
  static let pronounThing = WordClass(rawValue: 1 << 11)
  static let pronounPerson = WordClass(rawValue: 1 << 12)
  static let personTitle = WordClass(rawValue: 1 << 13)
  static let organizationHead = WordClass(rawValue: 1 << 14)
  static let armedGroupHead = WordClass(rawValue: 1 << 15)
  static let compoundParticiple = WordClass(rawValue: 1 << 16)
  static let officeHolder = WordClass(rawValue: 1 << 17)
  static let objectBlocker = WordClass(rawValue: 1 << 18)
  static let act = WordClass(rawValue: 1 << 19)
  static let holding = WordClass(rawValue: 1 << 20)
  static let backingCue = WordClass(rawValue: 1 << 21)
  static let hostVerb = WordClass(rawValue: 1 << 22)
  static let subordinator = WordClass(rawValue: 1 << 23)
  static let speechVerb = WordClass(rawValue: 1 << 24)
  static let mediatorNoun = WordClass(rawValue: 1 << 25)
  static let clientNoun = WordClass(rawValue: 1 << 26)
  static let allyNoun = WordClass(rawValue: 1 << 27)
  static let refusalVerb = WordClass(rawValue: 1 << 28)
  static let finiteVerb = WordClass(rawValue: 1 << 29)
  static let patronNoun = WordClass(rawValue: 1 << 30)
  static let groupNoun = WordClass(rawValue: 1 << 31)
  static let stateNoun = WordClass(rawValue: 1 << 32)
  static let supportNoun = WordClass(rawValue: 1 << 33)
  static let supportKind = WordClass(rawValue: 1 << 34)
  static let targetNoun = WordClass(rawValue: 1 << 35)
  static let locative = WordClass(rawValue: 1 << 36)
  static let memberNoun = WordClass(rawValue: 1 << 37)
  static let givenName = WordClass(rawValue: 1 << 38)
  static let coalitionNoun = WordClass(rawValue: 1 << 39)
  static let bodyNoun = WordClass(rawValue: 1 << 40)
  static let attackNoun = WordClass(rawValue: 1 << 41)
  static let dealNoun = WordClass(rawValue: 1 << 42)
  /// Any word that may open a title before a name, or qualify one (`RelationMatcher.personTitled`).
  static let titleOpener = WordClass(rawValue: 1 << 43)
  /// Nouns for those who fight for someone ("gunmen from", "troops loyal to").
  static let servingNoun = WordClass(rawValue: 1 << 44)
  /// Numbers that count the states named before ("the three countries").
  static let stateCount = WordClass(rawValue: 1 << 45)
  /// Acts a relative clause may say were made on someone ("the sanctions that Washington imposed").
  static let gappedAct = WordClass(rawValue: 1 << 46)
  /// Words that call an event off ("cancelled", "called off"), read before every trigger.
  static let cancelWord = WordClass(rawValue: 1 << 47)
  /// Nouns of hostile measures short of force ("the suspension", "the sanctions").
  static let measureNoun = WordClass(rawValue: 1 << 48)
  /// Words that may follow "the" in a pair reference ("the two", "the neighbours", "the warring").
  static let pairOpener = WordClass(rawValue: 1 << 49)
  /// Prepositions of cause or topic, after which a noun is someone else's act ("sanctions over support for").
  static let causePreposition = WordClass(rawValue: 1 << 50)
  /// "after" and "following", after which an act is the clause's or someone else's.
  static let sequelPreposition = WordClass(rawValue: 1 << 51)
  /// Subordinators after which a present verb is not done yet ("before", "until", "unless", "once").
  static let pendingSubordinator = WordClass(rawValue: 1 << 52)
  /// Words that may qualify a title before a named object ("met outgoing Prime Minister X").
  static let objectTitleModifier = WordClass(rawValue: 1 << 53)
  /// Nouns for one who commands ("army chief", "military commander").
  static let commandNoun = WordClass(rawValue: 1 << 54)
  /// Nouns for people of a state, after which a state's name is no actor ("U.S. lawmakers").
  static let peopleOfAState = WordClass(rawValue: 1 << 55)
  /// Adjectives of faith ("Shiite", "Christian").
  static let faithAdjective = WordClass(rawValue: 1 << 56)
  /// Verbs of denial ("denied", "rejects").
  static let denialVerb = WordClass(rawValue: 1 << 57)
  /// Nouns of places people live in ("town", "city"), which a demonym before them only locates.
  static let settlementNoun = WordClass(rawValue: 1 << 58)
  /// Nouns for those a state sends to talk ("delegation", "envoys").
  static let envoyNoun = WordClass(rawValue: 1 << 59)
  /// Verbs of letting someone do something ("allowed", "let").
  static let permissionVerb = WordClass(rawValue: 1 << 60)
  /// Verbs of leaving office ("step", "resign").
  static let departureVerb = WordClass(rawValue: 1 << 61)
  /// Nouns of an actor's signature on an act ("hallmarks").
  static let hallmarkNoun = WordClass(rawValue: 1 << 62)
  /// Verbs of defending oneself ("defend", "protect").
  static let defendingVerb = WordClass(rawValue: 1 << 63)

  /// Each class with the words in it.
  static let members: [(WordClass, WordSet)] = [
    (.forceNoun, Vocabulary.forceNouns), (.forceHead, Vocabulary.forceHeads), (.determiner, Vocabulary.determiners),
    (.preposition, Vocabulary.prepositions), (.clauseOpener, Vocabulary.clauseOpeners), (.negator, Vocabulary.negators),
    (.modal, Vocabulary.modals), (.wishVerb, Vocabulary.wishVerbs), (.hedge, Vocabulary.hedges), (.titleWord, Vocabulary.titleWords),
    (.appositiveOpener, Vocabulary.appositiveOpeners), (.pronounThing, Vocabulary.pronounsThing),
    (.pronounPerson, Vocabulary.pronounsPerson), (.personTitle, Vocabulary.personTitles),
    (.organizationHead, Vocabulary.organizationHeads), (.armedGroupHead, Vocabulary.armedGroupHeads),
    (.compoundParticiple, Vocabulary.compoundParticiples), (.officeHolder, Vocabulary.officeHolders),
    (.objectBlocker, Vocabulary.objectBlockers), (.act, Vocabulary.acts), (.holding, Vocabulary.holdings),
    (.backingCue, Vocabulary.backingCues), (.hostVerb, Vocabulary.hostVerbs), (.subordinator, Vocabulary.subordinators),
    (.speechVerb, Vocabulary.speechVerbs), (.mediatorNoun, Vocabulary.mediatorNouns), (.clientNoun, Vocabulary.clientNouns),
    (.allyNoun, Vocabulary.allyNouns), (.refusalVerb, Vocabulary.refusalVerbs),
    (.finiteVerb, Vocabulary.finiteVerbs), (.patronNoun, Vocabulary.patronNouns),
    (.groupNoun, Vocabulary.groupNouns), (.stateNoun, Vocabulary.stateNouns),
    (.supportNoun, Vocabulary.supportNouns), (.supportKind, Vocabulary.supportKinds),
    (.targetNoun, Vocabulary.targetNouns), (.locative, Vocabulary.locatives), (.memberNoun, Vocabulary.memberNouns),
    (.givenName, Vocabulary.givenNames), (.coalitionNoun, Vocabulary.coalitionNouns), (.bodyNoun, Vocabulary.bodyNouns),
    (.attackNoun, Vocabulary.attackNouns), (.dealNoun, Vocabulary.dealNouns),
    (.titleOpener, RelationMatcher.titleOpeners), (.servingNoun, Vocabulary.servingNouns),
    (.stateCount, WordSet(MentionFinder.countWords.keys)), (.gappedAct, WordSet(RelationMatcher.gappedActNouns.keys)),
    (.cancelWord, RelationMatcher.cancelWords), (.measureNoun, Vocabulary.measureNouns), (.pairOpener, MentionFinder.pairOpeners),
    (.causePreposition, RelationMatcher.causePrepositions), (.sequelPreposition, RelationMatcher.sequelPrepositions),
    (.pendingSubordinator, RelationMatcher.pendingSubordinators), (.objectTitleModifier, RelationMatcher.objectTitleModifiers),
    (.commandNoun, MentionFinder.commandNouns), (.peopleOfAState, Vocabulary.peopleOfAState), (.faithAdjective, Vocabulary.faithAdjectives),
    (.denialVerb, RelationMatcher.denialVerbs), (.settlementNoun, Vocabulary.settlementNouns),
    (.envoyNoun, Vocabulary.envoyNouns), (.permissionVerb, RelationMatcher.allowingVerbs),
    (.departureVerb, RelationMatcher.departureVerbs), (.hallmarkNoun, RelationMatcher.hallmarkNouns),
    (.defendingVerb, RelationMatcher.defendingVerbs),
  ]
}
