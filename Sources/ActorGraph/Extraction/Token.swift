/// A word or punctuation mark of a sentence, with its place in the article text.
struct Token: Sendable, Hashable {
  /// The token as written, after quotes, dashes and spaces are normalised.
  var text: String
  /// `text` lowercased, for matching.
  var lower: String
  /// Offsets in Unicode scalars into the normalised article text (end exclusive).
  var start: Int
  var end: Int
  var isWord: Bool
  /// The id of `lower` in the extractor's `WordTable` (`WordTable.unknown` if it has none).
  var word: Int32 = WordTable.unknown
  /// The word classes of `lower`.
  var classes: WordClass = []

  /// Whether the word is of a class ("of" is a preposition).
  @inline(__always) func isA(_ wordClass: WordClass) -> Bool { classes.contains(wordClass) }

  /// Whether the token is a pinned word (for tokens read with a `WordTable`).
  @inline(__always) func `is`(_ pinned: Word) -> Bool { word == pinned.rawValue }

  /// Whether the token is ".", ";" or ":".
  var endsClause: Bool { Word.endsClause(word) }

  /// Whether the token is "his", "its", "their" or "her".
  var isPossessivePronoun: Bool { Word.isPossessivePronoun(word) }

  /// True when the first letter is uppercase.
  var isCapitalized: Bool

  init(text: String, lower: String, start: Int, end: Int, isWord: Bool, isCapitalized: Bool) {
    (self.text, self.lower, self.start, self.end, self.isWord, self.isCapitalized) = (text, lower, start, end, isWord, isCapitalized)
  }
}

/// Splits normalised text into tokens: words (letters and digits, with inner apostrophes and
/// dotted abbreviations such as "U.S." kept whole), the possessive "'s", and single punctuation
/// marks. Hyphens are tokens of their own, so "US-backed" is `US`, `-`, `backed`.
enum Tokenizer {
  /// The tokens of `scalars[range]`, with their ids and classes from `table` when one is given.
  static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>, table: WordTable? = nil) -> [Token] {
    // Read through a pointer: every scalar of a sentence is looked at once or twice.
    scalars.withUnsafeBufferPointer { tokens($0, in: range, table: table) }
  }

  private static func tokens(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, in range: Range<Int>, table: WordTable?) -> [Token] {
    // One scratch buffer serves every word of the sentence: a word's lowercase bytes, then
    // its bytes as written.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(2, 2 * range.count)) { scratch in
      tokens(scalars, in: range, table: table, scratch: scratch)
    }
  }

  private static func tokens(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, in range: Range<Int>, table: WordTable?, scratch: UnsafeMutableBufferPointer<UInt8>
  ) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity((range.count + 4) / 5)
    var i = range.lowerBound
    let end = range.upperBound
    func emit(_ a: Int, _ b: Int, word: Bool) {
      if let token = asciiToken(a, b, word: word) {
        tokens.append(token)
        return
      }
      let text = String(scalars: UnsafeBufferPointer(rebasing: scalars[a..<b]))
      var token = Token(text: text, lower: text.lowercased(), start: a, end: b, isWord: word, isCapitalized: ScalarClass.isUppercase(scalars[a]))
      if let table {
        token.word = table.id(of: token.lower)
        token.classes = table.classes(of: token.word)
      }
      tokens.append(token)
    }
    // Nearly every token is ASCII: its bytes are written once, lowercased in place and looked up
    // as they are. A word the table knows takes its strings from the table: its lowercase
    // form, and its capitalised one when only its first letter is a capital ("The", "Turkey").
    func asciiToken(_ a: Int, _ b: Int, word: Bool) -> Token? {
      let buffer = UnsafeMutableBufferPointer(rebasing: scratch[0..<(b - a)])
      var capitals = 0
      for k in a..<b {
        var v = scalars[k].value
        guard v < 0x80 else { return nil }
        if v >= 0x41 && v <= 0x5A {
          capitals += 1
          v |= 0x20
        }
        buffer[k - a] = UInt8(truncatingIfNeeded: v)
      }
      let first = scalars[a].value
      let isCapitalized = first >= 0x41 && first <= 0x5A
      let id = table?.id(ofUTF8: UnsafeBufferPointer(buffer)) ?? WordTable.unknown
      let lower = id == WordTable.unknown ? String(decoding: buffer, as: UTF8.self) : table!.spelling(of: id)
      let text: String
      if capitals == 0 {
        text = lower
      } else if capitals == 1, isCapitalized, id != WordTable.unknown {
        text = table!.titleSpelling(of: id)
      } else {
        let written = UnsafeMutableBufferPointer(rebasing: scratch[(b - a)..<(2 * (b - a))])
        for k in a..<b { written[k - a] = UInt8(truncatingIfNeeded: scalars[k].value) }
        text = String(decoding: written, as: UTF8.self)
      }
      var token = Token(text: text, lower: lower, start: a, end: b, isWord: word, isCapitalized: isCapitalized)
      if let table {
        token.word = id
        token.classes = table.classes(of: id)
      }
      return token
    }
    while i < end {
      let s = scalars[i]
      if ScalarClass.isWhitespace(s) { i += 1; continue }
      if ScalarClass.isWord(s) {
        var j = i + 1
        while j < end {
          let c = scalars[j]
          if ScalarClass.isWord(c) { j += 1; continue }
          // Inner apostrophe ("Sana'a"), but not the possessive "'s" at the end of a word.
          if c == "'", j + 1 < end, ScalarClass.isWord(scalars[j + 1]) {
            let possessive = (scalars[j + 1] == "s" || scalars[j + 1] == "S") && (j + 2 >= end || !ScalarClass.isWord(scalars[j + 2]))
            if possessive { break }
            j += 1
            continue
          }
          // Digits with separators ("3.7", "300,000").
          if (c == "." || c == ","), j + 1 < end, ScalarClass.isDigit(scalars[j - 1]), ScalarClass.isDigit(scalars[j + 1])
          {
            j += 1
            continue
          }
          break
        }
        // Dotted abbreviations: U.S., U.N., U.K. (single letters each followed by a period).
        if j - i == 1, j < end, scalars[j] == ".", j + 2 < end, ScalarClass.isLetter(scalars[j + 1]), scalars[j + 2] == "." {
          var k = j
          while k + 2 < end, scalars[k] == ".", ScalarClass.isLetter(scalars[k + 1]), scalars[k + 2] == "." { k += 2 }
          j = k + 1
        }
        emit(i, j, word: true)
        i = j
        continue
      }
      if s == "'", i + 1 < end, scalars[i + 1] == "s" || scalars[i + 1] == "S", i > range.lowerBound,
        ScalarClass.isWord(scalars[i - 1]), i + 2 >= end || !ScalarClass.isWord(scalars[i + 2])
      {
        emit(i, i + 2, word: false)
        i += 2
        continue
      }
      emit(i, i + 1, word: false)
      i += 1
    }
    return tokens
  }

  /// Lowercased tokens of a phrase, for building match tables.
  static func words(of phrase: String) -> [Token] {
    let scalars = Array(TextNormalizer.normalize(phrase).unicodeScalars)
    return tokens(scalars, in: 0..<scalars.count)
  }
}
