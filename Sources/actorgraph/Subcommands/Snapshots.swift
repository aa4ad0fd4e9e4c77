import ActorGraph
import ActorGraphRender
import ArgumentParser
import Foundation

extension ActorGraphCommand {
  struct Snapshots: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write one diagram per article date, the diffs between them, the whole graph, and index.html.",
      discussion: """
        Each snapshot holds everything dated up to its day (or the last --window days) and keeps \
        the whole graph's layout, so actors and edges stay where they are from one date to the next. \
        Files: graph.{dot,svg}, snapshot-DATE.{dot,svg}, diff-DATE.svg (changes since the \
        previous date) and index.html. Undated articles are in the whole graph only, and are \
        listed on standard error.
        """)

    @Option(help: "The folder to write into (created if missing).")
    var out: String
    @Option(help: "A moving window: each snapshot holds only the last DAYS days.")
    var window: Int?
    @Option(help: "The engine for the whole graph's layout (default: by size); snapshots reuse it.")
    var engine: LayoutEngine?

    @OptionGroup var store: StoreOptions

    func validate() throws {
      if let window, window < 1 { throw ValidationError("--window must be at least 1 day") }
    }

    func run() throws {
      let graph = try store.open().loadGraph()
      do { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) } catch {
        throw CommandFailure("\(out): cannot create the folder (\(error.localizedDescription))")
      }
      var written: [String] = []
      func path(_ name: String) -> String { (out as NSString).appendingPathComponent(name) }
      // Snapshots and diffs are each drawn as a series, keeping one Graphviz graph from one date
      // to the next; the canonical DOT needs no layout.
      let snapshotSeries = DiagramSeries(), diffSeries = DiagramSeries()
      func write(_ g: RelationGraph, _ stem: String, builder: DiagramBuilder, series: DiagramSeries, withDOT: Bool) throws {
        let diagram = builder.diagram(g)
        var outputs: [(bytes: [UInt8], suffix: String)] = []
        do {
          if withDOT { outputs.append((try GraphvizEngine.shared.render(diagram, format: .dot), "dot")) }
          outputs.append((try series.render(diagram), "svg"))
        } catch {
          throw CommandFailure(error.description)
        }
        for (bytes, suffix) in outputs {
          let file = path("\(stem).\(suffix)")
          try DiagramOutput.write(bytes, to: file)
          written.append(file)
        }
      }
      // The whole graph is laid out once: its DOT and SVG, and the places of every node and
      // edge in every snapshot and diff, all come from that one layout.
      let layout: PinnedLayout
      do {
        let whole = try GraphvizEngine.shared.renderKeepingLayout(
          DiagramBuilder().diagram(graph), engine: engine ?? DiagramOutput.automaticEngine(for: graph), formats: [.dot, .svg])
        for (bytes, name) in zip(whole.outputs, ["graph.dot", "graph.svg"]) {
          try DiagramOutput.write(bytes, to: path(name))
          written.append(path(name))
        }
        layout = whole.layout
      } catch let error as GraphvizError {
        throw CommandFailure(error.description)
      }

      var entries: [SnapshotIndexPage.Entry] = []
      var previous: (day: Day, graph: RelationGraph)?
      for day in graph.dates {
        let snapshot = graph.snapshot(on: day, window: window)
        var builder = DiagramBuilder(title: "ActorGraph as of \(day)\(window.map { ", last \($0) days" } ?? ""): \(snapshot.articles.count) dated article\(snapshot.articles.count == 1 ? "" : "s")")
        builder.pinned = layout
        try write(snapshot, "snapshot-\(day)", builder: builder, series: snapshotSeries, withDOT: true)
        var diffFile: String?
        var diffText: String?
        if let previous {
          let diff = previous.graph.diff(to: snapshot)
          diffText = DiffReport.text(diff, old: previous.graph, new: snapshot, from: previous.day.description, to: day.description)
          var diffBuilder = DiffDiagram.builder(for: diff, title: "Changes from \(previous.day) to \(day)")
          diffBuilder.pinned = layout
          try write(DiffDiagram.union(previous.graph, snapshot), "diff-\(day)", builder: diffBuilder, series: diffSeries, withDOT: false)
          diffFile = "diff-\(day).svg"
        }
        entries.append(.init(day: day, articleCount: snapshot.articles.count, snapshotFile: "snapshot-\(day).svg", diffFile: diffFile, diffText: diffText))
        previous = (day, snapshot)
      }
      let page = SnapshotIndexPage(
        title: "ActorGraph snapshots", wholeGraphFile: "graph.svg", entries: entries, undated: graph.undatedArticles.map(\.id))
      try DiagramOutput.write(Array(page.html.utf8), to: path("index.html"))
      written.append(path("index.html"))
      for file in written { print(file) }
      for article in graph.undatedArticles {
        StandardErrorWriting.line("note: \(article.id) has no date; it is in graph.* only")
      }
    }
  }
}
