import ActorGraph
import ArgumentParser

extension ActorGraphCommand {
  struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the actors of the graph with their type and edge count.")

    @OptionGroup var store: StoreOptions

    func run() throws {
      let graph = try store.open().loadGraph()
      var degree: [ActorID: Int] = [:]
      for edge in graph.edges {
        degree[edge.source, default: 0] += 1
        degree[edge.target, default: 0] += 1
      }
      let actors = graph.connectedActors.sorted { (-(degree[$0.id] ?? 0), $0.name) < (-(degree[$1.id] ?? 0), $1.name) }
      let width = actors.map(\.name.count).max() ?? 4
      for actor in actors {
        let name = actor.name.padding(toLength: width, withPad: " ", startingAt: 0)
        let type = actor.type.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
        print("\(name)  \(type)  \(degree[actor.id] ?? 0) edges\(actor.discovered ? "  (discovered)" : "")")
      }
    }
  }
}
