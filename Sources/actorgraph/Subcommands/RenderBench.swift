import ActorGraph
import ActorGraphRender
import ArgumentParser
import Foundation

extension ActorGraphCommand {
  struct RenderBench: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "render",
      abstract: "Render --count snapshot diagrams of about --actors actors to SVG in one process; print the time, and memory after many renders.",
      discussion: """
        Two workloads. Snapshots, as the `snapshots` command draws them: a graph growing over \
        --count dates is laid out once with dot, then each date's snapshot is drawn in those \
        places (Graphviz's nop2) by one `DiagramSeries`, which keeps the graph from one date to \
        the next. Independent layouts: --count different graphs, each laid out from scratch with \
        dot. With --out, the DOT that Graphviz is given for each diagram is \
        written to OUT/snapshots and OUT/layouts, for scripts/bench-render.sh to time the dot \
        program on the same input.
        """)

    @Option(help: "How many diagrams.")
    var count: Int = 200
    @Option(help: "Actors per diagram.")
    var actors: Int = 30
    @Option(help: "Write each diagram's DOT here.")
    var out: String?
    @Option(help: "Then keep rendering independent layouts to this many in all, printing resident memory after a tenth and at the end (0 to skip).")
    var memoryRenders: Int = 5000

    func validate() throws {
      guard count >= 1, actors >= 2 else { throw ValidationError("--count must be at least 1 and --actors at least 2") }
    }

    func run() throws {
      let clock = ContinuousClock()
      func seconds(since start: ContinuousClock.Instant) -> Double { (clock.now - start) / .seconds(1) }

      // Snapshots: one layout of the whole timeline, then every date drawn in its places.
      let timeline = SyntheticGraph.timelineGraph(actors: actors, days: count, seed: 1)
      let snapshots = timeline.dates.map { timeline.snapshot(on: $0) }
      let wholeDiagram = DiagramBuilder().diagram(timeline)
      var start = clock.now
      let whole = try GraphvizEngine.shared.renderKeepingLayout(wholeDiagram, engine: .dot, formats: [.svg])
      let layoutSeconds = seconds(since: start)
      var pinned = DiagramBuilder()
      pinned.pinned = whole.layout
      let snapshotDiagrams = snapshots.map { pinned.diagram($0) }
      start = clock.now
      var bytes = 0
      let series = DiagramSeries()
      for diagram in snapshotDiagrams { bytes += try series.render(diagram).count }
      let drawSeconds = seconds(since: start)
      let meanActors = Double(snapshots.map(\.connectedActors.count).reduce(0, +)) / Double(snapshots.count)
      reportLine(String(
        format: "in-process snapshots: 1 layout of the whole graph (%.1f ms) + %d snapshot SVGs of %.1f actors on average (%.2f ms each) = %.3f s, %d KB of SVG",
        layoutSeconds * 1000, snapshots.count, meanActors, drawSeconds * 1000 / Double(snapshots.count), layoutSeconds + drawSeconds, bytes / 1024))

      // Independent layouts: a different graph each time, laid out from scratch.
      let diagrams = (0..<count).map { DiagramBuilder().diagram(SyntheticGraph.diagramGraph(actors: actors, seed: UInt64($0))) }
      start = clock.now
      bytes = 0
      for diagram in diagrams { bytes += try GraphvizEngine.shared.render(diagram, engine: .dot, format: .svg).count }
      let layoutsSeconds = seconds(since: start)
      reportLine(String(format: "in-process independent layouts: %d SVG diagrams of %d actors in %.3f s (%.2f ms each, %d KB of SVG)", count, actors, layoutsSeconds, layoutsSeconds * 1000 / Double(count), bytes / 1024))

      if let out {
        try writeDOT([wholeDiagram], engine: .dot, to: (out as NSString).appendingPathComponent("whole"))
        try writeDOT(snapshotDiagrams, engine: nil, to: (out as NSString).appendingPathComponent("snapshots"))
        try writeDOT(diagrams, engine: .dot, to: (out as NSString).appendingPathComponent("layouts"))
      }

      guard memoryRenders > 0 else { return }
      let early = max(1, memoryRenders / 10)
      var rssEarly = 0.0
      for i in 0..<memoryRenders {
        _ = try GraphvizEngine.shared.render(diagrams[i % diagrams.count], engine: .dot, format: .svg)
        if i + 1 == early { rssEarly = ProcessMemory.residentMegabytes }
      }
      let rssLate = ProcessMemory.residentMegabytes
      reportLine(String(format: "memory: %.1f MB resident after %d renders, %.1f MB after %d (%+.1f%%)", rssEarly, early, rssLate, memoryRenders, (rssLate - rssEarly) / rssEarly * 100))
    }

    /// Writes the DOT Graphviz is given for each diagram (its `layout` attribute names the engine).
    private func writeDOT(_ diagrams: [Diagram], engine: LayoutEngine?, to folder: String) throws {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      for (i, var diagram) in diagrams.enumerated() {
        if let engine { diagram.graphAttributes["layout"] = engine.rawValue }
        let dot = try GraphvizEngine.shared.render(diagram, format: .dot)
        try DiagramOutput.write(dot, to: (folder as NSString).appendingPathComponent(String(format: "d%04d.dot", i)))
      }
    }
  }
}
