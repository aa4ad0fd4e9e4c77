import Foundation
import Testing

@testable import ActorGraph

@Suite struct JSONLineWriterTests {
  /// What Foundation's encoder writes for the same values, for comparison.
  struct Sample: Encodable {
    var text: String
    var number: Double
    var whole: Double
    var count: Int
    var flag: Bool
    var list: [String]
  }

  let awkward = "quote \" backslash \\ slash / tab \t newline \n return \r bell \u{07} nul \u{00} é 😀 \u{2028} end"

  @Test func writesWhatJSONEncoderWrites() throws {
    let sample = Sample(text: awkward, number: 0.85, whole: 1, count: -42, flag: true, list: ["a", "", awkward])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let expected = String(decoding: try encoder.encode(sample), as: UTF8.self)
    var out = JSONLineWriter()
    out.beginObject()
    out.key("count")
    out.value(sample.count)
    out.key("flag")
    out.value(sample.flag)
    out.key("list")
    out.beginArray()
    for item in sample.list { out.value(item) }
    out.endArray()
    out.key("number")
    out.value(sample.number)
    out.field("text", sample.text)
    out.key("whole")
    out.value(sample.whole)
    out.field("absent", nil)
    out.endObject()
    #expect(out.text == expected)
  }

  @Test func anExtractionLineReadsBackAsTheSameExtraction() throws {
    let article = Article(
      id: "a/1", metadata: ArticleMetadata(title: "T \"x\"", outlet: nil, url: "https://example.org/a", date: Day("2021-05-01"), dateSource: .frontMatter),
      text: "Qatar funded Hamas.")
    let evidence = Evidence(article: "a/1", date: Day("2021-05-01"), sentence: awkward, start: 3, end: 40, confidence: 0.63, hedged: true)
    let extraction = Extraction(
      article: article,
      actors: [NewsActor(id: "qatar", name: "Qatar", type: .state, aliases: ["State of Qatar"]), NewsActor(id: "hamas", name: "Hamas", type: .armedGroup)],
      assertions: [Assertion(source: "qatar", relation: .backs, subtype: "funds", cameo: nil, target: "hamas", evidence: evidence)])
    let line = JSONLines.line(for: extraction)
    #expect(!line.contains("\n"))
    guard case .extraction(let read) = try JSONLines.parse(line, line: 1, source: "test") else {
      Issue.record("not read back as an extraction: \(line)")
      return
    }
    #expect(read.article.id == "a/1")
    #expect(read.article.metadata.title == "T \"x\"")
    #expect(read.article.metadata.outlet == nil)
    #expect(read.actors.map(\.id) == ["qatar", "hamas"])
    #expect(read.actors.first?.aliases == ["State of Qatar"])
    #expect(read.assertions.count == 1)
    let a = try #require(read.assertions.first)
    #expect(a.source == "qatar" && a.target == "hamas" && a.relation == .backs && a.subtype == "funds" && a.cameo == nil)
    #expect(a.evidence.sentence == awkward && a.evidence.start == 3 && a.evidence.end == 40)
    #expect(a.evidence.confidence == 0.63 && a.evidence.hedged)
  }
}
