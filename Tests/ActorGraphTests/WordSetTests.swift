import Testing

@testable import ActorGraph

struct WordSetTests {
  @Test func holdsExactlyItsWords() {
    let words: WordSet = ["mediated", "brokered", "sana'a", "türkiye", "", "brokered"]
    for word in ["mediated", "brokered", "sana'a", "türkiye", ""] { #expect(words.contains(word)) }
    // Near misses: a prefix, a longer word, another case, another spelling of a letter.
    for word in ["mediate", "mediatedd", "Mediated", "turkiye", "brokered "] { #expect(!words.contains(word)) }
    // Another spelling of the same letters is the same word, as for `Set`.
    #expect(words.contains("tu\u{0308}rkiye"))
    // Each word once, in the order given.
    #expect(Array(words) == ["mediated", "brokered", "sana'a", "türkiye", ""])
  }

  @Test func findsEveryWordOfALargeSet() {
    // Thousands of words fill the open-addressing table's probe chains.
    let many = (0..<5000).map { "word\($0)" }
    let words = WordSet(many)
    #expect(many.allSatisfy(words.contains))
    #expect(!(5000..<6000).contains { words.contains("word\($0)") })
  }

  @Test func wordsOfEveryLengthAreFound() {
    // Lengths past 63 bytes share one bit of the length filter.
    let long = String(repeating: "a", count: 70)
    let words = WordSet(["a", long])
    #expect(words.contains("a") && words.contains(long))
    #expect(!words.contains(String(repeating: "a", count: 65)) && !words.contains("aa"))
  }

  @Test func unionAndSubtractionGiveNewSets() {
    let verbs: WordSet = ["met", "hosted"]
    #expect(Array(verbs.union(["hosted", "visited"])) == ["met", "hosted", "visited"])
    let fewer = verbs.subtracting(["met"])
    #expect(!fewer.contains("met") && fewer.contains("hosted"))
  }

  @Test func spellingIndexNumbersStringsInOrder() {
    let index = SpellingIndex(["the", "of", "al-"])
    #expect(index.number(of: "the") == 0)
    #expect(index.number(of: "al-") == 2)
    #expect(index.number(of: "al") == SpellingIndex.absent)
  }
}
