#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every word the extractor's rules, patterns and lexicon know, numbered, with its word classes.
///
/// Tokens look their lowercased word up here once when they are read; after that, names and
/// patterns are matched by comparing integers and word classes are tested as bits. Words no
/// rule knows get `WordTable.unknown`. Immutable once built, so shared across threads.
///
/// The lookup is an open-addressing table over the words' UTF-8 bytes with an `FNV1a` hash:
/// every token of every article passes through it, and a `Dictionary<String, Int32>` spends
/// several times as long hashing with SipHash as this spends on the whole lookup.
final class WordTable: Sendable {
  /// The id of words the table does not hold.
  static let unknown: Int32 = -1

  /// The words' UTF-8 bytes, one after another; word `id` is `bytes[starts[id]..<starts[id + 1]]`.
  private let bytes: [UInt8]
  private let starts: [Int]
  /// Word ids by hash, `unknown` where empty; the count is a power of two.
  private let slots: [Int32]
  private let classes: [WordClass]
  /// The words by id, so a token of a known word takes its lowercase form from here instead
  /// of building the same string again.
  private let spellings: [String]

  /// A table of the pinned `Word`s, the vocabulary's classes and `words` (lowercased, as
  /// tokens read them).
  init(words: some Sequence<String>) {
    var ids: [String: Int32] = [:]
    var order: [String] = []
    var classes: [WordClass] = []
    func intern(_ word: String) -> Int32 {
      if let id = ids[word] { return id }
      let id = Int32(order.count)
      ids[word] = id
      order.append(word)
      classes.append([])
      return id
    }
    // The pinned words take ids 0, 1, 2, ... in order, as `Word`'s raw values say.
    for word in Word.allCases { _ = intern(word.spelling) }
    for (wordClass, members) in WordClass.members {
      for word in members { classes[Int(intern(word))].insert(wordClass) }
    }
    for word in words { _ = intern(word) }
    var bytes: [UInt8] = []
    var starts = [0]
    for word in order {
      bytes += word.utf8
      starts.append(bytes.count)
    }
    var capacity = 16
    while capacity < order.count * 2 { capacity *= 2 }
    var slots = [Int32](repeating: Self.unknown, count: capacity)
    for (id, word) in order.enumerated() {
      var i = Self.hash(word.utf8) & (capacity - 1)
      while slots[i] != Self.unknown { i = (i + 1) & (capacity - 1) }
      slots[i] = Int32(id)
    }
    self.bytes = bytes
    self.starts = starts
    self.slots = slots
    self.classes = classes
    spellings = order
  }

  /// The id of a lowercased word, or `unknown`.
  func id(of word: String) -> Int32 {
    var word = word
    return word.withUTF8 { id(ofUTF8: $0) }
  }

  /// The id of the lowercased word whose UTF-8 bytes are `word`, or `unknown`.
  func id(ofUTF8 word: UnsafeBufferPointer<UInt8>) -> Int32 {
    let mask = slots.count - 1
    var i = Self.hash(word) & mask
    return slots.withUnsafeBufferPointer { slots in
      bytes.withUnsafeBufferPointer { bytes in
        while true {
          let id = slots[i]
          if id == Self.unknown { return id }
          let start = starts[Int(id)]
          if starts[Int(id) + 1] - start == word.count, word.isEmpty || memcmp(bytes.baseAddress! + start, word.baseAddress!, word.count) == 0 { return id }
          i = (i + 1) & mask
        }
      }
    }
  }

  /// The lowercased word of an id the table holds.
  @inline(__always) func spelling(of id: Int32) -> String { spellings[Int(id)] }

  /// The number of words; ids run from 0 to `count - 1`.
  var count: Int { classes.count }

  /// The classes of a word id (none for `unknown`).
  @inline(__always) func classes(of id: Int32) -> WordClass { id >= 0 ? classes[Int(id)] : [] }

  /// FNV-1a with its high bits folded in, as the table's slot index takes the low ones.
  @inline(__always) private static func hash(_ word: some Collection<UInt8>) -> Int {
    var hash = FNV1a()
    hash.combine(word)
    return Int(truncatingIfNeeded: hash.value ^ (hash.value >> 29))
  }
}
