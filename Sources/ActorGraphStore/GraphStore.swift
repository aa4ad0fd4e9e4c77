import ActorGraph
import Foundation
import GRDB

/// The SQLite file that holds articles, actors and evidence.
///
/// Each article is saved in one transaction that first removes the evidence the article gave
/// before, so ingesting an article again replaces it. The file is marked with SQLite's
/// `application_id`, and a database of another application is refused rather than changed.
public final class GraphStore: Sendable {
  /// `PRAGMA application_id` of ActorGraph databases: "AGPH".
  static let applicationID: Int32 = 0x4147_5048

  public let path: String
  private let queue: DatabaseQueue

  /// Opens (creating if needed) the database at `path`.
  /// - Throws: `StoreError.foreignDatabase` for a file that is not an ActorGraph database,
  ///   `StoreError.newerSchema` for one from a newer version, `StoreError.database` otherwise.
  public init(path: String) throws(StoreError) {
    self.path = path
    do {
      var configuration = Configuration()
      configuration.foreignKeysEnabled = true
      queue = try DatabaseQueue(path: path, configuration: configuration)
    } catch {
      throw .foreignDatabase(path: path, reason: Self.message(error))
    }
    try check()
    try migrate()
  }

  private func check() throws(StoreError) {
    do {
      let (id, tables) = try queue.read { db in
        (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
         try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
      }
      if id != 0 && id != Self.applicationID {
        throw StoreError.foreignDatabase(path: path, reason: String(format: "application_id 0x%08x", id))
      }
      if id == 0 && !tables.isEmpty {
        throw StoreError.foreignDatabase(path: path, reason: "it holds tables \(tables.prefix(5).joined(separator: ", ")) and no ActorGraph mark")
      }
      if tables.contains("grdb_migrations") {
        let known = Set(Self.migrator.migrations)
        let applied = try queue.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        if let unknown = applied.first(where: { !known.contains($0) }) { throw StoreError.newerSchema(path: path, version: unknown) }
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw .foreignDatabase(path: path, reason: Self.message(error))
    }
  }

  /// Migrations are never edited once shipped: a change of schema is a new migration.
  static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: articles, actors, evidence") { db in
      try db.execute(sql: "PRAGMA application_id = \(GraphStore.applicationID)")
      try db.create(table: "article") { t in
        t.primaryKey("id", .text)
        t.column("title", .text)
        t.column("outlet", .text)
        t.column("url", .text)
        t.column("date", .text)
        t.column("dateSource", .text).notNull()
        t.column("contentHash", .text).notNull()
      }
      try db.create(table: "actor") { t in
        t.primaryKey("id", .text)
        t.column("name", .text).notNull()
        t.column("type", .text).notNull()
        t.column("aliases", .text).notNull()
        t.column("discovered", .boolean).notNull()
      }
      try db.create(table: "evidence") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("articleId", .text).notNull().indexed().references("article", onDelete: .cascade)
        t.column("source", .text).notNull().indexed().references("actor")
        t.column("relation", .text).notNull()
        t.column("target", .text).notNull().indexed().references("actor")
        t.column("subtype", .text).notNull()
        t.column("cameo", .text)
        t.column("sentence", .text).notNull()
        t.column("start", .integer).notNull()
        t.column("end", .integer).notNull()
        t.column("confidence", .double).notNull()
        t.column("hedged", .boolean).notNull()
      }
    }
    // v1 repeated a sentence in every evidence row it gave (about 28 rows per article from a
    // dozen sentences). v2 keeps each sentence once and points evidence at it; rows are moved,
    // ids kept.
    migrator.registerMigration("v2: sentences stored once") { db in
      try db.create(table: "sentence") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("articleId", .text).notNull().references("article", onDelete: .cascade)
        t.column("start", .integer).notNull()
        t.column("end", .integer).notNull()
        t.column("text", .text).notNull()
        t.uniqueKey(["articleId", "start"])
      }
      try db.execute(sql: "INSERT INTO sentence (articleId, start, end, text) SELECT articleId, start, max(end), max(sentence) FROM evidence GROUP BY articleId, start")
      try db.create(table: "evidence_v2") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("sentenceId", .integer).notNull().indexed().references("sentence", onDelete: .cascade)
        t.column("source", .text).notNull().indexed().references("actor")
        t.column("relation", .text).notNull()
        t.column("target", .text).notNull().indexed().references("actor")
        t.column("subtype", .text).notNull()
        t.column("cameo", .text)
        t.column("confidence", .double).notNull()
        t.column("hedged", .boolean).notNull()
      }
      try db.execute(
        sql: """
          INSERT INTO evidence_v2 (id, sentenceId, source, relation, target, subtype, cameo, confidence, hedged)
          SELECT e.id, s.id, e.source, e.relation, e.target, e.subtype, e.cameo, e.confidence, e.hedged
          FROM evidence e JOIN sentence s ON s.articleId = e.articleId AND s.start = e.start ORDER BY e.id
          """)
      try db.drop(table: "evidence")
      try db.rename(table: "evidence_v2", to: "evidence")
    }
    // v2 keyed actors and articles by their text ids: every evidence row carried two slugs,
    // indexed and checked against the actor table's text key, and every sentence its article's
    // id. At 100,000 articles those indexes outgrew SQLite's page cache and storing took a third
    // of an ingest. v3 gives actors and articles integer keys that evidence and sentences point
    // at, and drops AUTOINCREMENT (a write to sqlite_sequence for every row). Evidence no longer
    // indexes its actors or declares them foreign keys: the store writes a batch's actors first
    // and takes their keys from the actor table in the same transaction, and without an index
    // every actor deleted would cost a scan of all evidence. Ids of sentences and evidence are
    // kept, so evidence keeps its order.
    migrator.registerMigration("v3: integer keys") { db in
      try db.execute(
        sql: """
          CREATE TABLE article_v3 (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT, outlet TEXT, url TEXT, date TEXT,
            dateSource TEXT NOT NULL, contentHash TEXT NOT NULL);
          INSERT INTO article_v3 (id, title, outlet, url, date, dateSource, contentHash)
            SELECT id, title, outlet, url, date, dateSource, contentHash FROM article ORDER BY id;
          CREATE TABLE actor_v3 (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, type TEXT NOT NULL,
            aliases TEXT NOT NULL, discovered BOOLEAN NOT NULL);
          INSERT INTO actor_v3 (id, name, type, aliases, discovered) SELECT id, name, type, aliases, discovered FROM actor ORDER BY id;
          CREATE TABLE sentence_v3 (id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES article_v3(key) ON DELETE CASCADE,
            start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, UNIQUE (article, start));
          INSERT INTO sentence_v3 (id, article, start, end, text)
            SELECT s.id, a.key, s.start, s.end, s.text FROM sentence s JOIN article_v3 a ON a.id = s.articleId ORDER BY s.id;
          CREATE TABLE evidence_v3 (id INTEGER PRIMARY KEY, sentence INTEGER NOT NULL REFERENCES sentence_v3(id) ON DELETE CASCADE,
            source INTEGER NOT NULL, relation TEXT NOT NULL, target INTEGER NOT NULL, subtype TEXT NOT NULL, cameo TEXT,
            confidence DOUBLE NOT NULL, hedged BOOLEAN NOT NULL);
          INSERT INTO evidence_v3 (id, sentence, source, relation, target, subtype, cameo, confidence, hedged)
            SELECT e.id, e.sentenceId, s.key, e.relation, t.key, e.subtype, e.cameo, e.confidence, e.hedged
            FROM evidence e JOIN actor_v3 s ON s.id = e.source JOIN actor_v3 t ON t.id = e.target ORDER BY e.id;
          DROP TABLE evidence;
          DROP TABLE sentence;
          DROP TABLE actor;
          DROP TABLE article;
          ALTER TABLE article_v3 RENAME TO article;
          ALTER TABLE actor_v3 RENAME TO actor;
          ALTER TABLE sentence_v3 RENAME TO sentence;
          ALTER TABLE evidence_v3 RENAME TO evidence;
          CREATE INDEX evidence_on_sentence ON evidence(sentence);
          """)
    }
    return migrator
  }()

  private func migrate() throws(StoreError) {
    do {
      try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
      try Self.migrator.migrate(queue)
    } catch {
      throw .database(path: path, message: Self.message(error))
    }
  }

  /// Saves one article's extraction in one transaction, replacing what the article gave before.
  public func save(_ extraction: Extraction) throws(StoreError) {
    try save([extraction])
  }

  /// Saves several articles in one transaction (all or none), each replacing what it gave before.
  /// - Throws: `StoreError.unknownActor` for evidence naming an actor its extraction does not
  ///   carry, `StoreError.database` for what SQLite reports.
  public func save(_ extractions: [Extraction]) throws(StoreError) {
    do {
      try queue.write { db in
        // A batch names the same actors again and again: write each once.
        var actors: [ActorID: NewsActor] = [:]
        for extraction in extractions {
          for actor in extraction.actors { actors[actor.id] = actor }
        }
        let keys = try Self.upsert(actors.values.sorted { $0.id < $1.id }, into: db)
        for extraction in extractions { try Self.insert(extraction, actorKeys: keys, into: db, path: path) }
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw .database(path: path, message: Self.message(error))
    }
  }

  private static func insert(_ extraction: Extraction, actorKeys: [ActorID: Int64], into db: Database, path: String) throws {
    let article = extraction.article
    // Cached statements: compiling these for every article took a fifth of the store's time.
    let articleKey = try Int64.fetchOne(
      db.cachedStatement(
        sql: """
          INSERT INTO article (id, title, outlet, url, date, dateSource, contentHash) VALUES (?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT(id) DO UPDATE SET title = excluded.title, outlet = excluded.outlet, url = excluded.url,
            date = excluded.date, dateSource = excluded.dateSource, contentHash = excluded.contentHash
          RETURNING key
          """),
      arguments: [
        article.id, article.metadata.title, article.metadata.outlet, article.metadata.url, article.metadata.date?.description,
        article.metadata.dateSource.rawValue, article.contentHash,
      ])!
    // What the article gave before goes: its sentences, and with them their evidence (ON DELETE CASCADE).
    try db.cachedStatement(sql: "DELETE FROM sentence WHERE article = ?").execute(arguments: [articleKey])
    let sentenceInsert = try DirectInsert(db, sql: "INSERT INTO sentence (article, start, end, text) VALUES (?, ?, ?, ?)")
    let evidenceInsert = try DirectInsert(
      db, sql: "INSERT INTO evidence (sentence, source, relation, target, subtype, cameo, confidence, hedged) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    var sentenceIDs: [Int: Int64] = [:]
    for a in extraction.assertions {
      guard let source = actorKeys[a.source], let target = actorKeys[a.target] else {
        throw StoreError.unknownActor(path: path, article: article.id, actor: actorKeys[a.source] == nil ? a.source.rawValue : a.target.rawValue)
      }
      let e = a.evidence
      let sentenceID: Int64
      if let known = sentenceIDs[e.start] {
        sentenceID = known
      } else {
        sentenceID = try sentenceInsert.run(.integer(articleKey), .integer(Int64(e.start)), .integer(Int64(e.end)), .text(e.sentence))
        sentenceIDs[e.start] = sentenceID
      }
      try evidenceInsert.run(
        .integer(sentenceID), .integer(source), .text(a.relation.rawValue), .integer(target), .text(a.subtype),
        .text(a.cameo), .real(e.confidence), .integer(e.hedged ? 1 : 0))
    }
  }

  /// Writes `actors` and returns the key of each.
  private static func upsert(_ actors: [NewsActor], into db: Database) throws -> [ActorID: Int64] {
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO actor (id, name, type, aliases, discovered) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases,
          discovered = excluded.discovered
        RETURNING key
        """)
    let encoder = JSONEncoder()
    var keys: [ActorID: Int64] = [:]
    for actor in actors {
      let aliases = String(decoding: try encoder.encode(actor.aliases), as: UTF8.self)
      keys[actor.id] = try Int64.fetchOne(statement, arguments: [actor.id.rawValue, actor.name, actor.type.rawValue, aliases, actor.discovered])
    }
    return keys
  }

  /// The content hash of every stored article, by id.
  public func contentHashes() throws(StoreError) -> [String: String] {
    do {
      return try queue.read { db in
        Dictionary(try Row.fetchAll(db, sql: "SELECT id, contentHash FROM article").map { ($0["id"] as String, $0["contentHash"] as String) }, uniquingKeysWith: { a, _ in a })
      }
    } catch {
      throw .database(path: path, message: Self.message(error))
    }
  }

  /// Deletes articles and the evidence they gave, in one transaction, and actors no evidence
  /// mentions any more.
  /// - Returns: the ids that were not in the store.
  public func remove(articles ids: [String]) throws(StoreError) -> [String] {
    do {
      return try queue.write { db in
        var missing: [String] = []
        for id in ids {
          try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [id])
          if db.changesCount == 0 { missing.append(id) }
        }
        try db.execute(sql: "DELETE FROM actor WHERE key NOT IN (SELECT source FROM evidence UNION SELECT target FROM evidence)")
        return missing
      }
    } catch {
      throw .database(path: path, message: Self.message(error))
    }
  }

  /// `PRAGMA integrity_check`: "ok", or SQLite's list of problems.
  public func integrityCheck() throws(StoreError) -> String {
    do {
      return try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    } catch {
      throw .database(path: path, message: Self.message(error))
    }
  }

  /// The whole stored graph.
  public func loadGraph() throws(StoreError) -> RelationGraph {
    do {
      return try queue.read { db in
        var articles: [RelationGraph.ArticleInfo] = []
        var dates: [String: Day] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM article ORDER BY id") {
          let date = (row["date"] as String?).flatMap(Day.init)
          let id: String = row["id"]
          dates[id] = date
          articles.append(
            .init(
              id: id,
              metadata: ArticleMetadata(
                title: row["title"], outlet: row["outlet"], url: row["url"], date: date,
                dateSource: DateSource(rawValue: row["dateSource"]) ?? .none)))
        }
        var actors: [ActorID: NewsActor] = [:]
        var actorIDs: [Int64: ActorID] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM actor") {
          let id = ActorID(row["id"] as String)
          actorIDs[row["key"]] = id
          let aliases = (try? JSONDecoder().decode([String].self, from: Data((row["aliases"] as String).utf8))) ?? []
          actors[id] = NewsActor(
            id: id, name: row["name"], type: ActorType(rawValue: row["type"]) ?? .organization, aliases: aliases, discovered: row["discovered"])
        }
        var assertions: [Assertion] = []
        let rows = try Row.fetchAll(
          db,
          sql: """
            SELECT e.*, a.id AS articleId, s.start, s.end, s.text AS sentenceText FROM evidence e JOIN sentence s ON s.id = e.sentence
            JOIN article a ON a.key = s.article ORDER BY e.id
            """)
        for row in rows {
          let article: String = row["articleId"]
          guard let relation = RelationKind(rawValue: row["relation"]), let source = actorIDs[row["source"]], let target = actorIDs[row["target"]]
          else { continue }
          let evidence = Evidence(
            article: article, date: dates[article] ?? nil, sentence: row["sentenceText"], start: row["start"], end: row["end"],
            confidence: row["confidence"], hedged: row["hedged"])
          assertions.append(
            Assertion(source: source, relation: relation, subtype: row["subtype"], cameo: row["cameo"], target: target, evidence: evidence))
        }
        return RelationGraph(actors: actors, assertions: assertions, articles: articles)
      }
    } catch {
      throw .database(path: path, message: Self.message(error))
    }
  }

  /// Counts of the stored rows: articles, actors, evidence.
  public func counts() throws(StoreError) -> (articles: Int, actors: Int, evidence: Int) {
    do {
      return try queue.read { db in
        (try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM actor") ?? 0,
         try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence") ?? 0)
      }
    } catch {
      throw .database(path: path, message: Self.message(error))
    }
  }

  private static func message(_ error: Error) -> String {
    if let db = error as? DatabaseError { return db.message ?? db.description }
    return "\(error)"
  }
}
