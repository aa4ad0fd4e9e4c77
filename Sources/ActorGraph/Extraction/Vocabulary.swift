/// Closed word classes the extractor's rules use. These are about how English news is written,
/// not about any actor, so they live in code rather than in the lexicon.
enum Vocabulary {
  /// Words before "with" of doing something in company ("along with").
  static let alongWords: WordSet = ["along", "together"]
  /// Nouns that, after a demonym, make the phrase stand for the state ("Turkish troops").
  static let forceNouns: WordSet = [
    "troops", "forces", "soldiers", "military", "army", "government", "regime", "authorities", "administration",
    "state", "navy", "warplanes", "jets", "delegation", "delegations", "emissaries", "leadership", "side", "officials", "diplomats",
    "air", "force", "security", "units", "militaries", "governments", "cabinet", "parliament", "embassy",
    "negotiators", "envoys", "envoy", "mediators", "mediator", "intermediaries", "intermediary", "warships", "drones", "artillery", "police", "coastguard",
    "ministry", "foreign", "defence", "defense", "interior", "ambassador", "ambassadors", "consulate", "missiles", "rockets",
    "aircraft", "planes", "helicopters", "power", "fire", "batteries", "defences", "defenses", "instructors", "trainers",
    "advisers", "advisors", "commandos", "tanks", "officers", "peacekeepers", "charge", "court", "courts", "judiciary", "prosecutors",
    "special", "elite", "ministers", "soldier",
  ]
  /// Nouns for those who fight for someone ("the side of", "the government of" are no forces).
  static let servingNouns: WordSet = [
    "troops", "forces", "fighters", "soldiers", "militiamen", "units", "gunmen", "militias", "loyalists", "mercenaries", "contractors",
    "operatives", "militants", "paramilitaries", "tribesmen",
  ]
  /// Force nouns that can end a state phrase ("Turkish air force": "air" needs "force").
  static let forceHeads: WordSet = forceNouns.subtracting(["air", "security", "diplomats", "foreign", "defence", "defense", "interior"])

  static let determiners: WordSet = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"]

  static let prepositions: WordSet = [
    "of", "in", "to", "from", "with", "against", "on", "at", "for", "by", "into", "over", "about", "between", "among",
    "near", "under", "toward", "towards", "through", "across", "inside", "outside", "within", "without", "around",
    "along", "beyond", "despite", "after", "before", "since", "than", "via", "like",
  ]

  /// Words that open a new clause; a subject is not looked for across them.
  static let clauseOpeners: WordSet = [
    "but", "while", "whereas", "although", "though", "because", "if", "unless", "whether", "however", "yet",
  ]

  static let negators: WordSet = [
    "not", "n't", "never", "no", "neither", "nor", "without", "denied", "denies", "deny", "refuted", "refutes", "rarely", "seldom",
  ]

  static let modals: WordSet = [
    "would", "could", "might", "may", "should", "will", "shall", "'ll", "if", "unless", "whether", "possible", "possibly",
    "potential", "potentially", "any", "hypothetical", "eventual", "eventually", "future", "planned", "proposed",
    "likely", "unlikely", "perhaps", "maybe", "intends", "intended", "plans", "hopes",
    "hoped", "expected", "expects", "aims", "considering", "considers", "due", "scheduled", "slated", "poised", "ready", "willing",
  ]

  /// Verbs of asking someone to act ("called on X to", "urged X to"), for the one asked.
  static let askingVerbs: WordSet = [
    "called", "calls", "call", "calling", "urged", "urges", "urge", "urging", "asked", "asks", "ask", "pressed", "presses", "press",
    "pressing", "told", "tells", "demanded", "demands", "demand", "demanding", "pushed", "pushes", "encouraged", "encourages",
  ]

  /// Verbs of asking and wishing: what follows them is not yet done ("asked Syria to enter talks").
  static let wishVerbs: WordSet = [
    "asked", "asks", "ask", "urged", "urges", "urge", "wants", "want", "wanted", "wished", "wish", "wishes",
    "prompting", "pressed", "presses", "encouraged", "encourages", "invited", "invites", "proposed", "proposes",
    "offered", "offers", "ready", "willing", "willingness", "seeks", "seeking", "sought", "trying", "tried", "attempting",
    "pressing", "press", "pushing", "persuade", "persuaded", "persuading", "convince", "convinced", "convincing", "lobbying",
  ]

  static let hedges: WordSet = [
    "reportedly", "allegedly", "according", "said", "says", "told", "claimed", "claims", "believed", "reported",
    "reports", "sources", "source", "alleged", "purportedly", "apparently", "suggested", "quoted", "cited",
  ]

  /// Title words that may stand between a conjunction and a name ("and military commander Khalifa Haftar").
  static let titleWords: WordSet = [
    "president", "minister", "prime", "foreign", "defence", "defense", "interior", "military", "commander", "general",
    "gen", "leader", "chief", "king", "prince", "crown", "emir", "sheikh", "ayatollah", "secretary", "spokesman",
    "spokeswoman", "ambassador", "envoy", "intelligence", "top", "senior", "former", "deputy", "field", "marshal",
    "colonel", "col", "director", "head", "mr", "mrs", "ms", "dr", "vice", "supreme", "sultan", "premier", "chancellor",
    "speaker", "parliament", "parliamentary", "counterpart", "cleric", "preacher", "dissident", "businessman", "ruler", "chairman", "chairwoman",
    "negotiator", "mediator", "adviser", "advisor", "aide", "emissary", "sayyed", "sayed", "sayyid", "seyed",
  ]

  /// Capitalised words that are not first names: sentence openers, days and months
  /// ("On Monday Erdogan said", "But Assad").
  static let capitalisedNonNames: WordSet = [
    "but", "and", "or", "when", "after", "before", "as", "if", "while", "meanwhile", "still", "yet", "so", "then", "now",
    "under", "since", "although", "though", "why", "how", "what", "where", "only", "even", "also", "earlier", "later",
    "last", "on", "in", "at", "for", "with", "without", "by", "from", "to", "both", "neither", "either", "once", "until",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "president", "mr", "mrs", "ms", "dr", "despite", "unlike",
    "like", "against", "among", "amid", "during", "following", "asked", "told", "said", "says", "according", "whether",
    "because", "unless", "instead", "indeed", "however", "moreover", "today", "yesterday", "tomorrow", "tonight",
    "presidents", "kings", "emirs", "premiers", "chancellors",
  ]

  /// Nouns after a state's name that make it people of the state, not the state ("U.S.
  /// lawmakers", "Iranian media").
  static let peopleOfAState: WordSet = [
    "lawmakers", "lawmaker", "legislators", "senators", "senator", "congressmen", "media", "press", "newspapers", "newspaper",
    "journalists", "residents", "citizens", "people", "voters", "protesters", "protestors", "activists", "analysts", "experts",
    "critics", "commentators", "academics", "businessmen", "companies", "firms", "tourists", "students", "nationals",
  ]

  /// Bodies of water named "of" a state ("the Gulf of Oman", "the Sea of Japan"): the state
  /// there is part of a place's name.
  static let waterFeatures: WordSet = ["gulf", "sea", "strait", "straits", "bay"]

  /// Nouns of places people live in, which a demonym before them only locates ("the Syrian
  /// town of Kobani").
  /// Nouns for those a state sends to talk: "received the Saudi delegation" is a meeting with
  /// the state, as "received the Saudi ambassador" is one with its envoy.
  static let envoyNouns: WordSet = [
    "delegation", "delegations", "envoy", "envoys", "emissary", "emissaries", "negotiators", "diplomats", "mediators",
  ]
  static let settlementNouns: WordSet = ["town", "towns", "city", "cities", "village", "villages", "port", "province", "provinces", "enclave", "camp", "camps"]

  /// Nouns after a capital's name that make it a place ("the Damascus consulate", "Baghdad
  /// airport"), not the government.
  static let placeNouns: WordSet = [
    "consulate", "embassy", "airport", "suburb", "suburbs", "outskirts", "province", "governorate", "countryside",
    "neighbourhood", "neighborhood", "district", "districts", "port", "hospital", "mosque", "university", "streets",
    "skyline", "area", "areas",
  ]

  /// Nouns of a diplomatic track that a seat's name may label ("the Astana process", "the
  /// Juba peace agreement"): the city names where it was made, not a party to it.
  static let trackNouns: WordSet = [
    "process", "talks", "agreement", "agreements", "accord", "accords", "deal", "format", "declaration", "negotiations", "track",
    "platform", "protocol", "memorandum", "initiative", "peace", "framework", "roadmap",
  ]

  /// The points of the compass, as nouns and adjectives ("northwest Syria", "the northern city").
  static let compassWords: WordSet = [
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
  ]

  /// Words for a faith or sect, which describe a name rather than open it ("the Christian
  /// Lebanese Forces party", "the Shiite Amal movement").
  static let faithAdjectives: WordSet = [
    "christian", "maronite", "shiite", "shia", "shi'ite", "sunni", "druze", "alawite", "islamist", "jihadist", "salafist", "salafi", "jewish",
  ]

  /// Words that open an appositive after a comma ("Hakan Fidan, the director of ...").
  static let appositiveOpeners: WordSet = [
    "the", "a", "an", "one", "head", "chief", "director", "leader", "commander", "founder", "president", "spokesman",
    "spokeswoman", "adviser", "advisor", "former", "top", "senior", "deputy", "also", "then",
  ]

  static let pronounsThing: WordSet = ["it", "its"]
  /// Nouns that, after "the", stand for the armed group last named ("the Iran-backed group").
  static let groupNouns: WordSet = ["group", "militia", "faction", "movement", "separatists", "insurgents", "paramilitaries", "militants", "jihadists"]
  /// Coalitions, standing for the state that leads them ("the Saudi-led coalition").
  static let coalitionNouns: WordSet = ["coalition", "alliance"]
  /// Head nouns of bodies' names that, after "the", stand for the body last named with one
  /// ("the council" for the Presidential Leadership Council).
  static let bodyNouns: WordSet = [
    "council", "front", "party", "brigade", "brigades", "committee", "bureau", "agency", "organisation", "organization", "corps", "union",
    "league", "assembly", "corporation",
  ]
  /// Words that describe a group before its name ("the separatist STC"), with their plurals:
  /// either, after "the", stands for the group so described.
  static let groupDescriptors: [String: String] = [
    "separatist": "separatists", "paramilitary": "paramilitaries", "rebel": "rebels", "militant": "militants", "jihadist": "jihadists",
    "islamist": "islamists", "insurgent": "insurgents", "secessionist": "secessionists", "extremist": "extremists",
  ]
  /// Nouns that, after "the", stand for the state last talked about ("the kingdom").
  static let stateNouns: WordSet = ["kingdom", "country", "emirate", "sultanate", "government", "army"]
  /// What a state holds and others strike ("Saudi cities", "Turkish positions"), standing for
  /// the state as the target of an act.
  static let targetNouns: WordSet = [
    "cities", "towns", "villages", "territory", "soil", "positions", "targets", "bases", "outposts", "ships", "vessels", "tankers",
    "airspace", "installations", "facilities", "sovereignty", "ship", "vessel", "tanker", "warship", "jet", "warplane", "bomber",
    "plane", "drone", "helicopter", "base", "outpost", "position", "convoy", "consulate", "embassy", "city", "town", "village",
    "airport", "airports", "port", "ports", "harbour", "harbor", "refinery", "refineries", "infrastructure", "residence", "palace",
    "compound",
  ]
  /// Prepositions of place, before which a state's territory is where something happens.
  static let locatives: WordSet = [
    "in", "into", "inside", "across", "near", "to", "from", "through", "within", "over", "toward", "towards", "around", "beyond", "outside",
  ]
  /// Given names common in the region's news, Arabic, Turkish, Persian, Kurdish, Hebrew,
  /// Russian and Western: a capitalised name of two to four words opening with one is a person
  /// ("Egypt has backed Fathi Bashagha") without a title or "said" beside it.
  static let givenNames: WordSet = [
    "mohammed", "muhammad", "mohamed", "mohammad", "sadiq", "sadeq", "siddiq", "ahmed", "ahmad", "ali", "hassan", "hasan", "hussein", "husain", "omar", "umar",
    "khalid", "khaled", "abdullah", "abdel", "abdul", "abdulaziz", "abdelaziz", "abdulrahman", "ibrahim", "ismail", "yousef", "youssef",
    "yusuf", "mahmoud", "mustafa", "mostafa", "salem", "saleh", "salih", "fathi", "faisal", "fayez", "nabil", "nabih", "walid", "tariq",
    "tarek", "hamad", "hamid", "hamdan", "jamal", "karim", "majid", "nasser", "naser", "rashid", "saeed", "samir", "sami", "ziad", "adel",
    "amr", "anwar", "ayman", "bashar", "bassam", "emad", "imad", "fadi", "fouad", "fuad", "ghassan", "haitham", "hani", "hisham", "issa",
    "jaber", "kamal", "maher", "marwan", "mazen", "mohsen", "munir", "nizar", "osama", "usama", "qasem", "qassem", "rami", "riad",
    "suleiman", "sulaiman", "talal", "wael", "yahya", "yasser", "yasir", "zaid", "recep", "mevlut", "hulusi", "yasar", "hakan", "ahmet",
    "mehmet", "kemal", "devlet", "ekrem", "selahattin", "suleyman", "binali", "omer", "fahrettin", "numan", "abdulkadir", "bekir", "murat",
    "fatih", "hossein", "javad", "ebrahim", "abbas", "esmail", "mojtaba", "masoud", "mehdi", "mahdi", "reza", "masrour", "nechirvan",
    "mazloum", "bafel", "qubad", "joe", "donald", "antony", "lloyd", "william", "john", "james", "robert", "michael", "david", "jake",
    "kamala", "emmanuel", "olaf", "angela", "boris", "rishi", "keir", "vladimir", "sergei", "sergey", "dmitry", "dmitri", "yevgeny",
    "alexander", "mikhail", "nikolai", "volodymyr", "dmytro", "antonio", "stephanie", "josep", "ursula", "benjamin", "yoav", "naftali",
    "yair", "itamar", "bezalel", "avigdor", "gideon", "isaac", "tayyip", "ron", "tom", "thomas", "mark", "paul", "peter", "richard",
    "george", "steve", "steven", "mike", "marco", "pete", "jared", "rex", "hillary", "colin", "frank", "samantha", "nikki", "jim",
    "chris", "christopher", "andrew", "tony", "jean", "catherine", "annalena", "kaja", "federica", "geir", "staffan", "martin", "dan",
    "eli", "moshe", "ehud", "yossi", "amos", "aryeh", "gilad", "avi", "tzachi", "asaad", "asad", "badr", "saud", "turki", "bandar",
    "nayef", "fahd", "tamim", "mansour", "musa", "moussa", "sameh", "hamza", "qais", "nouri", "haider", "adil", "hadi", "rashad",
    "aidarous", "tareq", "ammar", "khalifa", "aguila", "osman", "ozgur", "erdal", "efkan", "amir", "abdollah", "kazem", "cemil",
    "duran", "ilham",
  ]
  /// A group's members, who act for it ("Hamas militants who ...").
  static let memberNouns: WordSet = ["fighters", "militants", "members", "mercenaries", "operatives", "gunmen", "commanders", "officers"]
  /// Nouns for talks held, which a later "the talks" or "the negotiations" refers back to.
  static let talkNouns: WordSet = ["talks", "negotiations", "meeting", "meetings", "discussions", "dialogue", "consultations"]
  /// Nouns of support a state gives "with" its demonym ("with Turkish air support").
  static let supportNouns: WordSet = ["support", "backing", "help", "assistance", "cover", "aid"]
  /// Kinds of support that may stand between the demonym and the noun.
  static let supportKinds: WordSet = ["air", "military", "logistical", "financial", "diplomatic", "political", "naval", "artillery"]
  static let pronounsPerson: WordSet = ["he", "his", "she", "her"]

  /// Words after which a capitalised name is a person ("President X", "said X").
  static let personTitles: WordSet = [
    "president", "minister", "gen", "general", "commander", "leader", "sheikh", "ayatollah", "king", "prince",
    "emir", "mr", "mrs", "ms", "dr", "colonel", "col", "spokesman", "spokeswoman", "ambassador", "envoy", "marshal",
    "premier", "chancellor", "sultan", "senator", "sen", "lt", "maj", "capt", "chief", "sayyid", "sayyed", "sayed", "seyed", "sheikha", "queen", "princess",
    "imam", "mullah", "brigadier", "admiral", "speaker", "counterpart", "director", "presidents", "kings", "emirs",
    "premiers", "chancellors", "ministers", "secretary", "chairman", "chairwoman", "official", "negotiator", "mediator", "adviser",
    "advisor", "aide", "emissary",
  ]

  /// Nouns that name a party, movement or electoral alliance: after a name in lower case they
  /// make it one ("the Ennahda party", "Sadr's Sairoon alliance"), and a discovered body so
  /// named belongs to no state as an agency does ("Iraq's Communist Party").
  static let politicalBodyNouns: WordSet = ["party", "movement", "alliance", "coalition", "bloc"]

  /// Last words of a capitalised name that say what kind of body it is.
  static let organizationHeads: WordSet = [
    "party", "council", "ministry", "organization", "organisation", "representatives", "foundation", "agency", "union", "coalition",
    "committee", "commission", "bureau", "office", "institute", "movement", "assembly", "authority",
    "alliance", "league", "association", "court", "parliament", "directorate", "service", "services", "government",
    "congress", "senate", "tribunal", "federation", "confederation", "forum", "secretariat", "corporation", "company",
  ]
  static let armedGroupHeads: WordSet = [
    "brigade", "brigades", "front", "army", "forces", "militia", "militias", "battalion", "battalions", "division",
    "corps", "guards", "legion", "regiment", "mobilization", "mobilisation", "units", "force",
  ]

  /// Participles that make "X-participle" a modifier rather than a mention of X.
  static let compoundParticiples: WordSet = [
    "backed", "led", "allied", "aligned", "sponsored", "supported", "funded", "armed", "affiliated", "trained", "occupied",
    "controlled", "held", "brokered", "mediated", "based", "run", "friendly", "linked", "born", "owned", "made",
  ]

  /// Plural nouns for people who act for the actors named after them.
  static let officeHolders: WordSet = [
    "ministers", "chiefs", "leaders", "heads", "presidents", "officials", "delegations", "representatives", "envoys",
    "diplomats", "commanders", "negotiators", "spymasters",
  ]

  /// Prepositions that take the following group away from the trigger. Not "to" (an infinitive
  /// as often as not: "wanted to see Iran"), "with", "against", "on" or "into", which the
  /// patterns' own objects follow.
  static let objectBlockers: WordSet = [
    "of", "by", "from", "in", "at", "amid", "over", "for", "about", "during", "after", "before", "since", "near", "under",
    "through", "across", "within", "without", "despite", "between", "among", "like", "than", "via", "alongside", "beside",
    "inside", "outside", "along", "around", "beyond", "throughout",
  ]

  /// A state's acts that stand for the state as an object ("condemned the Israeli raid").
  static let acts: WordSet = [
    "strikes", "strike", "airstrikes", "raid", "raids", "attack", "attacks", "offensive", "incursion", "invasion", "bombardment",
    "occupation", "shelling", "operation", "operations", "aggression", "blockade", "intervention", "crackdown", "policy", "presence",
    "support", "backing", "aid", "assistance", "help", "incursions", "invasions", "interventions", "offensives", "bombardments",
    "blockades", "crackdowns", "campaign", "campaigns", "assault", "assaults", "bombing", "bombings", "airstrike", "crime", "crimes",
    "massacre", "massacres",
  ]

  /// Words that condemn a deal or an act said to be one ("said the accord was illegal", "said
  /// the strikes were a violation of"); the relation pattern of such sayings lists the same.
  static let verdictWords: WordSet = [
    "illegal", "illegitimate", "unlawful", "invalid", "void", "violation", "breach", "crime", "aggression", "piracy", "banditry",
    "terrorism", "provocation", "unacceptable", "unjustified", "unprovoked", "outrageous", "cowardly", "barbaric", "heinous",
  ]

  /// Verbs of condemning an act ("condemned the strikes").
  static let condemnVerbs: WordSet = [
    "condemned", "condemns", "condemn", "denounced", "denounces", "denounce", "criticised", "criticized", "criticises", "criticizes",
    "slammed", "slams", "decried", "decries", "deplored", "deplores", "regretted", "regrets",
  ]
  /// The kind of act a word names, verb or noun ("struck", "airstrikes": "strike"), so that
  /// "condemned the strikes" finds who struck, not who attacked.
  static let actFamilies: [String: String] = {
    let families: [String: [String]] = [
      "strike": ["strike", "strikes", "struck", "striking", "airstrike", "airstrikes"],
      "attack": ["attack", "attacks", "attacked", "attacking"],
      "bombing": ["bomb", "bombs", "bombed", "bombing", "bombings", "bombardment", "bombarded"],
      "raid": ["raid", "raids", "raided", "raiding"],
      "shelling": ["shell", "shells", "shelled", "shelling"],
      "invasion": ["invade", "invades", "invaded", "invading", "invasion", "incursion", "incursions"],
      "offensive": ["offensive", "assault", "operation", "operations"],
      "killing": ["kill", "kills", "killed", "killing", "killings"],
      "seizure": ["seize", "seizes", "seized", "seizing", "seizure", "hijack", "hijacks", "hijacked", "hijacking"],
    ]
    return Dictionary(uniqueKeysWithValues: families.flatMap { family, words in words.map { ($0, family) } })
  }()

  /// Nouns of hostile measures short of force, which a judgement may name ("called the
  /// suspension unjustified").
  static let measureNouns: WordSet = [
    "suspension", "expulsion", "expulsions", "ban", "closure", "freeze", "measures", "recall", "sanctions", "boycott", "embargo", "blockade",
  ]
  /// Attacks as nouns, for "condemned the strikes".
  static let attackNouns: WordSet = [
    "strikes", "strike", "airstrikes", "attack", "attacks", "raid", "raids", "bombing", "bombings", "bombardment", "shelling",
    "offensive", "operation", "incursion", "invasion", "assault", "killing", "killings", "seizure", "hijacking",
  ]

  /// Things of an actor's that stand for it as the object of an attack or of support.
  static let holdings: WordSet = [
    "positions", "position", "targets", "bases", "base", "sites", "strongholds", "stronghold", "fighters", "members",
    "convoy", "convoys", "headquarters", "depots", "facilities", "facility", "outposts", "posts", "post", "checkpoint", "checkpoints",
    "installations", "airbase", "airbases", "vessels", "ships", "tankers", "units", "troops", "forces", "leaders", "commanders", "site", "plant", "plants",
    "government", "regime", "administration", "defences", "defenses", "radars", "batteries", "remnants", "remnant", "cells", "presence", "integrity", "sovereignty", "independence",
    "cell", "elements", "militants", "loyalists", "camp", "camps", "authorities", "leadership", "rulers", "network", "networks", "array", "number",
    "dozens", "hundreds", "thousands", "handful", "host", "ambassador", "ambassadors", "envoy", "envoys", "emissary", "emissaries", "representatives", "delegation", "delegations",
    "factions", "faction", "brigades", "battalions",
  ]

  /// Words that make a name a backer's creature ("US-backed forces", "pro-Iranian militias").
  static let backingCues: WordSet = ["backed", "proxy", "proxies", "aligned", "allied", "sponsored", "supported", "pro"]

  /// Verbs of hosting: the host of talks is not one of the parties ("Germany hosted talks").
  static let hostVerbs: WordSet = [
    "hosted", "host", "hosts", "hosting", "convened", "convene", "convenes", "organised", "organized", "organise", "organize",
    "sponsored", "facilitated",
  ]

  /// Words that are prepositions and also open a clause ("after Russia invaded").
  static let subordinators: WordSet = ["after", "before", "since", "until", "till"]

  /// Verbs of saying: what follows is what was said, not an object ("and said Hamas ...").
  static let speechVerbs: WordSet = [
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "announced", "announces", "declared",
    "declares", "insisted", "insists", "noted", "notes", "argued", "argues", "claimed", "claims", "stressed", "stresses", "warned", "warns",
    "adding", "saying", "stressing", "insisting", "noting", "warning",
  ]

  /// Nouns for those who bring parties together ("Qatari and Egyptian mediators").
  static let mediatorNouns: WordSet = ["mediator", "mediators", "broker", "brokers", "facilitator", "facilitators", "go-between", "intermediary", "intermediaries"]

  /// Nouns for an actor's dependants: "Y, X's main proxy" (X backs Y).
  static let clientNouns: WordSet = ["proxy", "proxies", "client", "clients", "protege", "satellite", "surrogate", "surrogates"]

  /// Nouns for an actor's supporters: "Y, X's main backer" (Y backs X).
  static let patronNouns: WordSet = ["backer", "backers", "patron", "patrons", "protector", "sponsor", "sponsors", "supplier", "suppliers"]

  /// Nouns for an actor's allies: "Y, X's closest ally" says nothing of who backs whom.
  static let allyNouns: WordSet = ["ally", "allies", "partner", "partners"]
  /// Agreements, which a pair signs and others broker ("the deal, brokered by Turkey").
  static let dealNouns: WordSet = [
    "deal", "agreement", "accord", "pact", "memorandum", "treaty", "truce", "ceasefire", "arrangement",
    "deals", "agreements", "accords", "pacts", "treaties", "truces", "ceasefires",
  ]
  /// Nouns for a rival ("its regional rival Iran").
  static let rivalNouns: WordSet = ["rival", "rivals", "foe", "foes", "enemy", "enemies", "adversary", "adversaries", "nemesis"]

  /// Nouns for a state's government ("Yemen's government", "the authorities in Damascus").
  static let governmentNouns: WordSet = ["government", "administration", "authorities", "regime", "cabinet", "leadership", "rulers"]
  /// Verbs of backing someone ("backs the SDF", "helped Assad").
  static let backingVerbs: WordSet = [
    "backs", "backed", "back", "supports", "supported", "support", "helps", "helped", "help", "assists", "assisted", "aids", "aided",
    "arms", "armed", "joins", "joined",
  ]
  /// Verbs that refuse or halt the act named right after them ("opposed restoring relations",
  /// "suspended military contacts").
  static let refusalVerbs: WordSet = [
    "opposed", "opposes", "oppose", "opposing", "rejected", "rejects", "reject", "refused", "refuses", "refuse", "resisted",
    "resists", "avoided", "avoids", "ruled", "against", "halted", "stopped", "ended", "suspended", "declined", "declines",
  ]

  /// Auxiliaries and verbs of saying that, right after a name, make it a clause's subject.
  static let finiteVerbs: WordSet = [
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "must", "should",
    "did", "does", "do", "said", "says",
  ]
}
