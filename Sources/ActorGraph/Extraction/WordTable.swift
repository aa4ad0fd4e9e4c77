/// Every word the extractor's rules, patterns and lexicon know, numbered, with its word classes.
///
/// Tokens look their lowercased word up here once when they are read; after that, names and
/// patterns are matched by comparing integers and word classes are tested as bits. Words no
/// rule knows get `WordTable.unknown`. Immutable once built, so shared across threads.
///
/// The lookup is a `SpellingIndex`: every token of every article passes through it.
final class WordTable: Sendable {
  /// The id of words the table does not hold.
  static let unknown: Int32 = SpellingIndex.absent

  /// The words by their UTF-8 bytes; a word's number there is its id.
  private let index: SpellingIndex
  private let classes: [WordClass]
  /// The words by id, so a token of a known word takes its lowercase form from here instead
  /// of building the same string again.
  private let spellings: [String]
  /// The words by id with their first letter a capital ("Turkey", "The"), the form most
  /// capitalised tokens are written in.
  private let titleSpellings: [String]

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
    index = SpellingIndex(order)
    self.classes = classes
    spellings = order
    titleSpellings = order.map { $0.prefix(1).uppercased() + $0.dropFirst() }
  }

  /// The id of a lowercased word, or `unknown`.
  func id(of word: String) -> Int32 { index.number(of: word) }

  /// The id of the lowercased word whose UTF-8 bytes are `word`, or `unknown`.
  @inline(__always) func id(ofUTF8 word: UnsafeBufferPointer<UInt8>) -> Int32 { index.number(ofUTF8: word) }

  /// The lowercased word of an id the table holds.
  @inline(__always) func spelling(of id: Int32) -> String { spellings[Int(id)] }

  /// The word of an id the table holds with its first letter a capital.
  @inline(__always) func titleSpelling(of id: Int32) -> String { titleSpellings[Int(id)] }

  /// The number of words; ids run from 0 to `count - 1`.
  var count: Int { classes.count }

  /// The classes of a word id (none for `unknown`).
  @inline(__always) func classes(of id: Int32) -> WordClass { id >= 0 ? classes[Int(id)] : [] }
}
