/// A stable identifier for an actor: a lowercase slug of its canonical name ("syrian-rebels").
public struct ActorID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The id's number in `ActorNames.shared`: ids are compared and hashed by it.
  let number: UInt32

  /// The slug.
  public var rawValue: String { ActorNames.shared.slug(number) }

  /// A well-mixed hash of the id, for open-addressing tables (`ActorTable`).
  var fingerprint: UInt64 { UInt64(number) &* 0x9E37_79B9_7F4A_7C15 }

  public init(_ rawValue: String) {
    number = ActorNames.shared.number(of: rawValue)
  }

  public init(stringLiteral value: String) { self.init(value) }

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
    self.init(slug.isEmpty ? "actor" : slug)
  }

  public init(from decoder: Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }

  public static func == (lhs: ActorID, rhs: ActorID) -> Bool { lhs.number == rhs.number }
  public func hash(into hasher: inout Hasher) { hasher.combine(number) }

  /// The hash `Set` and `Dictionary` take, from the id's number mixed with the table's seed.
  ///
  /// Hashable's default runs a seeded SipHash over the number, which costs more than the
  /// rest of a lookup; extraction looks ids up in sets and dictionaries hundreds of times per
  /// article. The numbers are dense and not chosen by the input, so a multiplicative mix
  /// spreads them as well.
  public func _rawHashValue(seed: Int) -> Int {
    let mixed = (UInt64(number) ^ UInt64(truncatingIfNeeded: seed)) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: mixed ^ (mixed >> 32))
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }
  public static func < (lhs: ActorID, rhs: ActorID) -> Bool { lhs.number != rhs.number && lhs.rawValue < rhs.rawValue }
}
