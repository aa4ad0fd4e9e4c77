import ActorGraph
import ArgumentParser
import Foundation

extension ActorGraphCommand {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the stored graph as JSON (the DESIGN.md contract), DOT, GraphML or GEXF, or write Neo4j import CSVs.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, dot, graphml, gexf, neo4j }

    @Option(help: "json, dot, graphml, gexf (with time spells for Gephi), or neo4j (actors.csv and relations.csv in --out).")
    var format: Format = .json
    @Option(help: "With --format neo4j: the folder for actors.csv and relations.csv.")
    var out: String?

    func validate() throws {
      if format == .neo4j && out == nil { throw ValidationError("--format neo4j writes two files: give --out DIR") }
    }

    @OptionGroup var store: StoreOptions

    func run() throws {
      let graph = try store.open().loadGraph()
      switch format {
      case .json: print(try JSONExport.render(graph))
      case .graphml: print(GraphMLExport.render(graph), terminator: "")
      case .dot: try DiagramOutput.write(try DiagramOutput.render(graph, format: .dot), to: nil)
      case .gexf: print(GEXFExport.render(graph), terminator: "")
      case .neo4j:
        let folder = out!
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
          throw CommandFailure("\(folder): cannot create the folder")
        }
        try DiagramOutput.write(Array(Neo4jExport.nodes(graph).utf8), to: (folder as NSString).appendingPathComponent("actors.csv"))
        try DiagramOutput.write(Array(Neo4jExport.relationships(graph).utf8), to: (folder as NSString).appendingPathComponent("relations.csv"))
        print("\(folder)/actors.csv\n\(folder)/relations.csv\nneo4j-admin database import full --nodes=actors.csv --relationships=relations.csv")
      }
    }
  }
}
