/// A stable identifier for an actor: a lowercase slug of its canonical name ("syrian-rebels").
public struct ActorID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  public let rawValue: String

  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The slug of a display name: letters and digits folded to ASCII lowercase, runs of anything
  /// else become one hyphen.
  public init(slugOf name: String) {
    var slug = ""
    var pendingHyphen = false
    let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    for scalar in folded.unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if pendingHyphen && !slug.isEmpty { slug.append("-") }
        pendingHyphen = false
        slug.unicodeScalars.append(scalar)
      } else if scalar != "'" && scalar != "’" {
        pendingHyphen = true
      }
    }
    self.rawValue = slug.isEmpty ? "actor" : slug
  }

  public init(from decoder: Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }
  public static func < (lhs: ActorID, rhs: ActorID) -> Bool { lhs.rawValue < rhs.rawValue }
}
