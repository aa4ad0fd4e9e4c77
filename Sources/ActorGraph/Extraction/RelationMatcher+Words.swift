/// Word lists that more than one part of the relation matcher reads, and those other types
/// read.
extension RelationMatcher {
  /// Plural nouns of those who back someone ("supporters of Mursi").
  static let pluralBackerNouns: WordSet = ["supporters", "backers", "loyalists", "followers", "sponsors", "patrons", "allies"]

  /// Verbs whose subject survives or suffers an act ("survived an attack on his convoy").
  static let sufferingVerbs: WordSet = [
    "survive", "survives", "survived", "surviving", "escape", "escapes", "escaped", "escaping", "wounded", "injured", "killed", "died",
  ]

  /// Verbs that give the one named a post ("elected X to lead").
  static let appointingVerbs: WordSet = [
    "appointed", "named", "elected", "chose", "chosen", "picked", "tapped", "nominated", "installed", "selected", "designated", "reappointed",
    "reelected", "approved", "confirmed", "endorsed",
  ]

  /// Forms of "be".
  static let beForms: WordSet = ["is", "are", "was", "were", "been", "being", "be"]
  /// Modals of a demand ("said American forces must leave").
  static let obligationModals: WordSet = ["must", "should"]

  /// Auxiliaries and adverbs that may stand between a subject and its participle ("was led by").
  static let auxiliaries: WordSet = [
    "was", "were", "is", "are", "has", "have", "had", "long", "also", "already", "since", "then", "still", "helped", "helps", "help",
    "began", "started", "continued", "continues",
  ]

  /// What two sides wage on each other.
  static let warNouns: WordSet = ["war", "fighting", "conflict", "hostilities", "clashes"]

  /// Words that call an event off ("cancelled", "called off", "postponed"): `WordClass.cancelWord`.
  static let cancelWords: WordSet = [
    "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "off", "postpone", "postpones", "postponed", "scrap",
    "scraps", "scrapped", "boycott", "boycotts", "boycotted", "skipped", "skips",
  ]

  /// Bodies a person heads ("Tamim's government"), which stand for the person's state.
  /// What "whose" may own at the head of a relative clause ("Assad, whose government Tehran
  /// propped up").
  static let ownedBodies: WordSet = Vocabulary.governmentNouns.union(["forces", "troops", "army", "fighters", "militia", "militias", "movement", "group"])
  static let headedBodies: WordSet = ["council", "government", "office", "administration", "cabinet", "bureau", "movement", "party"]
  /// Irregular past forms of verbs.
  static let pastForms: WordSet = ["met", "held", "had", "made", "struck", "fought", "led", "sent", "took", "sold", "gave", "hit", "shot", "won", "fell", "broke", "began", "spoke", "brought", "bought", "seized", "overran"]
  /// Lowercase words that may qualify a party or group after a title ("co-chair of the secular
  /// Kurdish party").
  static let partyQualifiers: WordSet = [
    "secular", "ruling", "nationalist", "opposition", "main", "largest", "powerful", "armed", "militant", "islamist", "conservative",
    "leftist", "far-right", "right-wing", "left-wing", "governing", "outlawed", "banned", "paramilitary", "elite", "notorious", "feared",
    "shadowy", "rival", "jihadist",
  ]

  /// `WordClass.denialVerb`.
  static let denialVerbs: WordSet = ["denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes"]

  /// Pronouns that point back to an act ("will pay for this").
  static let demonstratives: WordSet = ["it", "this", "that"]

  /// Nouns of a state's envoy ("ambassador", "chargé").
  static let envoyNouns: WordSet = ["ambassador", "envoy", "chargé", "charge", "delegate", "representative"]

  /// Every word `personTitled` may start at, for its one-test filter.
  static let titleOpeners: WordSet = leaderTitleModifiers.union(leaderTitles).union(objectTitleModifiers).union(objectTitles).union(stateLeaderTitles)
    .union(Vocabulary.personTitles).union(["secretary", "prime"])

  /// Titles that make a person an organisation's leader, and the words that may qualify them
  /// (not "deputy" or "former").
  static let leaderTitleModifiers: WordSet = [
    "political", "military", "spiritual", "supreme", "top", "overall", "senior", "jailed", "imprisoned", "detained", "exiled", "slain",
    "late", "longtime", "veteran", "reclusive", "new", "de", "facto", "charismatic", "bureau", "politburo",
  ]
  /// Titles that make a person an organisation's leader (`leaderTitleModifiers` qualifies them).
  static let leaderTitles: WordSet = [
    "leader", "chief", "head", "commander", "chairman", "founder", "secretary-general", "boss", "director", "premier", "president", "chairperson",
    "speaker",
  ]
  /// Titles that name who leads a state ("its leader, General Burhan").
  static let stateLeaderTitles: WordSet = ["leader", "ruler", "president", "premier", "emir", "king", "sultan"]

  /// Prepositions of cause or topic (`WordClass.causePreposition`).
  static let causePrepositions: WordSet = ["over", "about", "amid", "despite", "regarding", "concerning", "against", "because"]

  /// `WordClass.sequelPreposition`.
  static let sequelPrepositions: WordSet = ["after", "following"]
  /// `WordClass.pendingSubordinator`.
  static let pendingSubordinators: WordSet = ["before", "until", "unless", "once"]
  /// Pending subordinators that bound a time, not adverbs ("once called"): "before", "until".
  static let timeBounds: WordSet = ["before", "until"]
  /// Words that may qualify a title before a name in an object ("top military commander").
  static let objectTitleModifiers: WordSet = [
    "political", "military", "spiritual", "supreme", "top", "senior", "deputy", "parliament", "parliamentary", "prime", "foreign",
    "defence", "defense", "interior", "vice", "crown", "special", "previous", "former", "late", "suspected", "exiled", "jailed", "detained",
    "caretaker", "interim", "acting", "outgoing", "incoming", "new",
  ]
  /// Titles that may stand before a person's name in an object ("met Foreign Minister X").
  static let objectTitles: WordSet = [
    "leader", "chief", "head", "commander", "chairman", "spokesman", "envoy", "official", "speaker", "counterpart", "president",
    "minister", "premier", "king", "emir", "prince", "secretary", "ambassador", "negotiator", "mediator", "adviser", "advisor", "aide",
    "emissary",
  ]

  /// Verbs of saying that take the one told before "that".
  static let tellingVerbs: WordSet = ["told", "tells", "tell", "telling", "informed", "informs", "assured", "assures", "warned", "warns", "reminded"]
  /// Verbs of bearing blame ("bore responsibility").
  static let bearingVerbs: WordSet = ["bore", "bears", "bear", "bearing", "carries", "carried"]

  /// Verbs of making such an act ("imposed", "launched", "carried out").
  static let gappedActVerbs: WordSet = [
    "imposed", "reimposed", "placed", "slapped", "levied", "enforced", "launched", "waged", "carried", "mounted", "conducted", "staged",
    "unleashed", "declared",
  ]
}
