import Testing

@testable import ActorGraph

@Suite struct PatternProgramTests {
  // Word ids for the test: 1 "backed", 2 "by", 3 "support", 4 "for", 5 "strong".
  let group = PatternProgram.groupID
  let end = PatternProgram.clauseEndID

  func match(_ positions: [[[Int32]]?], gapTakesActors: Bool = false, _ ids: [Int32], at p: Int) -> Int? {
    let program = PatternProgram([[[[9]]], positions], gapTakesActors: [false, gapTakesActors])
    return ids.withUnsafeBufferPointer { program.match(1, $0, at: p) }
  }

  @Test func aMatchEndsAtItsLastWord() {
    #expect(match([[[1]], [[2]]], [group, 1, 2, group], at: 1) == 2)
    #expect(match([[[1]], [[2]]], [group, 1, 4, group], at: 1) == nil)
    // Past the end of the clause's words.
    #expect(match([[[1]], [[2]]], [group, 1], at: 1) == nil)
  }

  @Test func aPositionTakesAnyOfItsChoicesAndAnEmptyOneMakesItOptional() {
    let positions: [[[Int32]]?] = [[[5], []], [[3]], [[4]]]
    #expect(match(positions, [5, 3, 4], at: 0) == 2)
    #expect(match(positions, [3, 4], at: 0) == 1)
    #expect(match([[[3, 4], [3]]], [3, 4], at: 0) == 1)
  }

  @Test func aGapSpansUpToEightWordsButNoActorOrClauseEnd() {
    let positions: [[[Int32]]?] = [[[3]], nil, [[4]]]
    #expect(match(positions, [3, 0, 0, 0, 4], at: 0) == 4)
    #expect(match(positions, [3] + Array(repeating: 0, count: 8) + [4], at: 0) == 9)
    #expect(match(positions, [3] + Array(repeating: 0, count: 9) + [4], at: 0) == nil)
    #expect(match(positions, [3, 0, end, 4], at: 0) == nil)
    #expect(match(positions, [3, group, 4], at: 0) == nil)
    #expect(match(positions, gapTakesActors: true, [3, group, 0, 4], at: 0) == 3)
  }

  @Test func aGapEndsAtTheFirstPlaceTheRestMatches() {
    let positions: [[[Int32]]?] = [[[3]], nil, [[4], [2]], [[5]]]
    #expect(match(positions, [3, 0, 4, 0, 2, 5], at: 0) == 5)
    #expect(match(positions, [3, 2, 5, 4, 5], at: 0) == 2)
  }
}
