/// The sentence that asserts a relation, and where it stands.
public struct Evidence: Hashable, Codable, Sendable {
  public var article: String
  public var date: Day?
  public var sentence: String
  /// Offsets of the sentence in the article text, counted in Unicode scalars (code points, as
  /// Python indexes a `str`), end exclusive.
  public var start: Int
  public var end: Int
  public var confidence: Double
  /// True for a reported or attributed claim ("reportedly", "according to").
  public var hedged: Bool

  public init(article: String, date: Day?, sentence: String, start: Int, end: Int, confidence: Double, hedged: Bool = false) {
    self.article = article
    self.date = date
    self.sentence = sentence
    self.start = start
    self.end = end
    self.confidence = confidence
    self.hedged = hedged
  }
}

/// One relation asserted by one sentence: source, relation, target and the evidence.
public struct Assertion: Hashable, Sendable {
  public var source: ActorID
  public var relation: RelationKind
  /// The finer type, e.g. `attacks`, `funds`, `hosts_talks`.
  public var subtype: String
  /// CAMEO root code where one fits ("04" consult, "19" fight, ...).
  public var cameo: String?
  public var target: ActorID
  public var evidence: Evidence

  public init(source: ActorID, relation: RelationKind, subtype: String, cameo: String? = nil, target: ActorID, evidence: Evidence) {
    self.source = source
    self.relation = relation
    self.subtype = subtype
    self.cameo = cameo
    self.target = target
    self.evidence = evidence
  }
}

/// CAMEO's four quad classes, from an event's root code: verbal and material cooperation,
/// verbal and material conflict.
public enum QuadClass: Int, Codable, Sendable {
  case verbalCooperation = 1
  case materialCooperation = 2
  case verbalConflict = 3
  case materialConflict = 4

  /// The quad class of a CAMEO code ("19", "057"); nil for something else.
  public init?(cameo: String?) {
    guard let cameo, cameo.count >= 2, let root = Int(cameo.prefix(2)) else { return nil }
    switch root {
    case 1...5: self = .verbalCooperation
    case 6...8: self = .materialCooperation
    case 9...13: self = .verbalConflict
    case 14...20: self = .materialConflict
    default: return nil
    }
  }
}

/// What extraction makes of one article: the actors it names and the relations it asserts.
public struct Extraction: Sendable {
  public var article: Article
  public var actors: [NewsActor]
  public var assertions: [Assertion]

  public init(article: Article, actors: [NewsActor], assertions: [Assertion]) {
    self.article = article
    self.actors = actors
    self.assertions = assertions
  }
}
