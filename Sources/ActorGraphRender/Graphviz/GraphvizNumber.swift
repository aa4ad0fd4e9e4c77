import Foundation

/// Numbers as Graphviz 2.4x writes coordinates into SVG (`gvprintdouble`): rounded to two
/// decimals, trailing zeros and a bare point dropped, magnitudes below 1e-8 written as 0; but
/// without `snprintf`, which is a quarter of the time Graphviz spends drawing a snapshot.
enum GraphvizNumber {
  /// Appends `value`'s digits to `bytes`, exactly as `gvprintdouble` would print them.
  static func append(_ value: Double, to bytes: inout [UInt8]) {
    let value = value > -1e-8 && value < 1e-8 ? 0 : value
    let hundredths = value * 100
    // Fast path where rounding the product gives what rounding the exact value in decimal
    // gives: the product is off by at most half a unit in its last place (under 1e-7 below
    // 1e9), so only fractions within that of one half could round the other way.
    guard hundredths.magnitude < 1e9, (hundredths - hundredths.rounded(.down) - 0.5).magnitude > 1e-6 else {
      appendPrinted(value, to: &bytes)
      return
    }
    var units = Int(hundredths.rounded())
    if value < 0 {
      bytes.append(UInt8(ascii: "-"))
      units = -units
    }
    appendDigits(units / 100, to: &bytes)
    let fraction = units % 100
    guard fraction != 0 else { return }
    bytes.append(UInt8(ascii: "."))
    bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
    if fraction % 10 != 0 { bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10)) }
  }

  private static func appendDigits(_ number: Int, to bytes: inout [UInt8]) {
    if number >= 10 { appendDigits(number / 10, to: &bytes) }
    bytes.append(UInt8(ascii: "0") + UInt8(number % 10))
  }

  /// The slow path, as Graphviz does it: `%.02f` into 50 bytes, then trailing zeros and the
  /// point trimmed.
  static func appendPrinted(_ value: Double, to bytes: inout [UInt8]) {
    var printed = cPrinted(value, format: "%.02f")
    if printed.contains(UInt8(ascii: ".")) {
      while printed.last == UInt8(ascii: "0") { printed.removeLast() }
      if printed.last == UInt8(ascii: ".") { printed.removeLast() }
    }
    bytes.append(contentsOf: printed)
  }

  /// `value` printed by C's `snprintf` with `format` into 50 bytes, as Graphviz prints it.
  static func cPrinted(_ value: Double, format: String) -> [UInt8] {
    withUnsafeTemporaryAllocation(of: CChar.self, capacity: 50) { buffer -> [UInt8] in
      _ = withVaList([value]) { vsnprintf(buffer.baseAddress, 50, format, $0) }
      return Array(UnsafeRawBufferPointer(start: buffer.baseAddress, count: strlen(buffer.baseAddress!)))
    }
  }
}
