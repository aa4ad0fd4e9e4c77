import ActorGraph
import ActorGraphRender
import ArgumentParser
import Foundation

extension ActorGraphCommand {
  struct RenderBench: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "render",
      abstract: "Render --count diagrams of about --actors actors to SVG in one process; print the time, and memory after many renders.",
      discussion: "With --out, the DOT of each diagram is written there, for scripts/bench-render.sh to time the dot program on the same input.")

    @Option(help: "How many diagrams.")
    var count: Int = 200
    @Option(help: "Actors per diagram.")
    var actors: Int = 30
    @Option(help: "Write each diagram's DOT here.")
    var out: String?
    @Option(help: "Then keep rendering to this many in all, printing resident memory after --count*2.5 and at the end (0 to skip).")
    var memoryRenders: Int = 5000

    func run() throws {
      let diagrams = (0..<count).map { DiagramBuilder().diagram(SyntheticGraph.diagramGraph(actors: actors, seed: UInt64($0))) }
      if let out {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        for (i, diagram) in diagrams.enumerated() {
          let dot = try GraphvizEngine.shared.render(diagram, format: .dot)
          try Data(dot).write(to: URL(fileURLWithPath: (out as NSString).appendingPathComponent(String(format: "d%04d.dot", i))))
        }
      }
      let clock = ContinuousClock()
      let start = clock.now
      var bytes = 0
      for diagram in diagrams { bytes += try GraphvizEngine.shared.render(diagram, engine: .dot, format: .svg).count }
      let seconds = (clock.now - start) / .seconds(1)
      reportLine(String(format: "in-process: %d SVG diagrams of %d actors in %.3f s (%.2f ms each, %d KB of SVG)", count, actors, seconds, seconds * 1000 / Double(count), bytes / 1024))
      guard memoryRenders > 0 else { return }
      let early = max(1, memoryRenders / 10)
      var rssEarly = 0.0
      for i in 0..<memoryRenders {
        _ = try GraphvizEngine.shared.render(diagrams[i % diagrams.count], engine: .dot, format: .svg)
        if i + 1 == early { rssEarly = ProcessMemory.residentMegabytes }
      }
      let rssLate = ProcessMemory.residentMegabytes
      reportLine(String(format: "memory: %.1f MB resident after %d renders, %.1f MB after %d (%+.1f%%)", rssEarly, early, rssLate, memoryRenders, (rssLate - rssEarly) / rssEarly * 100))
    }  }
}
