#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Distinct strings numbered in the order given, found again from their UTF-8 bytes.
///
/// An open-addressing table over the strings' bytes with an `FNV1a` hash: the extractor looks
/// up a word at every token and many times more in its rules, and a `Set<String>` or
/// `Dictionary<String, _>` spends several times as long hashing with SipHash as this spends
/// on the whole lookup. Not for keys an adversary chooses.
struct SpellingIndex: Sendable {
  /// The number a string the index does not hold gets.
  static let absent: Int32 = -1

  /// The strings' UTF-8 bytes, one after another; string `n` is `bytes[starts[n]..<starts[n + 1]]`.
  private let bytes: [UInt8]
  private let starts: [Int]
  /// String numbers by hash, `absent` where empty; the count is a power of two.
  private let slots: [Int32]

  /// An index of `strings`, which must be distinct; string `n` of them gets number `n`.
  init(_ strings: [String]) {
    var bytes: [UInt8] = []
    var starts = [0]
    for string in strings {
      bytes += string.utf8
      starts.append(bytes.count)
    }
    var capacity = 16
    while capacity < strings.count * 2 { capacity *= 2 }
    var slots = [Int32](repeating: Self.absent, count: capacity)
    for (number, string) in strings.enumerated() {
      var i = Self.hash(string.utf8) & (capacity - 1)
      while slots[i] != Self.absent { i = (i + 1) & (capacity - 1) }
      slots[i] = Int32(number)
    }
    self.bytes = bytes
    self.starts = starts
    self.slots = slots
  }

  /// The number of the string whose UTF-8 bytes are `utf8`, or `absent`.
  func number(ofUTF8 utf8: UnsafeBufferPointer<UInt8>) -> Int32 {
    let mask = slots.count - 1
    var i = Self.hash(utf8) & mask
    return slots.withUnsafeBufferPointer { slots in
      bytes.withUnsafeBufferPointer { bytes in
        while true {
          let number = slots[i]
          if number == Self.absent { return number }
          let start = starts[Int(number)]
          if starts[Int(number) + 1] - start == utf8.count, utf8.isEmpty || memcmp(bytes.baseAddress! + start, utf8.baseAddress!, utf8.count) == 0 {
            return number
          }
          i = (i + 1) & mask
        }
      }
    }
  }

  /// The number of `string`, or `absent`.
  func number(of string: String) -> Int32 {
    var string = string
    return string.withUTF8 { number(ofUTF8: $0) }
  }

  /// FNV-1a with its high bits folded in, as the table's slot index takes the low ones.
  @inline(__always) private static func hash(_ utf8: some Collection<UInt8>) -> Int {
    var hash = FNV1a()
    hash.combine(utf8)
    return Int(truncatingIfNeeded: hash.value ^ (hash.value >> 29))
  }
}

/// A fixed set of words (the vocabulary's word lists), asked whether it holds a token's word
/// at every turn of the rules: a `SpellingIndex` behind `Set`'s literal syntax.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
  /// The words, each once, in the order first given.
  private let words: [String]
  private let index: SpellingIndex
  /// Whether a word is written with letters beyond ASCII ("chargé"), which text may spell
  /// with a combining accent.
  private let hasNonASCII: Bool
  /// Bit `n` is set when a word is `n` bytes long (63 for any longer): most words asked about
  /// are not in the set, and most of those are told by their length alone.
  private let lengths: UInt64

  init(_ words: some Sequence<String>) {
    var seen: Set<String> = []
    self.words = words.filter { seen.insert($0).inserted }
    index = SpellingIndex(self.words)
    hasNonASCII = self.words.contains { $0.utf8.contains { $0 >= 0x80 } }
    lengths = self.words.reduce(0) { $0 | 1 << UInt64(Swift.min($1.utf8.count, 63)) }
  }

  init(arrayLiteral words: String...) { self.init(words) }

  /// Whether the set holds `word`, as `Set` would: a spelling canonically equivalent to one of
  /// its words ("charge" with a combining acute for "chargé") is that word.
  func contains(_ word: String) -> Bool {
    if lengths & 1 << UInt64(Swift.min(word.utf8.count, 63)) != 0, index.number(of: word) != SpellingIndex.absent { return true }
    return hasNonASCII && word.utf8.contains { $0 >= 0x80 } && words.contains(word)
  }

  func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }

  /// Whether the set holds no word.
  var isEmpty: Bool { words.isEmpty }

  /// These words and `others`.
  func union(_ others: some Sequence<String>) -> WordSet { WordSet(words + others) }

  /// These words but `others`.
  func subtracting(_ others: some Sequence<String>) -> WordSet {
    let others = Set(others)
    return WordSet(words.filter { !others.contains($0) })
  }
}
