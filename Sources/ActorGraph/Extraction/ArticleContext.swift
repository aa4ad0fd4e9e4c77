/// What the extractor remembers while reading one article: who has been named, the states
/// most talked about, the last subjects, and actors discovered in the text.
struct ArticleContext {
  var date: Day?
  /// Actors the article names by name anywhere (role phrases resolve only to these).
  var namedActors: Set<ActorID> = []
  /// How often each state, and each armed group (`armedGroupsNoted`), has been mentioned so
  /// far, for "the two countries" and "the two sides".
  var stateMentions: [ActorID: Int] = [:]
  var stateOrder: [ActorID] = []
  /// The last non-person actor in subject position, for "it" and "its".
  var lastThing: ActorID?
  /// The last armed group named, for "their positions".
  var lastGroup: ActorID?
  /// The last armed group named that is one group, not a collective of many ("Syrian rebels"),
  /// for "the group", "the militia" and "the militants".
  var lastSingleGroup: ActorID?
  /// The last body named that belongs to no state or larger body (the EU, the Arab League),
  /// for "the bloc".
  var lastBloc: ActorID?
  /// The last person in subject position, for "he" and "his".
  var lastPerson: ActorID?
  /// The agents of the last attack the article reported, for "condemned the strikes": more
  /// than one when several made it together ("The US, Britain and France struck Syria").
  var lastAttackers: [ActorID] = []
  /// Those the last attack the article reported struck, for "took part in the strikes".
  var lastAttacked: [ActorID] = []
  /// The agents of the last hostile measure the article reported (sanctions, an envoy
  /// recalled, ties suspended), for "called the suspension unjustified".
  var lastMeasureTakers: [ActorID] = []
  /// The agents of the last attack of each kind (`Vocabulary.actFamilies`), for "the strikes"
  /// when the article has reported strikes and other attacks.
  var attackers: [String: [ActorID]] = [:]
  /// The parties of the last agreement the article reported, for "the agreement, brokered by
  /// Turkey": a pair, or more when one sentence's agreements had more than two parties (which
  /// the rules that read a pair leave alone).
  var lastAgreeingParties: [ActorID] = []
  /// The last pair that met or held talks, for "the negotiations, mediated by Oman".
  var lastMeetingPair: [ActorID] = []
  /// The last two persons one of whom opposed the other, for "both sides".
  var lastHostilePair: [ActorID] = []
  /// The last two actors other than persons at war with each other, for
  /// "the warring sides".
  var lastWarPair: [ActorID] = []
  /// Those the article has said back another, who are not "the warring sides" themselves.
  var backers: Set<ActorID> = []
  /// The last two parties a mediator brought together, for "both sides" after it.
  var lastMediatedPair: [ActorID] = []
  /// The last two groups or organisations named together ("the army and the RSF"), for "the
  /// two forces".
  var lastPair: [ActorID] = []
  /// The last two persons named together in a sentence ("Serraj and Haftar came to Berlin"),
  /// for "each of them" in a later one.
  var lastPersonPair: [ActorID] = []
  /// The mentions of the last sentence that had any, for "the two leaders" in the next
  /// ("Putin apologised to Bennett ... The two leaders spoke by phone"). Kept whole, as
  /// keeping them costs one retain and few sentences ask.
  var lastSentenceMentions: [Mention] = []
  /// The last three or more states named together, for "the four countries".
  var lastStateList: [ActorID] = []
  /// The state whose seat opens the article's dateline ("Damascus, SANA –"), for a ministry
  /// the text names bare ("the Foreign Ministry").
  var datelineState: ActorID?
  /// The state last named with its government ("the Syrian government", "Damascus's
  /// government"), for "government forces" named bare.
  var lastGovernment: ActorID?
  /// The state that leads the coalition the article talks about ("the Saudi-led coalition").
  var coalitionLeader: ActorID?
  /// Bodies by the head noun of their names ("council") and groups by the word that described
  /// them ("separatist", "separatists"), for "the council" and "the separatists".
  var describedAs: [String: ActorID] = [:]
  /// Persons the article has named by a name of two words or more ("Masrour Barzani"), for
  /// whom a bare surname may stand.
  var namedInFull: Set<ActorID> = []
  /// Actors found in the text that the lexicon does not have.
  var discovered: [ActorID: NewsActor] = [:]
  /// The state a discovered person was introduced as an official of ("Israeli Strategic Affairs
  /// Minister Ron Dermer"), as the lexicon's offices give it for known persons.
  var stateOfDiscovered: [ActorID: ActorID] = [:]
  /// Acronyms and short forms defined in this article, added to the alias table.
  var aliases: AliasTable

  /// Armed groups counted in `stateMentions`, for "the two sides" of a war they fight.
  var armedGroupsNoted: Set<ActorID> = []

  mutating func noteState(_ id: ActorID) {
    if stateMentions[id] == nil { stateOrder.append(id) }
    stateMentions[id, default: 0] += 1
  }

  mutating func noteArmedGroup(_ id: ActorID) {
    armedGroupsNoted.insert(id)
    noteState(id)
  }

  /// The two states most mentioned so far, first-mentioned first on ties; with `armedGroups`,
  /// armed groups compete too ("the two sides" of the war between the army and the RSF).
  /// With `onlyArmedGroups`, only armed groups do ("the warring sides" when two are named).
  func mainPair(excluding excluded: Set<ActorID>, armedGroups: Bool = false, onlyArmedGroups: Bool = false) -> [ActorID]? {
    // The two most mentioned, the earlier named first among equals, in one pass: they are
    // looked for at every "the two sides".
    var first: (count: Int, offset: Int)?
    var second: (count: Int, offset: Int)?
    for (offset, state) in stateOrder.enumerated()
    where !excluded.contains(state) && (armedGroupsNoted.contains(state) ? armedGroups || onlyArmedGroups : !onlyArmedGroups) {
      let count = stateMentions[state]!
      if first.map({ count > $0.count }) ?? true {
        second = first
        first = (count, offset)
      } else if second.map({ count > $0.count }) ?? true {
        second = (count, offset)
      }
    }
    guard let first, let second else { return nil }
    return [stateOrder[min(first.offset, second.offset)], stateOrder[max(first.offset, second.offset)]]
  }
}
