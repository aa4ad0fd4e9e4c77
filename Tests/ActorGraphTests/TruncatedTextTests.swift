import Foundation
import Testing

@testable import ActorGraph

/// Text cut off anywhere (feeds truncate, users paste fragments) must extract without trapping:
/// rules look at the words before and after a trigger, and a sentence may end or start right
/// there. Each of these once stopped the process.
@Suite struct TruncatedTextTests {
  func triples(_ text: String) -> Set<String> { ExtractorTests().triples(text) }

  @Test func fragmentsThatOnceTrappedExtract() {
    #expect(triples("Talks sponsored by the African Union broke down in April.").isEmpty)
    #expect(triples("Erdogan later travelled to Erbil, where he met Nechirvan Barzani, the president of the").contains("Nechirvan Barzani meets Recep Tayyip Erdogan"))
    #expect(triples("for coordinating the military alliance between Syria and Iran, was killed when missiles hit his home.").contains("Iran backs Syria"))
    #expect(triples("The United States said it had no doubt that").isEmpty)
  }

  /// Every sentence of the seeds with up to five words cut from its start or its end.
  @Test func everySeedSentenceCutAtEitherEndExtracts() throws {
    let seeds = SeedEvaluationTests.root.appendingPathComponent("seeds")
    let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }
    #expect(files.count == 5)
    var cut = 0
    for file in files {
      let text = try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8)
      for sentence in text.split(whereSeparator: { $0 == "\n" || $0 == "." }) {
        let words = sentence.split(separator: " ")
        for k in 0..<min(6, words.count) {
          _ = triples(words.dropFirst(k).joined(separator: " "))
          _ = triples(words.dropLast(k).joined(separator: " "))
          cut += 2
        }
      }
    }
    #expect(cut > 1000)
  }
}
