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

  /// The normalised scalars of a text, index for index with the text's own, read in one pass.
  public static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { bytes in
      // A text has at most as many scalars as UTF-8 bytes; the array is written in place.
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { normal, count in
        var i = 0
        while i < bytes.count {
          let (scalar, length) = decodeScalar(bytes, at: i)
          normal.initializeElement(at: count, to: length == 1 ? scalar : normalize(scalar))
          count += 1
          i += length
        }
      }
    }
  }

  /// The scalar whose UTF-8 encoding starts at `i` of valid UTF-8, and the encoding's length.
  @inline(__always) private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
    let lead = UInt32(bytes[i])
    if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = lead & (0x7F >> length)
    for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
    // A String holds valid UTF-8, so the value is a scalar.
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }
}
