/// Splits the content lines of an article into sentences with scalar offsets.
///
/// A sentence ends at `.`, `!` or `?` (after any closing quotes or brackets) followed by space
/// and a capital, digit or opening quote, unless the word before the stop is an abbreviation
/// ("Gen.", "Jan.", "U.S.") or an initial ("J."). A line break always ends a sentence.
enum SentenceSplitter {
  static let abbreviations: WordSet = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "st",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc",
    "inc", "ltd", "co", "corp", "jr", "sr", "u.s", "u.n", "u.k", "e.g", "i.e", "approx", "est", "fig", "pres",
    "min", "dept", "univ", "mt", "ft",
  ]

  static func sentences(of scalars: [Unicode.Scalar], lines: [BoilerplateFilter.Line]) -> [Range<Int>] {
    // Read through a pointer: every scalar of the content is looked at.
    scalars.withUnsafeBufferPointer { sentences(of: $0, lines: lines) }
  }

  private static func sentences(of scalars: UnsafeBufferPointer<Unicode.Scalar>, lines: [BoilerplateFilter.Line]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for line in lines {
      var start = line.range.lowerBound
      let end = line.range.upperBound
      var i = start
      while i < end {
        let c = scalars[i]
        // (Letters, most of the text, are past "?" and fail the first test.)
        if c.value <= 0x3F, c == "." || c == "!" || c == "?" {
          var j = i + 1
          while j < end, scalars[j] == "." || scalars[j] == "\"" || scalars[j] == "'" || scalars[j] == ")" || scalars[j] == "]" { j += 1 }
          guard j < end, scalars[j].isWhitespaceScalar else { i = j; continue }
          var k = j
          while k < end, scalars[k].isWhitespaceScalar { k += 1 }
          guard k < end else { break }
          let next = scalars[k]
          let startsSentence = next.isUppercaseScalar || next.isDigitScalar || next == "\"" || next == "'" || next == "("
          if startsSentence && !(c == "." && isAbbreviation(before: i, in: scalars, lineStart: start)) {
            appendTrimmed(start..<j, scalars, to: &result)
            start = k
          }
          i = k
          continue
        }
        i += 1
      }
      appendTrimmed(start..<end, scalars, to: &result)
    }
    return result
  }

  private static func isAbbreviation(before dot: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>, lineStart: Int) -> Bool {
    var k = dot
    while k > lineStart, !scalars[k - 1].isWhitespaceScalar, scalars[k - 1] != "(" { k -= 1 }
    let word = String(scalars: UnsafeBufferPointer(rebasing: scalars[k..<dot]))
    let lower = word.lowercased()
    if word.count == 1, word.unicodeScalars.first!.isUppercaseScalar { return true }  // an initial
    return abbreviations.contains(lower)
  }

  private static func appendTrimmed(_ range: Range<Int>, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, to result: inout [Range<Int>]) {
    var a = range.lowerBound
    var b = range.upperBound
    while a < b, scalars[a].isWhitespaceScalar { a += 1 }
    while b > a, scalars[b - 1].isWhitespaceScalar { b -= 1 }
    if a < b { result.append(a..<b) }
  }
}

extension Unicode.Scalar {
  fileprivate var isWhitespaceScalar: Bool { ScalarClass.isWhitespace(self) }
  fileprivate var isUppercaseScalar: Bool { ScalarClass.isUppercase(self) }
  fileprivate var isDigitScalar: Bool { ScalarClass.isDigit(self) }
}
