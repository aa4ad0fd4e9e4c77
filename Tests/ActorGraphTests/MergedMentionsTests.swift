import Testing

@testable import ActorGraph

/// A merge pass's output: the input until the first change, then what the pass kept and made.
@Suite struct MergedMentionsTests {
  let input = (0..<4).map { k in Mention(actors: [ActorID("actor-\(k)")], range: (2 * k)..<(2 * k + 1), kind: .name) }

  func ranges(_ mentions: [Mention]) -> [Range<Int>] { mentions.map(\.range) }

  @Test func keepingEveryMentionGivesTheInput() {
    var merged = MergedMentions(input)
    #expect(merged.last == nil)
    for k in input.indices {
      merged.keep(k)
      #expect(merged.last?.range == input[k].range)
    }
    #expect(ranges(merged.mentions) == ranges(input))
  }

  @Test func changesKeepWhatCameBeforeAndAfter() {
    var merged = MergedMentions(input)
    merged.keep(0)
    merged.keep(1)
    // The third joins the second; a made mention replaces the fourth.
    var joined = input[1]
    joined.range = 2..<5
    merged.replaceLast(with: joined)
    merged.append(Mention(actors: [ActorID("made")], range: 6..<8, kind: .forces))
    #expect(ranges(merged.mentions) == [0..<1, 2..<5, 6..<8])
    #expect(merged.last?.actor == ActorID("made"))
  }

  @Test func keepingPastAMentionLeftOutCopiesTheRest() {
    var merged = MergedMentions(input)
    merged.keep(0)
    merged.keep(2)
    merged.keep(3)
    #expect(ranges(merged.mentions) == [0..<1, 4..<5, 6..<7])
  }
}
