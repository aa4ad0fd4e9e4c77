/// Folds typographic variants to plain forms one scalar for one scalar, so offsets in the
/// normalised text are offsets in the original: curly quotes and apostrophes to straight ones,
/// dashes to a hyphen, no-break and other spaces to a space.
public enum TextNormalizer {
  public static func normalize(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: return "'"
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return "\""
    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return "-"
    case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
    case 0x2026: return "."
    default: return scalar
    }
  }

  public static func normalize(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    out.append(contentsOf: text.unicodeScalars.map(normalize))
    return String(out)
  }

  /// The normalised scalars of a text, index for index.
  public static func scalars(of text: String) -> [Unicode.Scalar] {
    scalarsWithOriginal(of: text).normalized
  }

  /// The scalars of a text as written and normalised, index for index, read in one pass.
  static func scalarsWithOriginal(of text: String) -> (original: [Unicode.Scalar], normalized: [Unicode.Scalar]) {
    var original: [Unicode.Scalar] = []
    var normalized: [Unicode.Scalar] = []
    original.reserveCapacity(text.utf8.count)
    normalized.reserveCapacity(text.utf8.count)
    for s in text.unicodeScalars {
      original.append(s)
      normalized.append(s.value < 0x80 ? s : normalize(s))
    }
    return (original, normalized)
  }
}
