/// The relation patterns' positions as flat tables of word ids, matched against a clause's word
/// ids through pointers. The matcher tries patterns at every trigger word of every clause, and
/// walking the patterns as nested arrays retained and released each array it stepped into.
struct PatternProgram: Sendable {
  /// The id an actor has among a clause's word ids.
  static let groupID: Int32 = -2
  /// The id of ".", ";" and ":" among a clause's word ids.
  static let clauseEndID: Int32 = -3

  /// A position of a pattern: the choices `choices[choiceStart ..< choiceStart + choiceCount]`,
  /// or a gap (`choiceCount < 0`).
  private struct Slot {
    var choiceStart: Int32
    var choiceCount: Int32
    /// Bit `id & 63` is set for the first word `id` of each choice: a word whose bit is clear
    /// starts none of them, and the position's choices (up to dozens) are not read.
    var firstWords: UInt64 = 0
    /// Whether a choice is empty (the position is optional), matching before any word.
    var hasEmptyChoice = false

    /// Whether a match of this position may start at word `id`: a gap or an optional position
    /// may start anywhere, a position of words only where a choice's first word may stand.
    func mayStart(at id: Int32) -> Bool { choiceCount < 0 || hasEmptyChoice || firstWords & PatternProgram.bit(id) != 0 }
  }

  /// A choice of a position: the words `words[wordStart ..< wordStart + wordCount]` (none for
  /// an optional position), the first of them also kept here.
  private struct Choice {
    var wordStart: Int32
    var wordCount: Int32
    var first: Int32
  }

  /// The bit of word `id` in a slot's `firstWords`.
  @inline(__always) private static func bit(_ id: Int32) -> UInt64 { 1 << (UInt64(UInt32(bitPattern: id)) & 63) }

  private var slots: [Slot] = []
  private var choices: [Choice] = []
  private var words: [Int32] = []
  /// Per pattern: its positions in `slots`, and whether its gaps may hold actors.
  private var patterns: [(slots: Range<Int>, gapTakesActors: Bool)] = []

  /// The program of patterns whose positions are `compiled` (per position, the choices of word
  /// ids, `nil` for a gap).
  init(_ compiled: [[[[Int32]]?]], gapTakesActors: [Bool]) {
    for (pattern, positions) in compiled.enumerated() {
      let first = slots.count
      for position in positions {
        guard let position else {
          slots.append(Slot(choiceStart: 0, choiceCount: -1))
          continue
        }
        var slot = Slot(choiceStart: Int32(choices.count), choiceCount: Int32(position.count))
        for choice in position {
          choices.append(Choice(wordStart: Int32(words.count), wordCount: Int32(choice.count), first: choice.first ?? PatternProgram.clauseEndID))
          words += choice
          if let first = choice.first { slot.firstWords |= Self.bit(first) } else { slot.hasEmptyChoice = true }
        }
        slots.append(slot)
      }
      patterns.append((first..<slots.count, gapTakesActors[pattern]))
    }
  }

  /// The index of the last item of a match of pattern `pattern` starting at item `p` of a
  /// clause whose word ids are `ids`, or nil.
  func match(_ pattern: Int, _ ids: UnsafeBufferPointer<Int32>, at p: Int) -> Int? {
    let (range, gapTakesActors) = patterns[pattern]
    return slots.withUnsafeBufferPointer { slots in
      choices.withUnsafeBufferPointer { choices in
        words.withUnsafeBufferPointer { words in
          Tables(slots: UnsafeBufferPointer(rebasing: slots[range]), choices: choices, words: words, gapTakesActors: gapTakesActors)
            .match(from: 0, ids, at: p)
        }
      }
    }
  }

  /// One pattern's positions with the tables they point into, for the length of a match.
  private struct Tables {
    var slots: UnsafeBufferPointer<Slot>
    var choices: UnsafeBufferPointer<Choice>
    var words: UnsafeBufferPointer<Int32>
    var gapTakesActors: Bool

    /// The index of the last item of a match of the positions from `s` on, starting at item
    /// `k`, or nil.
    func match(from s: Int, _ ids: UnsafeBufferPointer<Int32>, at k: Int) -> Int? {
      if s == slots.count { return k - 1 }
      let slot = slots[s]
      guard slot.choiceCount >= 0 else {
        // A gap: up to eight words, none of them a clause end, nor an actor unless the pattern
        // lets actors stand there ("bring Syria and Turkey closer").
        let span = gapTakesActors ? 7 : 8
        // The rest of the pattern is tried only where a word stands that the position after
        // the gap may start with.
        let next = s + 1 < slots.count ? slots[s + 1] : nil
        var j = k
        while j <= k + span, j < ids.count {
          if next?.mayStart(at: ids[j]) ?? true, let end = match(from: s + 1, ids, at: j) { return end }
          if (ids[j] == PatternProgram.groupID && !gapTakesActors) || ids[j] == PatternProgram.clauseEndID { return nil }
          j += 1
        }
        return nil
      }
      // The word here, or past the clause's end one no choice starts with.
      let word = k < ids.count ? ids[k] : PatternProgram.clauseEndID
      guard slot.mayStart(at: word) else { return nil }
      for c in Int(slot.choiceStart)..<Int(slot.choiceStart + slot.choiceCount) {
        let choice = choices[c]
        let count = Int(choice.wordCount)
        guard count == 0 || (choice.first == word && k + count <= ids.count) else { continue }
        let start = Int(choice.wordStart)
        var matched = true
        for offset in 1..<max(1, count) where ids[k + offset] != words[start + offset] {
          matched = false
          break
        }
        if matched, let end = match(from: s + 1, ids, at: k + count) { return end }
      }
      return nil
    }
  }
}
