import ActorGraph
import Foundation
import GRDB
import Testing
import TestSupport

@testable import ActorGraphStore

@Suite struct StoreSchemaTests {
  let files = TemporaryFiles()

  @Test func aDatabaseFromANewerVersionIsRefused() throws {
    let path = files.database("ag-newer")
    _ = try GraphStore(path: path)
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: something newer')") }
    let error = #expect(throws: StoreError.self) { try GraphStore(path: path) }
    #expect(error?.description.contains("newer ActorGraph") == true)
  }

  @Test func theStoreUsesWriteAheadLogging() throws {
    let path = files.database("ag-wal")
    _ = try GraphStore(path: path)
    let mode = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    #expect(mode == "wal")
  }

  @Test func batchesAreAllOrNothing() throws {
    let store = try GraphStore(path: files.database("ag-batch"))
    let good = Extraction(article: Article(id: "ok", metadata: ArticleMetadata(), text: "x"), actors: [NewsActor(id: "a", name: "A", type: .state)],
      assertions: [Assertion(source: "a", relation: .backs, subtype: "s", target: "a", evidence: Evidence(article: "ok", date: nil, sentence: "", start: 0, end: 0, confidence: 1))])
    // The second names an actor it does not carry: it fails, and the batch with it.
    var bad = good
    bad.article.id = "bad"
    bad.actors = []
    bad.assertions[0].source = "missing"
    let error = #expect(throws: StoreError.self) { try store.save([good, bad]) }
    #expect(error?.description.contains("article 'bad' gives evidence about actor 'missing'") == true)
    #expect(try store.counts().articles == 0)
  }

  @Test func aVersion1DatabaseIsMigratedWithItsEvidence() throws {
    let path = files.database("ag-v1")
    let queue = try DatabaseQueue(path: path)
    try GraphStore.migrator.migrate(queue, upTo: "v1: articles, actors, evidence")
    try queue.write { db in
      try db.execute(sql: "INSERT INTO article (id, date, dateSource, contentHash) VALUES ('a1', '2021-03-04', 'sidecar', 'h')")
      try db.execute(sql: "INSERT INTO actor (id, name, type, aliases, discovered) VALUES ('qatar', 'Qatar', 'state', '[]', 0), ('hamas', 'Hamas', 'armed_group', '[]', 0)")
      try db.execute(
        sql: """
          INSERT INTO evidence (articleId, source, relation, target, subtype, sentence, start, end, confidence, hedged) VALUES
          ('a1', 'qatar', 'backs', 'hamas', 'funds', 'Qatar funded Hamas.', 10, 29, 0.9, 0),
          ('a1', 'hamas', 'meets', 'qatar', 'consults', 'Qatar funded Hamas.', 10, 29, 0.9, 0),
          ('a1', 'qatar', 'opposes', 'hamas', 'criticizes', 'Later Qatar criticised Hamas.', 30, 59, 0.7, 1)
          """)
    }
    let store = try GraphStore(path: path)
    #expect(try store.counts() == (articles: 1, actors: 2, evidence: 3))
    let sentences = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sentence") }
    #expect(sentences == 2)
    let evidence = try store.loadGraph().edges.flatMap(\.evidence).sorted { $0.start < $1.start }
    #expect(evidence.map(\.sentence) == ["Qatar funded Hamas.", "Qatar funded Hamas.", "Later Qatar criticised Hamas."])
    #expect(evidence.map(\.end) == [29, 29, 59])
    #expect(evidence.last?.hedged == true && evidence.last?.date == Day("2021-03-04"))
    #expect(try store.remove(articles: ["a1"]).isEmpty)
    #expect(try store.counts() == (articles: 0, actors: 0, evidence: 0))
  }

  @Test func aVersion2DatabaseIsMigratedToIntegerKeysWithItsIdsAndOrderKept() throws {
    let path = files.database("ag-v2")
    let queue = try DatabaseQueue(path: path)
    try GraphStore.migrator.migrate(queue, upTo: "v2: sentences stored once")
    try queue.write { db in
      try db.execute(sql: "INSERT INTO article (id, date, dateSource, contentHash) VALUES ('b2', '2022-01-02', 'sidecar', 'h2'), ('a1', '2021-03-04', 'sidecar', 'h1')")
      try db.execute(sql: "INSERT INTO actor (id, name, type, aliases, discovered) VALUES ('qatar', 'Qatar', 'state', '[\"Doha\"]', 0), ('hamas', 'Hamas', 'armed_group', '[]', 1)")
      try db.execute(sql: "INSERT INTO sentence (id, articleId, start, end, text) VALUES (7, 'b2', 0, 19, 'Hamas thanked Qatar.'), (9, 'a1', 10, 29, 'Qatar funded Hamas.')")
      // Evidence ids out of article order: the order of ids is what must survive.
      try db.execute(
        sql: """
          INSERT INTO evidence (id, sentenceId, source, relation, target, subtype, cameo, confidence, hedged) VALUES
          (40, 9, 'qatar', 'backs', 'hamas', 'funds', '073', 0.9, 0), (41, 7, 'hamas', 'meets', 'qatar', 'consults', NULL, 0.8, 1)
          """)
    }
    let store = try GraphStore(path: path)
    #expect(try store.counts() == (articles: 2, actors: 2, evidence: 2))
    let graph = try store.loadGraph()
    let evidence = graph.edges.flatMap(\.evidence)
    #expect(graph.edges.map { "\($0.source) \($0.relation) \($0.target) \($0.cameo ?? "-")" } == ["hamas meets qatar -", "qatar backs hamas 073"])
    #expect(evidence.map(\.sentence) == ["Hamas thanked Qatar.", "Qatar funded Hamas."])
    #expect(evidence.map(\.article) == ["b2", "a1"] && evidence.map(\.hedged) == [true, false])
    #expect(evidence.map(\.date) == [Day("2022-01-02"), Day("2021-03-04")] && evidence.map(\.end) == [19, 29])
    #expect(graph.actors["qatar"]?.aliases == ["Doha"] && graph.actors["hamas"]?.discovered == true)
    let ids = try DatabaseQueue(path: path).read { db in try Int.fetchAll(db, sql: "SELECT id FROM evidence ORDER BY id") }
    #expect(ids == [40, 41])
    #expect(try store.integrityCheck() == "ok")
    // The migrated file takes new articles, and removing one drops the actors only it named.
    #expect(try store.remove(articles: ["a1"]).isEmpty)
    #expect(try store.counts() == (articles: 1, actors: 2, evidence: 1))
    #expect(try store.remove(articles: ["b2"]).isEmpty)
    #expect(try store.counts() == (articles: 0, actors: 0, evidence: 0))
  }
}
