import Foundation
import Testing
import TestSupport

@testable import ActorGraph

@Suite struct ArticleReaderTests {
  let reader = ArticleReader()

  let files = TemporaryFiles()

  func temporaryFolder() throws -> URL { try files.folder("ag-reader") }

  @Test func frontMatterGivesMetadataAndOffsetsPointIntoTheFile() throws {
    let text = "---\ntitle: Talks\noutlet: Wire\ndate: 2021-03-04\nurl: https://example.org/a\n---\nBody text here.\n"
    let article = try reader.parse(data: Data(text.utf8), id: "a", path: "a.txt")
    #expect(article.metadata.title == "Talks")
    #expect(article.metadata.outlet == "Wire")
    #expect(article.metadata.date == Day("2021-03-04"))
    #expect(article.metadata.dateSource == .frontMatter)
    #expect(article.text == "Body text here.\n")
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[article.bodyOffset..<(article.bodyOffset + 4)])) == "Body")
  }

  @Test func frontMatterWithWindowsLineEndingsIsRead() throws {
    let text = "---\r\ntitle: Talks\r\ndate: 2021-03-04\r\n---\r\nBody é text.\r\nMore.\r\n"
    let article = try reader.parse(data: Data(text.utf8), id: "w", path: "w.txt")
    #expect(article.metadata.title == "Talks")
    #expect(article.metadata.date == Day("2021-03-04"))
    #expect(article.text == "Body é text.\r\nMore.\r\n")
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[article.bodyOffset...])) == article.text)
  }

  @Test func frontMatterValuesAreKeptAsWritten() throws {
    let text = "---\ntitle: 3.10\noutlet: ~\nurl:\ndate: 2021-03-04T23:30:00-05:00\n---\nBody.\n"
    let article = try reader.parse(data: Data(text.utf8), id: "v", path: "v.txt")
    #expect(article.metadata.title == "3.10")
    #expect(article.metadata.outlet == nil)
    #expect(article.metadata.url == nil)
    // The day as the writer dated it, not the UTC day of the timestamp (March 5th).
    #expect(article.metadata.date == Day("2021-03-04"))
  }

  @Test func withoutFrontMatterTheFirstLineWithTextIsTheTitle() throws {
    let crlf = try reader.parse(data: Data("\r\n  \r\n  Talks resume \r\nBody.\r\n".utf8), id: "t", path: "t.txt")
    #expect(crlf.metadata.title == "Talks resume")
    #expect(ArticleReader.firstLine(of: "\n\n Headline\nBody") == "Headline")
    #expect(ArticleReader.firstLine(of: " \n\t\n") == nil)
  }

  @Test func theIdIsTheFileNameWithoutItsExtension() {
    #expect(ArticleReader.id(ofFileNamed: "000_9ed8.txt") == "000_9ed8")
    #expect(ArticleReader.id(ofFileNamed: "a.b.md") == "a.b")
    #expect(ArticleReader.id(ofFileNamed: "plain") == "plain")
    #expect(ArticleReader.id(ofFileNamed: ".txt") == ".txt")
  }

  @Test func aDelimiterWithNothingAfterItLeavesAnEmptyBody() throws {
    let article = try reader.parse(data: Data("---\ntitle: Only metadata\n---".utf8), id: "m", path: "m.txt")
    #expect(article.metadata.title == "Only metadata")
    #expect(article.text.isEmpty)
  }

  @Test func brokenFrontMatterNamesFileAndLine() {
    #expect(throws: ArticleReadError.brokenFrontMatter(path: "b.md", line: 1, reason: "the block opened with '---' never closes")) {
      try reader.parse(data: Data("---\ntitle: x\nno end".utf8), id: "b", path: "b.md")
    }
    let error = #expect(throws: ArticleReadError.self) {
      try reader.parse(data: Data("---\ntitle: x\ndate: 15/09/2022\n---\nbody".utf8), id: "b", path: "b.md")
    }
    #expect(error?.description == "b.md:3: broken front matter: date '15/09/2022' is not YYYY-MM-DD")
  }

  @Test func emptyBinaryAndInvalidUTF8AreRefused() {
    #expect(throws: ArticleReadError.empty(path: "e.txt")) { try reader.parse(data: Data("  \n\n".utf8), id: "e", path: "e.txt") }
    #expect(throws: ArticleReadError.binary(path: "b.txt")) { try reader.parse(data: Data([0x41, 0x00, 0x42]), id: "b", path: "b.txt") }
    #expect(throws: ArticleReadError.invalidUTF8(path: "u.txt", line: 2)) {
      try reader.parse(data: Data([0x41, 0x0A, 0x42, 0xFF, 0x43]), id: "u", path: "u.txt")
    }
  }

  @Test func folderReadingKeepsGoodFilesAndReportsBadOnes() throws {
    let folder = try temporaryFolder()
    try Data("Good article.".utf8).write(to: folder.appendingPathComponent("good.txt"))
    try Data().write(to: folder.appendingPathComponent("empty.txt"))
    try Data("ignored".utf8).write(to: folder.appendingPathComponent("notes.csv"))
    let results = reader.read(paths: [folder.path, folder.appendingPathComponent("missing.txt").path])
    let articles = results.compactMap { try? $0.get() }
    #expect(articles.map(\.id) == ["good"])
    let errors = results.compactMap { result -> ArticleReadError? in if case .failure(let e) = result { return e } else { return nil } }
    #expect(errors.count == 2)
    #expect(errors.contains { $0.path.hasSuffix("empty.txt") && $0.description.contains("empty") })
    #expect(errors.contains { $0.description.contains("missing.txt: no such file") })
  }

  @Test func sidecarGivesMetadataAndABrokenOneIsReported() throws {
    let folder = try temporaryFolder()
    try Data("Text.".utf8).write(to: folder.appendingPathComponent("x1.txt"))
    try Data(#"{"articles": [{"id": "x1", "title": "T", "outlet": "O", "date": "2020-02-29"}]}"#.utf8)
      .write(to: folder.appendingPathComponent("metadata.json"))
    let article = try #require(try reader.read(paths: [folder.path]).first?.get())
    #expect(article.metadata.date == Day("2020-02-29"))
    #expect(article.metadata.dateSource == .sidecar)
    try Data("{\"articles\": [\n{\"id\": \"x1\", \"date\": \"2020-02-30\"}]}".utf8).write(to: folder.appendingPathComponent("metadata.json"))
    let results = reader.read(paths: [folder.path])
    #expect(results.contains { if case .failure(let e) = $0 { return e.description.contains("metadata.json:2") } else { return false } })
  }

  @Test func dateIsInferredFromTextWhenMetadataHasNone() throws {
    let text = "Officials met on March 3, 2019 and again on 12 April 2019 in Geneva."
    let article = try reader.parse(data: Data(text.utf8), id: "d", path: "d.txt")
    #expect(article.metadata.date == Day("2019-04-12"))
    #expect(article.metadata.dateSource == .inferred)
  }
}

@Suite struct DateInferenceTests {
  @Test func dayWithoutYearTakesTheYearFromContext() {
    #expect(DateInference.latestFullDate(in: "The 2019 talks resumed. Officials met on September 15 in Geneva.") == Day("2019-09-15"))
    #expect(DateInference.latestFullDate(in: "Officials met on 12 August.") == nil)
  }

  @Test func cameoCodesMapToQuadClasses() {
    #expect(QuadClass(cameo: "04") == .verbalCooperation)
    #expect(QuadClass(cameo: "07") == .materialCooperation)
    #expect(QuadClass(cameo: "11") == .verbalConflict)
    #expect(QuadClass(cameo: "19") == .materialConflict)
    #expect(QuadClass(cameo: nil) == nil)
  }
}
