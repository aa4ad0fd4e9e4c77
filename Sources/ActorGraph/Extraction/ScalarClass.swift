/// Fast character classes for the extractor's inner loops: ASCII answered directly, the rest
/// through Unicode properties.
enum ScalarClass {
  @inline(__always) static func isWord(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
    return s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
  }

  @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v >= 0x30 && v <= 0x39 }
    return s.properties.numericType != nil
  }

  @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
    return s.properties.isAlphabetic
  }

  @inline(__always) static func isUppercase(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v >= 0x41 && v <= 0x5A }
    return s.properties.isUppercase
  }

  @inline(__always) static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
    return s.properties.isWhitespace
  }
}

extension String {
  /// A string of the scalars in a buffer, written straight to UTF-8 (building one through
  /// `unicodeScalars.append` is many times slower).
  init(scalars: UnsafeBufferPointer<Unicode.Scalar>) {
    var utf8Count = 0
    for s in scalars { utf8Count += UTF8.width(s) }
    self.init(unsafeUninitializedCapacity: utf8Count) { ScalarClass.writeUTF8(of: scalars, to: $0) }
  }
}

extension ScalarClass {
  /// Writes the UTF-8 of `scalars` to `buffer`, which has room for it, ASCII capitals folded
  /// to lowercase if asked, and returns the number of bytes written.
  @inline(__always) static func writeUTF8(
    of scalars: UnsafeBufferPointer<Unicode.Scalar>, to buffer: UnsafeMutableBufferPointer<UInt8>, lowercasingASCII: Bool = false
  ) -> Int {
    var i = 0
    for s in scalars {
      let v = s.value
      if v < 0x80 {
        buffer[i] = lowercasingASCII && v >= 0x41 && v <= 0x5A ? UInt8(v + 0x20) : UInt8(v)
        i += 1
      } else {
        UTF8.encode(s) { unit in
          buffer[i] = unit
          i += 1
        }
      }
    }
    return i
  }
}
