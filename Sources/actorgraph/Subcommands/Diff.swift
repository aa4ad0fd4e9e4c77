import ActorGraph
import ActorGraphRender
import ArgumentParser

extension ActorGraphCommand {
  struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "What changed between two dates: edges added, removed, or flipped between cooperation and hostility; actors new or gone.",
      discussion: "Each side is the graph as of its date (everything dated up to it), or the last --window days.")

    @Argument(help: "The earlier date (YYYY-MM-DD).")
    var from: String
    @Argument(help: "The later date (YYYY-MM-DD).")
    var to: String
    @Option(help: "Compare the last DAYS days before each date instead of everything up to it.")
    var window: Int?
    @Flag(help: "Print JSON.")
    var json = false
    @Option(help: "Also draw the diff (added emphasised, removed faded, flipped marked) to this SVG file.")
    var render: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
      guard let a = Day(from), let b = Day(to) else { throw ValidationError("dates must be YYYY-MM-DD") }
      if b < a { throw ValidationError("the second date comes before the first") }
      if let window, window < 1 { throw ValidationError("--window must be at least 1 day") }
    }

    func run() throws {
      let graph = try store.open().loadGraph()
      let (a, b) = (Day(from)!, Day(to)!)
      let old = graph.snapshot(on: a, window: window)
      let new = graph.snapshot(on: b, window: window)
      let diff = old.diff(to: new)
      print(json ? try DiffReport.json(diff, from: from, to: to) : DiffReport.text(diff, old: old, new: new, from: from, to: to))
      if let render {
        let builder = DiffDiagram.builder(for: diff, title: "Changes from \(from) to \(to)")
        try DiagramOutput.write(try DiagramOutput.render(DiffDiagram.union(old, new), builder: builder, format: .svg), to: render)
      }
    }
  }
}
