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
  /// Whether the UTF-8 bytes of `needle` occur in this string (a plain byte search, much
  /// cheaper than Foundation's locale-aware `contains` for the short lines it is used on).
  func containsBytes(_ needle: String) -> Bool {
    var haystack = self
    var pin = needle
    return haystack.withUTF8 { hay in
      pin.withUTF8 { pin in
        guard !pin.isEmpty else { return true }
        guard hay.count >= pin.count else { return false }
        let first = pin[0]
        for i in 0...(hay.count - pin.count) where hay[i] == first {
          var k = 1
          while k < pin.count && hay[i + k] == pin[k] { k += 1 }
          if k == pin.count { return true }
        }
        return false
      }
    }
  }
}

extension String {
  /// Whether the UTF-8 bytes begin with those of `prefix` (no Unicode equivalence: for the
  /// ASCII cue phrases of the boilerplate filter, many times cheaper than `hasPrefix`).
  func hasBytePrefix(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

  /// Whether the UTF-8 bytes end with those of `suffix`.
  func hasByteSuffix(_ suffix: String) -> Bool { utf8.count >= suffix.utf8.count && utf8.reversed().starts(with: suffix.utf8.reversed()) }
}

extension String {
  /// A string of the scalars of a slice, written straight to UTF-8 (building one through
  /// `unicodeScalars.append` is many times slower).
  init(scalars: ArraySlice<Unicode.Scalar>) {
    var utf8Count = 0
    for s in scalars { utf8Count += UTF8.width(s) }
    self.init(unsafeUninitializedCapacity: utf8Count) { buffer in
      var i = 0
      for s in scalars {
        let v = s.value
        if v < 0x80 {
          buffer[i] = UInt8(v)
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
}
