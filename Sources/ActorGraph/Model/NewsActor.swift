/// An actor of the graph: a state, person, organization, armed group or location.
public struct NewsActor: Hashable, Codable, Sendable {
  public var id: ActorID
  public var name: String
  public var type: ActorType
  public var aliases: [String]
  /// True when the actor was found in text but is not in the lexicon.
  public var discovered: Bool

  public init(id: ActorID, name: String, type: ActorType, aliases: [String] = [], discovered: Bool = false) {
    self.id = id
    self.name = name
    self.type = type
    self.aliases = aliases
    self.discovered = discovered
  }
}
