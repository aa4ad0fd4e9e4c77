import ActorGraph
import Foundation
import GRDB
import Testing

@testable import ActorGraphStore

@Suite struct StoreSchemaTests {
  @Test func aDatabaseFromANewerVersionIsRefused() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("ag-newer-\(UUID().uuidString).sqlite").path
    _ = try GraphStore(path: path)
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: something newer')") }
    let error = #expect(throws: StoreError.self) { try GraphStore(path: path) }
    #expect(error?.description.contains("newer ActorGraph") == true)
  }

  @Test func theStoreUsesWriteAheadLogging() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("ag-wal-\(UUID().uuidString).sqlite").path
    _ = try GraphStore(path: path)
    let mode = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    #expect(mode == "wal")
  }

  @Test func batchesAreAllOrNothing() throws {
    let store = try GraphStore(path: FileManager.default.temporaryDirectory.appendingPathComponent("ag-batch-\(UUID().uuidString).sqlite").path)
    let good = Extraction(article: Article(id: "ok", metadata: ArticleMetadata(), text: "x"), actors: [NewsActor(id: "a", name: "A", type: .state)],
      assertions: [Assertion(source: "a", relation: .backs, subtype: "s", target: "a", evidence: Evidence(article: "ok", date: nil, sentence: "", start: 0, end: 0, confidence: 1))])
    // The second names an actor it does not carry: the foreign key fails, and the batch with it.
    var bad = good
    bad.article.id = "bad"
    bad.actors = []
    bad.assertions[0].source = "missing"
    #expect(throws: StoreError.self) { try store.save([good, bad]) }
    #expect(try store.counts().articles == 0)
  }
}
