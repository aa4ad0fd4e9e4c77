/// One of the six core relations every finer subtype maps onto.
public enum RelationKind: String, Codable, Sendable, CaseIterable, Comparable {
  case backs
  case opposes
  case mediates
  case meets
  case leads
  case partOf = "part_of"

  /// Whether the order of the two actors carries no meaning (`meets`).
  public var isSymmetric: Bool { self == .meets }

  /// The sign of the relation: cooperative, hostile or neutral.
  public var sign: RelationSign {
    switch self {
    case .backs, .leads, .partOf, .mediates: return .cooperative
    case .opposes: return .hostile
    case .meets: return .neutral
    }
  }

  public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

/// Whether a relation brings two actors together or sets them against each other.
public enum RelationSign: String, Codable, Sendable, CaseIterable {
  case cooperative
  case hostile
  case neutral
}
