import ActorGraph
import ArgumentParser

extension ActorGraphCommand {
  struct Balance: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Unbalanced triads: two cooperative ties and one hostile (A backs B, B backs C, A opposes C), or three hostile; most supported first.",
      discussion: "Cooperative: backs, leads, part_of, mediates. Hostile: opposes. Pairs with edges of both signs are left out.")

    @Option(help: "Show at most this many.")
    var limit: Int = 20
    @OptionGroup var query: QueryOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
      let graph = try query.graph(store)
      let name = { (id: ActorID) in graph.actors[id]?.name ?? id.rawValue }
      let triads = graph.unbalancedTriads()
      if triads.isEmpty { print("no unbalanced triads") }
      for triad in triads.prefix(limit) {
        print("\(triad.actors.map(name).joined(separator: " / ")) (\(triad.support) supporting articles)")
        for edge in triad.edges {
          print("   \(name(edge.source)) \(edge.relation.rawValue) \(name(edge.target)): \"\(PathReport.bestEvidence(edge)?.sentence ?? "")\"")
        }
      }
    }
  }

  struct Allies: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Actors with cooperative ties to an actor (and no hostile one), most supported first.")
    @Argument(help: "The actor.") var actor: String
    @OptionGroup var query: QueryOptions
    @OptionGroup var store: StoreOptions
    func run() throws { try Partners.print(actor, sign: .cooperative, query: query, store: store) }
  }

  struct Rivals: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Actors with hostile ties to an actor (and no cooperative one), most supported first.")
    @Argument(help: "The actor.") var actor: String
    @OptionGroup var query: QueryOptions
    @OptionGroup var store: StoreOptions
    func run() throws { try Partners.print(actor, sign: .hostile, query: query, store: store) }
  }
}

/// The shared body of `allies` and `rivals`.
enum Partners {
  static func print(_ actorName: String, sign: RelationSign, query: QueryOptions, store: StoreOptions) throws {
    let graph = try query.graph(store)
    let actor: ActorID
    do { actor = try ActorLookup(graph: try store.open().loadGraph()).resolve(actorName) } catch { throw CommandFailure("\(error)") }
    let name = { (id: ActorID) in graph.actors[id]?.name ?? id.rawValue }
    let partners = graph.partners(of: actor, sign: sign)
    if partners.isEmpty { Swift.print("no \(sign == .hostile ? "rivals" : "allies") of \(name(actor)) in the graph") }
    for (other, edges) in partners {
      let relations = edges.map { "\(name($0.source)) \($0.relation.rawValue) \(name($0.target))" }.joined(separator: "; ")
      Swift.print("\(name(other))  (\(edges.reduce(0) { $0 + $1.articleCount }) articles: \(relations))")
    }
  }
}
