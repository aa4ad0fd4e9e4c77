import ActorGraph
import ArgumentParser
import Foundation

extension ActorGraphCommand {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the stored graph as JSON (the DESIGN.md contract), DOT or GraphML.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, dot, graphml }

    @Option(help: "json, dot or graphml.")
    var format: Format = .json

    @OptionGroup var store: StoreOptions

    func run() throws {
      let graph = try store.open().loadGraph()
      switch format {
      case .json: print(try JSONExport.render(graph))
      case .graphml: print(GraphMLExport.render(graph), terminator: "")
      case .dot: try DiagramOutput.write(try DiagramOutput.render(graph, format: .dot), to: nil)
      }
    }
  }
}
