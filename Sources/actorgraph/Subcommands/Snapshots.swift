import ActorGraph
import ActorGraphRender
import ArgumentParser
import Foundation

extension ActorGraphCommand {
  struct Snapshots: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write one diagram per article date (everything dated up to that day), plus the whole graph, as DOT and SVG.",
      discussion: "Undated articles are in the whole graph only, and are listed on standard error.")

    @Option(help: "The folder to write into (created if missing).")
    var out: String

    @Option(help: "dot, neato, fdp, sfdp, circo or twopi (default: by size).")
    var engine: LayoutEngine?

    @OptionGroup var store: StoreOptions

    func run() throws {
      let graph = try store.open().loadGraph()
      do { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) } catch {
        throw CommandFailure("\(out): cannot create the folder (\(error.localizedDescription))")
      }
      var written: [String] = []
      func write(_ g: RelationGraph, _ stem: String, title: String?) throws {
        let builder = DiagramBuilder(title: title)
        for format in [OutputFormat.dot, .svg] {
          let path = (out as NSString).appendingPathComponent("\(stem).\(format == .dot ? "dot" : "svg")")
          try DiagramOutput.write(try DiagramOutput.render(g, builder: builder, engine: engine, format: format), to: path)
          written.append(path)
        }
      }
      try write(graph, "graph", title: nil)
      for day in graph.dates {
        let snapshot = graph.asOf(day)
        try write(snapshot, "snapshot-\(day)", title: "ActorGraph as of \(day): \(snapshot.articles.count) dated article\(snapshot.articles.count == 1 ? "" : "s")")
      }
      for path in written { print(path) }
      for article in graph.undatedArticles {
        StandardErrorWriting.line("note: \(article.id) has no date; it is in graph.* only")
      }
    }
  }
}
