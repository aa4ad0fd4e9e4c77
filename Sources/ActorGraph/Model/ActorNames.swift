import Synchronization

/// The slugs of every `ActorID` made in this process, numbered in the order first seen.
///
/// An id is its number: copying one is copying four bytes, where a slug longer than fifteen
/// bytes lives on the heap and every copy of it took an atomic retain and release. Ids from the
/// shared lexicon were copied by every extraction thread at once, and those counts bounced
/// between the cores. Slugs are never forgotten; a process holds one copy of each distinct slug.
final class ActorNames: Sendable {
  /// The one numbering every id shares, so equal slugs get equal numbers everywhere.
  static let shared = ActorNames()

  private struct State {
    var slugs: [String] = []
    var numbers: [String: UInt32] = [:]
  }

  private let state = Mutex(State())

  /// The number of `slug`, given it now if it has none.
  func number(of slug: String) -> UInt32 {
    state.withLock { state in
      if let number = state.numbers[slug] { return number }
      let number = UInt32(state.slugs.count)
      state.slugs.append(slug)
      state.numbers[slug] = number
      return number
    }
  }

  /// The slug numbered `number`.
  func slug(_ number: UInt32) -> String {
    state.withLock { $0.slugs[Int(number)] }
  }
}
