import ActorGraph
import ArgumentParser

extension ActorGraphCommand {
  struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "path",
      abstract: "Show the shortest connection between two actors, each hop with its relation and a sentence.")

    @Argument(help: "The actor to start from (name, alias or id).")
    var from: String
    @Argument(help: "The actor to reach.")
    var to: String

    @OptionGroup var view: ViewOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
      let graph = try store.open().loadGraph()
      let selected = graph.applying(try view.view(in: graph))
      let lookup = ActorLookup(graph: graph)
      let (a, b): (ActorID, ActorID)
      do { (a, b) = (try lookup.resolve(from), try lookup.resolve(to)) } catch { throw CommandFailure(error.description) }
      let name = { (id: ActorID) in graph.actors[id]?.name ?? id.rawValue }
      guard let hops = selected.shortestPath(from: a, to: b) else { throw CommandFailure(QueryError.noPath(from: name(a), to: name(b)).description) }
      print("\(name(a)) to \(name(b)): \(hops.count) hop\(hops.count == 1 ? "" : "s")")
      for (index, hop) in hops.enumerated() {
        let edge = hop.edge
        let arrow = edge.relation.isSymmetric ? "--" : (hop.forward ? "->" : "<-")
        print("\(index + 1). \(name(hop.from)) \(arrow) \(edge.relation.rawValue) \(arrow) \(name(hop.to))  (\(edge.articleCount) article\(edge.articleCount == 1 ? "" : "s"))")
        if let best = edge.evidence.max(by: { ($0.confidence, -$0.start) < ($1.confidence, -$1.start) }) {
          print("   \"\(best.sentence)\" [\(best.article), \(best.date?.description ?? "undated")]")
        }
      }
    }
  }
}
