import Foundation
import Testing

/// Issue 6's behaviours, through the built binary: incremental ingest, streaming, exports
/// that other tools read, and a crash in the middle of an ingest.
@Suite(.serialized) struct CorpusTests {
  let cli = CommandLineTests()
  static let seeds = CommandLineTests.root.appendingPathComponent("seeds")

  /// A folder of `count` articles made from the seeds, each with its own id and date.
  func corpus(_ count: Int) throws -> URL {
    let folder = try cli.temporaryFolder().appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let texts = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
      .map { try String(contentsOf: Self.seeds.appendingPathComponent($0), encoding: .utf8) }
    for i in 0..<count {
      let day = String(format: "2021-%02d-%02d", 1 + i % 12, 1 + i % 28)
      try Data("---\ntitle: Article \(i)\ndate: \(day)\n---\n\(texts[i % texts.count])".utf8)
        .write(to: folder.appendingPathComponent(String(format: "a%05d.txt", i)))
    }
    return folder
  }

  func evidencePerArticle(_ db: String) throws -> [String: Int] {
    let export = try cli.run(["export", "--db", db])
    let json = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any]
    var counts: [String: Int] = [:]
    for edge in json?["edges"] as? [[String: Any]] ?? [] {
      for evidence in edge["evidence"] as? [[String: Any]] ?? [] { counts[evidence["article"] as! String, default: 0] += 1 }
    }
    return counts
  }

  func python(_ script: String) throws -> CommandLineTests.Run {
    try cli.run(["python3", "-c", script], executable: URL(fileURLWithPath: "/usr/bin/env"))
  }


  @Test func reingestIsIdempotentChangesReplaceAndRemovalDeletes() throws {
    let folder = try cli.temporaryFolder()
    let db = folder.appendingPathComponent("g.sqlite").path
    let article = folder.appendingPathComponent("story.txt")
    try Data("Qatar funded Hamas for years.\nIran armed the Houthis.".utf8).write(to: article)
    #expect(try cli.run(["ingest", article.path, "--db", db]).status == 0)
    let before = try cli.run(["export", "--db", db]).stdout
    let again = try cli.run(["ingest", article.path, "--db", db])
    #expect(again.stdout.contains("stored 0 articles") && again.stdout.contains("1 unchanged"))
    #expect(try cli.run(["export", "--db", db]).stdout == before)
    try Data("Qatar funded Hamas for years.\nEgypt condemned Hamas.".utf8).write(to: article)
    #expect(try cli.run(["ingest", article.path, "--db", db]).status == 0)
    let changed = try cli.run(["export", "--db", db]).stdout
    #expect(changed.contains("Egypt condemned Hamas.") && !changed.contains("Houthis"))
    #expect(try evidencePerArticle(db)["story"] == 2)
    let remove = try cli.run(["remove", "story", "--db", db])
    #expect(remove.status == 0)
    #expect(try evidencePerArticle(db).isEmpty)
    #expect(try cli.run(["remove", "story", "--db", db]).status != 0)
  }

  @Test func aBadJSONLineIsReportedAndTheRestStored() throws {
    let folder = try cli.temporaryFolder()
    let db = folder.appendingPathComponent("g.sqlite").path
    let lines = folder.appendingPathComponent("in.jsonl")
    try Data("""
      {"id": "j1", "text": "Qatar funded Hamas for years.", "date": "2021-05-01"}
      {"id": "j2", "text": 
      {"id": "j3", "text": "Iran armed the Houthis.", "date": "2021-13-01"}
      {"id": "j4", "text": "Israel attacked Hezbollah positions."}

      """.utf8).write(to: lines)
    let extract = try cli.run(["extract", "--jsonl", "--input", lines.path])
    #expect(extract.status != 0)
    #expect(extract.stderr.contains("in.jsonl:2:") && extract.stderr.contains("in.jsonl:3: date '2021-13-01'"))
    let out = extract.stdout.split(separator: "\n")
    #expect(out.count == 2)
    let streamed = folder.appendingPathComponent("out.jsonl")
    try Data(extract.stdout.utf8).write(to: streamed)
    #expect(try cli.run(["ingest", "--jsonl", streamed.path, "--db", db]).status == 0)
    #expect(Set(try evidencePerArticle(db).keys) == ["j1", "j4"])
    let direct = try cli.run(["ingest", "--jsonl", lines.path, "--db", db])
    #expect(direct.status != 0 && direct.stderr.contains("in.jsonl:2:"))
  }

  @Test func aForeignDatabaseIsRefusedAndLeftAsItWas() throws {
    let folder = try cli.temporaryFolder()
    let db = folder.appendingPathComponent("other.sqlite").path
    #expect(try python("import sqlite3; c = sqlite3.connect('\(db)'); c.execute('CREATE TABLE t (x)'); c.commit()").status == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: db))
    let result = try cli.run(["ingest", Self.seeds.path, "--db", db])
    #expect(result.status != 0)
    #expect(result.stderr.contains("not an ActorGraph database"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
  }

  @Test func exportsOpenInOtherTools() throws {
    let folder = try cli.temporaryFolder()
    let db = folder.appendingPathComponent("g.sqlite").path
    #expect(try cli.run(["ingest", Self.seeds.path, "--db", db]).status == 0)
    let graphml = folder.appendingPathComponent("g.graphml")
    let gexf = folder.appendingPathComponent("g.gexf")
    try Data(try cli.run(["export", "--format", "graphml", "--db", db]).stdout.utf8).write(to: graphml)
    try Data(try cli.run(["export", "--format", "gexf", "--db", db]).stdout.utf8).write(to: gexf)
    let check = try python("""
      import networkx as nx
      g = nx.read_graphml('\(graphml.path)')
      e = list(g.edges(data=True))
      assert all('relation' in d and 'article_count' in d and 'subtype' in d for _, _, d in e), e[:2]
      # Edges only the undated article supports have no dates; the others have both.
      assert sum('first_date' in d and 'last_date' in d for _, _, d in e) > len(e) // 2
      h = nx.read_gexf('\(gexf.path)')
      assert any(d.get('spells') for _, _, d in h.edges(data=True))
      print(g.number_of_nodes(), g.number_of_edges(), h.number_of_nodes())
      """)
    #expect(check.status == 0, "\(check.stderr)")
    let numbers = check.stdout.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    #expect(numbers.count == 3 && numbers[0] > 15 && numbers[1] > 30 && numbers[2] == numbers[0])
    let neo = folder.appendingPathComponent("neo4j")
    #expect(try cli.run(["export", "--format", "neo4j", "--out", neo.path, "--db", db]).status == 0)
    let nodes = try String(contentsOf: neo.appendingPathComponent("actors.csv"), encoding: .utf8)
    let relations = try String(contentsOf: neo.appendingPathComponent("relations.csv"), encoding: .utf8)
    #expect(nodes.hasPrefix("id:ID,name,type,aliases:string[],discovered:boolean,:LABEL\n"))
    #expect(relations.hasPrefix(":START_ID,:END_ID,:TYPE,subtype,cameo,article_count:int,first_date:date,last_date:date\n"))
    #expect(relations.contains(",BACKS,"))
  }

  @Test func aKilledIngestLeavesCommittedArticlesIntact() throws {
    let corpus = try corpus(1500)
    let folder = corpus.deletingLastPathComponent()
    let db = folder.appendingPathComponent("killed.sqlite").path
    let process = Process()
    process.executableURL = CommandLineTests.binary
    process.arguments = ["ingest", corpus.path, "--db", db, "--jobs", "1", "--quiet"]
    try process.run()
    // Wait until some batch has committed, then kill without warning.
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline {
      Thread.sleep(forTimeInterval: 0.2)
      let rows = try python("import sqlite3; print(sqlite3.connect('file:\(db)?mode=ro', uri=True).execute('select count(*) from article').fetchone()[0])")
      if let n = Int(rows.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), n > 0 { break }
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    let integrity = try python("import sqlite3; print(sqlite3.connect('\(db)').execute('PRAGMA integrity_check').fetchone()[0])")
    #expect(integrity.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "ok", "\(integrity.stderr)")
    let killed = try evidencePerArticle(db)
    #expect(!killed.isEmpty && killed.count < 1500, "\(killed.count) articles")
    // Every article the killed run committed holds exactly what a complete ingest gives it.
    let complete = folder.appendingPathComponent("complete.sqlite").path
    #expect(try cli.run(["ingest", corpus.path, "--db", complete, "--quiet"]).status == 0)
    let reference = try evidencePerArticle(complete)
    for (article, count) in killed { #expect(reference[article] == count, "\(article)") }
    // And the interrupted ingest can simply be run again to finish.
    #expect(try cli.run(["ingest", corpus.path, "--db", db, "--quiet"]).status == 0)
    #expect(try evidencePerArticle(db) == reference)
  }
}
