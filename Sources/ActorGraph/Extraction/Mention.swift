/// A stretch of a sentence that names an actor, or several ("the two countries").
struct Mention: Sendable {
  enum Kind: Sendable {
    /// The actor's name or an alias.
    case name
    /// A capital or seat standing for a government.
    case seat
    /// A demonym with a force or government noun ("Turkish troops").
    case forces
    /// A role ("the Syrian president"), resolved to a person or to the state.
    case role
    /// A pronoun or a phrase like "the two countries", resolved from context.
    case reference
  }

  /// The actors named; more than one only for references to a pair.
  var actors: [ActorID]
  /// Token indices in the sentence (end exclusive).
  var range: Range<Int>
  var kind: Kind
  /// Relations the mention asserts by itself: "Syrian intelligence chief Ali Mamlouk" says
  /// Mamlouk leads the Syrian bureau.
  var inner: [InnerRelation] = []

  var actor: ActorID { actors[0] }
}

/// A relation asserted inside a mention or by its immediate surroundings.
struct InnerRelation: Sendable, Hashable {
  var source: ActorID
  var relation: RelationKind
  var subtype: String
  var cameo: String?
  var target: ActorID
}
