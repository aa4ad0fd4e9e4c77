import Foundation
#if canImport(FoundationXML)
  import FoundationXML
#endif
import Testing
import TestSupport

/// Runs the built `actorgraph` binary as a user would.
@Suite(.serialized) struct CommandLineTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var binary: URL {
    for dir in [".build/debug", ".build/release"] {
      let url = root.appendingPathComponent(dir).appendingPathComponent("actorgraph")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return root.appendingPathComponent(".build/debug/actorgraph")
  }

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `actorgraph` (or `executable`) with the arguments and collects its output.
  @discardableResult
  func run(_ arguments: [String], in folder: URL? = nil, executable: URL = Self.binary) throws -> Run {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = folder ?? Self.root
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
  }

  let files = TemporaryFiles()

  func temporaryFolder() throws -> URL { try files.folder("ag-e2e") }

  @Test func seedsEndToEnd() throws {
    let folder = try temporaryFolder()
    let db = folder.appendingPathComponent("g.sqlite").path
    let seeds = Self.root.appendingPathComponent("seeds").path
    let ingest = try run(["ingest", seeds, "--db", db])
    #expect(ingest.status == 0, "\(ingest.stderr)")
    let export = try run(["export", "--format", "json", "--db", db])
    #expect(export.status == 0)
    let json = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any]
    let edges = json?["edges"] as? [[String: Any]] ?? []
    #expect(edges.count > 30)
    let evidence = edges.first?["evidence"] as? [[String: Any]]
    #expect(evidence?.first?["sentence"] is String)
    #expect(Set((json?["articles"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }).count == 5)

    let out = folder.appendingPathComponent("graphs")
    let snapshots = try run(["snapshots", "--out", out.path, "--db", db])
    #expect(snapshots.status == 0, "\(snapshots.stderr)")
    #expect(snapshots.stderr.contains("003_f4529ac017138a10 has no date"))
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(files == [
      "diff-2022-09-15.svg", "graph.dot", "graph.svg", "index.html", "snapshot-2020-01-15.dot", "snapshot-2020-01-15.svg",
      "snapshot-2022-09-15.dot", "snapshot-2022-09-15.svg",
    ])
    // The same database draws the same diagrams, byte for byte, every run.
    let again = folder.appendingPathComponent("again")
    #expect(try run(["snapshots", "--out", again.path, "--db", db]).status == 0)
    for file in files {
      let a = try Data(contentsOf: out.appendingPathComponent(file))
      let b = try Data(contentsOf: again.appendingPathComponent(file))
      #expect(a == b, "\(file) differs between two runs")
    }
    let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(index.contains("snapshot-2020-01-15.svg") && index.contains("diff-2022-09-15.svg") && index.contains("Changes since"))
    let diff = try run(["diff", "2020-01-15", "2022-09-15", "--db", db, "--json"])
    #expect(diff.status == 0)
    let diffJSON = try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any]
    #expect((diffJSON?["added"] as? [Any])?.isEmpty == false)
    let svg = try String(contentsOf: out.appendingPathComponent("graph.svg"), encoding: .utf8)
    _ = try XMLDocument(xmlString: svg)
    for name in ["Turkey", "Syria", "Hakan Fidan", "Ali Mamlouk", "Russia"] { #expect(svg.contains(name)) }

    let path = try run(["path", "Hakan Fidan", "Vladimir Putin", "--db", db])
    #expect(path.status == 0)
    #expect(path.stdout.contains("Hakan Fidan to Vladimir Putin"))
    let unknown = try run(["path", "Hakan Fidn", "Putin", "--db", db])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("closest: Hakan Fidan"))

    let evaluate = try run(["evaluate", "--gold", Self.root.appendingPathComponent("seeds/gold").path, "--db", db, "--fail-below", "0.5"])
    #expect(evaluate.status == 0)
    #expect(evaluate.stdout.contains("overall P="))

    let k = try run(["path", "Russia", "SDF", "--k", "3", "--json", "--db", db])
    let kJSON = try JSONSerialization.jsonObject(with: Data(k.stdout.utf8)) as? [String: Any]
    #expect((kJSON?["paths"] as? [Any])?.count == 3, "\(k.stderr)")
    let rendered = folder.appendingPathComponent("path.svg")
    #expect(try run(["path", "Russia", "SDF", "--render", rendered.path, "--db", db]).status == 0)
    #expect(FileManager.default.fileExists(atPath: rendered.path))
    #expect(try run(["balance", "--db", db]).stdout.contains("supporting articles"))
    #expect(try run(["allies", "Turkey", "--db", db]).stdout.contains("Syrian rebels"))
    #expect(try run(["rivals", "Turkey", "--db", db]).stdout.contains("SDF"))
    let rank = try run(["rank", "--by", "betweenness", "--limit", "1", "--db", db])
    #expect(rank.stdout.hasPrefix("1. Turkey"))
    #expect(try run(["rank", "--as-of", "not-a-date", "--db", db]).status != 0)

    let actors = try run(["actors", "--db", db])
    #expect(actors.stdout.contains("Turkey"))
    for format in ["svg", "png", "pdf", "json", "dot"] {
      let rendered = try run(["render", "--format", format, "--focus", "Turkey", "--hops", "1", "--db", db])
      #expect(rendered.status == 0 && !rendered.stdout.isEmpty, "render \(format): \(rendered.stderr)")
    }
  }

  @Test(arguments: ["empty", "binary", "utf8", "missing"])
  func badInputIsReportedAndTheDatabaseIsUnchanged(kind: String) throws {
    let folder = try temporaryFolder()
    let db = folder.appendingPathComponent("g.sqlite").path
    let good = folder.appendingPathComponent("good.txt")
    try Data("Qatar funded Hamas for years.".utf8).write(to: good)
    #expect(try run(["ingest", good.path, "--db", db]).status == 0)
    let before = try run(["export", "--db", db]).stdout
    let bad = folder.appendingPathComponent("bad.txt")
    switch kind {
    case "empty": try Data().write(to: bad)
    case "binary": try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]).write(to: bad)
    case "utf8": try Data([0x51, 0x61, 0x74, 0x61, 0x72, 0xC3, 0x28]).write(to: bad)
    default: break
    }
    let result = try run(["ingest", bad.path, "--db", db])
    #expect(result.status != 0)
    #expect(result.stderr.contains("bad.txt"), "\(result.stderr)")
    #expect(try run(["export", "--db", db]).stdout == before)
  }

  @Test func noCodePathStartsAGraphvizProgram() throws {
    let sources = Self.root.appendingPathComponent("Sources")
    let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
    while let url = walker?.nextObject() as? URL, url.pathExtension == "swift" || url.hasDirectoryPath || true {
      guard url.pathExtension == "swift" else { continue }
      let text = try String(contentsOf: url, encoding: .utf8)
      #expect(!text.contains("Process("), "\(url.lastPathComponent) starts a process")
      #expect(!text.contains("posix_spawn"), "\(url.lastPathComponent) spawns a process")
    }
  }

  @Test func edgeListsLoadAndBadLinesAreNamed() throws {
    let folder = try temporaryFolder()
    let db = folder.appendingPathComponent("g.sqlite").path
    let tsv = folder.appendingPathComponent("edges.tsv")
    try Data("source\trelation\ttarget\tdate\nIran\tbacks\tHezbollah\t2021-03-01\nIsrael\topposes\tHezbollah\n".utf8).write(to: tsv)
    let load = try run(["ingest", "--edges", tsv.path, "--db", db])
    #expect(load.status == 0, "\(load.stderr)")
    #expect(try run(["path", "Iran", "Israel", "--db", db]).stdout.contains("2 hops"))
    let bad = folder.appendingPathComponent("bad.tsv")
    try Data("Iran\tbacks\tHezbollah\nIran\tadores\tHamas\n".utf8).write(to: bad)
    let result = try run(["ingest", "--edges", bad.path, "--db", db])
    #expect(result.status != 0)
    #expect(result.stderr.contains("bad.tsv:2: unknown relation 'adores'"))
  }
}
