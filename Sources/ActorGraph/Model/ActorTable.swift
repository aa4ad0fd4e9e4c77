/// Numbers a fixed set of actor ids, probed by the ids' own fingerprints.
///
/// Swift's `Dictionary` runs every key through a seeded `Hasher`, which costs more than the rest
/// of a lookup; an `ActorID` is a number with a well-mixed hash of its own. Extraction asks the
/// lexicon for actors' types many times per sentence, through this.
struct ActorTable: Sendable {
  private var keys: [ActorID?]
  private var numbers: [Int]
  private let mask: Int

  /// A table numbering `ids` in order: the first is 0.
  init(_ ids: [ActorID]) {
    var capacity = 8
    while capacity < ids.count * 2 { capacity *= 2 }
    keys = Array(repeating: nil, count: capacity)
    numbers = Array(repeating: -1, count: capacity)
    mask = capacity - 1
    for (number, id) in ids.enumerated() {
      var slot = Int(truncatingIfNeeded: id.fingerprint) & mask
      while numbers[slot] >= 0 { slot = (slot + 1) & mask }
      (keys[slot], numbers[slot]) = (id, number)
    }
  }

  /// The number of `id`, if the table has it.
  func number(of id: ActorID) -> Int? {
    var slot = Int(truncatingIfNeeded: id.fingerprint) & mask
    while numbers[slot] >= 0 {
      if keys[slot] == id { return numbers[slot] }
      slot = (slot + 1) & mask
    }
    return nil
  }
}
