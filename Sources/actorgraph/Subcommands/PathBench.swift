import ActorGraph
import ArgumentParser
import Foundation

extension ActorGraphCommand {
  struct PathBench: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "paths",
      abstract: "Build a seeded scale-free graph as a TSV edge list, load it, and time shortest-path and k-shortest queries.")

    @Option(help: "Actors in the graph.")
    var actors: Int = 1_000_000
    @Option(help: "Edges each new actor adds (edges = actors × this).")
    var edgesPerActor: Int = 5
    @Option(help: "Shortest-path queries between random pairs.")
    var queries: Int = 1000
    @Option(help: "k-shortest queries (k = 5) between random pairs.")
    var kQueries: Int = 100
    @Option(help: "The seed of the generator and of the query pairs.")
    var seed: UInt64 = 42
    @Option(help: "Where to write the edge list (default: a temporary file, removed afterwards).")
    var tsv: String?

    func validate() throws {
      if actors < 10 || edgesPerActor < 1 { throw ValidationError("--actors must be at least 10 and --edges-per-actor at least 1") }
    }

    func run() throws {
      let path = tsv ?? FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-bench-\(seed).tsv").path
      defer { if tsv == nil { try? FileManager.default.removeItem(atPath: path) } }
      try writeEdgeList(to: path)
      let before = ProcessMemory.residentMegabytes
      let clock = ContinuousClock()
      var start = clock.now
      let list: EdgeList
      do { list = try EdgeList(contentsOf: path) } catch { throw CommandFailure(error.description) }
      let graph = list.compactGraph()
      let load = (clock.now - start) / .seconds(1)
      reportLine(String(format: "load: %d actors, %d edges from TSV in %.2f s; resident %.0f MB (%.0f MB before loading), peak %.0f MB",
        graph.nodeCount, graph.sources.count, load, ProcessMemory.residentMegabytes, before, ProcessMemory.peakMegabytes))

      var rng = SeededGenerator(seed: seed &+ 1)
      let search = PathSearch(graph)
      func pair() -> (Int32, Int32) { (Int32(rng.next() % UInt64(graph.nodeCount)), Int32(rng.next() % UInt64(graph.nodeCount))) }
      var latencies: [Double] = []
      var found = 0
      var hops = 0
      for _ in 0..<queries {
        let (s, t) = pair()
        start = clock.now
        let path = search.shortestPath(from: s, to: t)
        latencies.append((clock.now - start) / .milliseconds(1))
        if let path { found += 1; hops += path.hops }
      }
      reportLine(String(format: "shortest path: %d queries, median %.3f ms, p99 %.3f ms (%d connected, mean %.1f hops)",
        queries, Self.percentile(latencies, 0.5), Self.percentile(latencies, 0.99), found, Double(hops) / Double(max(found, 1))))
      latencies = []
      for _ in 0..<kQueries {
        let (s, t) = pair()
        start = clock.now
        _ = search.kShortestPaths(from: s, to: t, k: 5)
        latencies.append((clock.now - start) / .milliseconds(1))
      }
      reportLine(String(format: "k = 5 shortest paths: %d queries, median %.2f ms, p99 %.2f ms", kQueries, Self.percentile(latencies, 0.5), Self.percentile(latencies, 0.99)))
      reportLine(String(format: "peak memory: %.0f MB", ProcessMemory.peakMegabytes))
    }

    /// Streams the generator's edges to a TSV file, a few megabytes at a time.
    private func writeEdgeList(to path: String) throws {
      guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
        throw CommandFailure("\(path): cannot be written")
      }
      defer { try? handle.close() }
      var buffer = "source\trelation\ttarget\tdate\n"
      for (s, relation, t, day) in SyntheticGraph.scaleFreeEdges(actors: actors, perActor: edgesPerActor, seed: seed) {
        buffer += "a\(s)\t\(relation.rawValue)\ta\(t)\t\(Day(ordinal: 16000 + Int(day)))\n"
        if buffer.utf8.count > 4_000_000 {
          handle.write(Data(buffer.utf8))
          buffer = ""
        }
      }
      handle.write(Data(buffer.utf8))
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
      guard !values.isEmpty else { return .nan }
      let sorted = values.sorted()
      return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }
  }
}
