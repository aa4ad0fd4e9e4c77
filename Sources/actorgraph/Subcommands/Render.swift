import ActorGraph
import ActorGraphRender
import ArgumentParser

extension ActorGraphCommand {
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Draw the stored graph through Graphviz's C library (svg, dot, dot-layout, png, pdf, json).")

    @Option(help: "svg, dot (canonical), dot-layout, png, pdf or json (Graphviz JSON with coordinates).")
    var format: OutputFormat = .svg
    @Option(help: "dot, neato, fdp, sfdp, circo or twopi (default: dot for small graphs, sfdp for large).")
    var engine: LayoutEngine?
    @Option(name: .shortAndLong, help: "Write here instead of standard output.")
    var output: String?

    @OptionGroup var view: ViewOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
      let graph = try store.open().loadGraph()
      let selected = graph.applying(try view.view(in: graph))
      try DiagramOutput.write(try DiagramOutput.render(selected, engine: engine, format: format), to: output)
    }
  }
}
