import ActorGraph
import Foundation
import GRDB
import Testing
import TestSupport

@testable import ActorGraphStore

@Suite struct GraphStoreTests {
  let files = TemporaryFiles()

  func temporaryPath() -> String { files.database("ag-store") }

  func extraction(_ id: String, relations: Int) -> Extraction {
    let a = NewsActor(id: "qatar", name: "Qatar", type: .state)
    let b = NewsActor(id: "hamas", name: "Hamas", type: .armedGroup)
    let article = Article(id: id, metadata: ArticleMetadata(title: "T", date: Day("2021-01-01"), dateSource: .sidecar), text: "Qatar funded Hamas.")
    let assertions = (0..<relations).map { i in
      Assertion(source: a.id, relation: .backs, subtype: "funds", target: b.id,
        evidence: Evidence(article: id, date: Day("2021-01-01"), sentence: "Qatar funded Hamas \(i).", start: 0, end: 19, confidence: 0.9))
    }
    return Extraction(article: article, actors: [a, b], assertions: assertions)
  }

  @Test func savingAnArticleAgainReplacesItsEvidence() throws {
    let store = try GraphStore(path: temporaryPath())
    try store.save(extraction("one", relations: 2))
    try store.save(extraction("one", relations: 2))
    #expect(try store.counts() == (articles: 1, actors: 2, evidence: 2))
    try store.save(extraction("one", relations: 1))
    #expect(try store.counts().evidence == 1)
    try store.save(extraction("two", relations: 1))
    let graph = try store.loadGraph()
    #expect(graph.edges.count == 1)
    #expect(graph.edges[0].articleCount == 2)
  }

  @Test func evidenceIsStoredAsItWasGiven() throws {
    let path = temporaryPath()
    let store = try GraphStore(path: path)
    var given = extraction("one", relations: 2)
    given.assertions[0].cameo = "073"
    given.assertions[1].subtype = ""
    given.assertions[1].evidence.hedged = true
    given.assertions[1].evidence.confidence = 0.7
    try store.save(given)
    let rows = try DatabaseQueue(path: path).read { db in
      try Row.fetchAll(db, sql: "SELECT e.subtype, e.cameo, e.confidence, e.hedged, s.text FROM evidence e JOIN sentence s ON s.id = e.sentence ORDER BY e.id")
    }
    #expect(rows.map { $0["subtype"] as String } == ["funds", ""])
    #expect(rows.map { $0["cameo"] as String? } == ["073", nil])
    #expect(rows.map { $0["confidence"] as Double } == [0.9, 0.7])
    #expect(rows.map { $0["hedged"] as Bool } == [false, true])
    // Both assertions give the sentence at offset 0: it is stored once, as the first gave it.
    #expect(Set(rows.map { $0["text"] as String }) == ["Qatar funded Hamas 0."])
  }

  @Test func aForeignDatabaseIsRefusedAndLeftAlone() throws {
    let path = temporaryPath()
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in try db.execute(sql: "CREATE TABLE people (name TEXT)") }
    let error = #expect(throws: StoreError.self) { try GraphStore(path: path) }
    #expect(error?.description.contains("not an ActorGraph database") == true)
    let tables = try queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
    #expect(tables == ["people"])
  }

  @Test func aFileThatIsNotSQLiteIsRefused() throws {
    let path = temporaryPath()
    try Data("plain text, not a database".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: StoreError.self) { try GraphStore(path: path) }
  }

  @Test func filesReadAheadOfExtractionKeepTheirOrderAndABadOneIsReportedInPlace() throws {
    let folder = try files.folder("ag-ingest")
    for i in 1...5 { try Data("Qatar funded Hamas in year \(i).".utf8).write(to: folder.appendingPathComponent("a\(i).txt")) }
    try Data([0x51, 0x00, 0x61]).write(to: folder.appendingPathComponent("a3.txt"))
    let sources = ArticleReader().sources(paths: [folder.path]).compactMap { try? $0.get() }
    // Gone between listing and reading, in the last batch.
    try FileManager.default.removeItem(at: folder.appendingPathComponent("a5.txt"))
    let store = try GraphStore(path: temporaryPath())
    let ingester = ArticleIngester(store: store, extractor: try Extractor(lexicon: try Lexicon.shipped()), jobs: 2, batchSize: 2)
    let report = try ingester.ingest(sources)
    #expect(report.stored == 3)
    #expect(report.failures.count == 2)
    #expect(report.failures.first?.contains("a3.txt: a binary file") == true, "\(report.failures)")
    #expect(report.failures.last?.contains("a5.txt: cannot be read") == true, "\(report.failures)")
    #expect(try store.counts().articles == 3)
    #expect(try ingester.ingest(sources).unchanged == 3)
  }
}
