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
    self.init(Self.slug(of: name))
  }

  /// `init(slugOf:)`'s slug. An ASCII name (nearly every name an article adds) is read as
  /// bytes: Foundation's folding costs some 20k instructions a name, and does nothing to ASCII
  /// but lowercase it.
  static func slug(of name: String) -> String {
    var slug: [UInt8] = []
    slug.reserveCapacity(name.utf8.count)
    var pendingHyphen = false
    for byte in name.utf8 {
      guard byte < 0x80 else { return foldedSlug(of: name) }
      let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
        if pendingHyphen && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
        pendingHyphen = false
        slug.append(lower)
      } else if byte != UInt8(ascii: "'") {
        pendingHyphen = true
      }
    }
    return slug.isEmpty ? "actor" : String(decoding: slug, as: UTF8.self)
  }

  /// The slug of any name, diacritics folded away ("Öcalan" is "ocalan").
  static func foldedSlug(of name: String) -> String {
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
    return slug.isEmpty ? "actor" : slug
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
