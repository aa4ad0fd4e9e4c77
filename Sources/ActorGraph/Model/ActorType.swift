/// The kind of thing an actor is, as the vocabulary in DESIGN.md names it.
public enum ActorType: String, Codable, Sendable, CaseIterable, Comparable {
  case state
  case person
  case organization
  case armedGroup = "armed_group"
  case location

  public static func < (lhs: ActorType, rhs: ActorType) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
