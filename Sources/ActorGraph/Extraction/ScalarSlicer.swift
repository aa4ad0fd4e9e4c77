/// Cuts stretches of a text out by Unicode scalar offsets (the offsets sentences carry), as
/// the text is written.
///
/// The text's UTF-8 is walked from the last cut on, so cutting an article's sentences in
/// order reads it once, and each cut is one copy of its bytes: no scalar array is kept for
/// the purpose and nothing is encoded or validated again.
struct ScalarSlicer {
  private var text: String
  /// The scalar offset and UTF-8 offset of the walk's position.
  private var scalar = 0
  private var byte = 0

  init(_ text: String) { self.text = text }

  /// The text of scalars `range`, which must lie within the text.
  mutating func text(of range: Range<Int>) -> String {
    let start = utf8Offset(ofScalar: range.lowerBound)
    let end = utf8Offset(ofScalar: range.upperBound)
    let utf8 = text.utf8
    return String(text.unicodeScalars[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
  }

  /// The UTF-8 offset at which scalar `target` starts (the text's length past the last one).
  private mutating func utf8Offset(ofScalar target: Int) -> Int {
    if target < scalar { (scalar, byte) = (0, 0) }
    let (from, at) = (scalar, byte)
    (scalar, byte) = text.withUTF8 { bytes in
      var (scalar, byte) = (from, at)
      while scalar < target, byte < bytes.count {
        // Eight ASCII bytes at once are eight scalars (most text is ASCII).
        if target - scalar >= 8, bytes.count - byte >= 8,
          UnsafeRawPointer(bytes.baseAddress! + byte).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          scalar += 8
          byte += 8
          continue
        }
        // Otherwise one scalar: its lead byte and continuation bytes (10xxxxxx).
        byte += 1
        while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
        scalar += 1
      }
      return (scalar, byte)
    }
    return byte
  }
}
