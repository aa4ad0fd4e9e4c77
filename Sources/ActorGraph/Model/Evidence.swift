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
