/// Writes JSON on one line, value by value, into bytes: the hot path of `extract --jsonl`.
///
/// Foundation's `JSONEncoder` cost more than half as much as extracting the article did (it
/// boxes every value and sorts keys on each object). Callers write keys in sorted order
/// themselves. Strings are escaped as RFC 8259 requires (quotation mark, reverse solidus and
/// control characters) and otherwise written as UTF-8, slashes included, as the encoder with
/// `.withoutEscapingSlashes` wrote them.
struct JSONLineWriter {
  /// The JSON written so far, as UTF-8.
  private(set) var bytes: [UInt8] = []
  /// Whether the next value or key follows another in the same object or array.
  private var followsValue = false

  init(capacity: Int = 4096) {
    bytes.reserveCapacity(capacity)
  }

  /// The JSON written so far.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  mutating func beginObject() { open(UInt8(ascii: "{")) }
  mutating func endObject() { close(UInt8(ascii: "}")) }
  mutating func beginArray() { open(UInt8(ascii: "[")) }
  mutating func endArray() { close(UInt8(ascii: "]")) }

  /// An object's key; its value comes next.
  mutating func key(_ name: String) {
    separate()
    quoted(name)
    bytes.append(UInt8(ascii: ":"))
    followsValue = false
  }

  mutating func value(_ text: String) {
    separate()
    quoted(text)
    followsValue = true
  }

  mutating func value(_ number: Int) {
    separate()
    bytes.append(contentsOf: String(number).utf8)
    followsValue = true
  }

  /// A number as `JSONEncoder` writes it: whole numbers without a fraction ("1"), others in
  /// their shortest form that reads back the same ("0.85").
  mutating func value(_ number: Double) {
    separate()
    if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
      bytes.append(contentsOf: String(Int64(number)).utf8)
    } else {
      bytes.append(contentsOf: number.description.utf8)
    }
    followsValue = true
  }

  mutating func value(_ flag: Bool) {
    separate()
    bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    followsValue = true
  }

  /// A key and its value, or nothing for nil (as `JSONEncoder` leaves out nil optionals).
  mutating func field(_ name: String, _ text: String?) {
    guard let text else { return }
    key(name)
    value(text)
  }

  private mutating func open(_ bracket: UInt8) {
    separate()
    bytes.append(bracket)
    followsValue = false
  }

  private mutating func close(_ bracket: UInt8) {
    bytes.append(bracket)
    followsValue = true
  }

  private mutating func separate() {
    if followsValue { bytes.append(UInt8(ascii: ",")) }
  }

  /// `text` in quotation marks. Runs of bytes that need no escape are copied whole.
  private mutating func quoted(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      var run = 0
      for (offset, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<offset]))
        escape(byte)
        run = offset + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// The escape of a quotation mark, reverse solidus or control character.
  private mutating func escape(_ byte: UInt8) {
    bytes.append(UInt8(ascii: "\\"))
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
    case 0x0A: bytes.append(UInt8(ascii: "n"))
    case 0x0D: bytes.append(UInt8(ascii: "r"))
    case 0x09: bytes.append(UInt8(ascii: "t"))
    case 0x08: bytes.append(UInt8(ascii: "b"))
    case 0x0C: bytes.append(UInt8(ascii: "f"))
    default:
      let hex = Array("0123456789abcdef".utf8)
      bytes.append(contentsOf: "u00".utf8)
      bytes.append(hex[Int(byte >> 4)])
      bytes.append(hex[Int(byte & 0xF)])
    }
  }
}
