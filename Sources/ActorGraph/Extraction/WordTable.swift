/// Every word the extractor's rules, patterns and lexicon know, numbered, with its word classes.
///
/// Tokens look their lowercased word up here once when they are read; after that, names and
/// patterns are matched by comparing integers and word classes are tested as bits. Words no
/// rule knows get `WordTable.unknown`. Immutable once built, so shared across threads.
final class WordTable: Sendable {
  /// The id of words the table does not hold.
  static let unknown: Int32 = -1

  private let ids: [String: Int32]
  private let classes: [WordClass]

  /// A table of the vocabulary's classes and of `words` (lowercased, as tokens read them).
  init(words: some Sequence<String>) {
    var ids: [String: Int32] = [:]
    var classes: [WordClass] = []
    func intern(_ word: String) -> Int32 {
      if let id = ids[word] { return id }
      let id = Int32(ids.count)
      ids[word] = id
      classes.append([])
      return id
    }
    for (wordClass, members) in WordClass.members {
      for word in members { classes[Int(intern(word))].insert(wordClass) }
    }
    for word in words { _ = intern(word) }
    self.ids = ids
    self.classes = classes
  }

  /// The id of a lowercased word, or `unknown`.
  @inline(__always) func id(of word: String) -> Int32 { ids[word] ?? Self.unknown }

  /// The classes of a word id (none for `unknown`).
  @inline(__always) func classes(of id: Int32) -> WordClass { id >= 0 ? classes[Int(id)] : [] }
}
