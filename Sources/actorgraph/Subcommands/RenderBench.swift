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
    @Option(help: "How many times to run the snapshot workload (the median is printed).")
    var repeats: Int = 5
    @Option(help: "Write each diagram's DOT here.")
    var out: String?
    @Option(help: "Then keep rendering independent layouts, and then the snapshot series round and round, to this many renders each, printing resident memory after a tenth and at the end (0 to skip).")
    var memoryRenders: Int = 5000

    func validate() throws {
      guard count >= 1, actors >= 2, repeats >= 1 else { throw ValidationError("--count and --repeats must be at least 1, and --actors at least 2") }
    }

    func run() throws {
      let clock = ContinuousClock()
      func seconds(since start: ContinuousClock.Instant) -> Double { (clock.now - start) / .seconds(1) }

      // Snapshots: one layout of the whole timeline, then every date drawn in its places.
      let timeline = SyntheticGraph.timelineGraph(actors: actors, days: count, seed: 1)
      let snapshots = timeline.dates.map { timeline.snapshot(on: $0) }
      let wholeDiagram = DiagramBuilder().diagram(timeline)
      // Repeated, and the median reported: a run this short is easily disturbed on a shared machine.
      var runs: [(layout: Double, draw: Double)] = []
      var snapshotDiagrams: [Diagram] = []
      var bytes = 0
      for _ in 0..<repeats {
        var start = clock.now
        let whole = try GraphvizEngine.shared.renderKeepingLayout(wholeDiagram, engine: .dot, formats: [.svg])
        let layoutSeconds = seconds(since: start)
        var pinned = DiagramBuilder()
        pinned.pinned = whole.layout
        snapshotDiagrams = snapshots.map { pinned.diagram($0) }
        start = clock.now
        bytes = 0
        let series = DiagramSeries()
        for diagram in snapshotDiagrams { bytes += try series.render(diagram).count }
        runs.append((layoutSeconds, seconds(since: start)))
      }
      let totals = runs.map { $0.layout + $0.draw }.sorted()
      let median = runs.sorted { $0.layout + $0.draw < $1.layout + $1.draw }[runs.count / 2]
      let meanActors = Double(snapshots.map(\.connectedActors.count).reduce(0, +)) / Double(snapshots.count)
      reportLine(String(
        format: "in-process snapshots, median of %d runs: 1 layout of the whole graph (%.1f ms) + %d snapshot SVGs of %.1f actors on average (%.2f ms each) = %.3f s (runs: %.3f–%.3f s; the first, with Graphviz's fonts still to load, %.3f s), %d KB of SVG",
        runs.count, median.layout * 1000, snapshots.count, meanActors, median.draw * 1000 / Double(snapshots.count), median.layout + median.draw,
        totals.first!, totals.last!, runs[0].layout + runs[0].draw, bytes / 1024))

      // Independent layouts: a different graph each time, laid out from scratch.
      let diagrams = (0..<count).map { DiagramBuilder().diagram(SyntheticGraph.diagramGraph(actors: actors, seed: UInt64($0))) }
      let start = clock.now
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
      try reportMemory("memory") { i in _ = try GraphvizEngine.shared.render(diagrams[i % diagrams.count], engine: .dot, format: .svg) }
      // A series going round the snapshots: every round starts again from the first date,
      // removing most of what the last one held.
      let series = DiagramSeries()
      try reportMemory("series memory") { i in _ = try series.render(snapshotDiagrams[i % snapshotDiagrams.count]) }
    }

    /// Renders `memoryRenders` times and prints resident memory after a tenth and at the end.
    private func reportMemory(_ label: String, render: (Int) throws -> Void) throws {
      let early = max(1, memoryRenders / 10)
      var rssEarly = 0.0
      for i in 0..<memoryRenders {
        try render(i)
        if i + 1 == early { rssEarly = ProcessMemory.residentMegabytes }
      }
      let rssLate = ProcessMemory.residentMegabytes
      reportLine(String(format: "%@: %.1f MB resident after %d renders, %.1f MB after %d (%+.1f%%)", label, rssEarly, early, rssLate, memoryRenders, (rssLate - rssEarly) / rssEarly * 100))
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
