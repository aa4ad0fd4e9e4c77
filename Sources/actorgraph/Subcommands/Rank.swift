import ActorGraph
import ArgumentParser
import Foundation

extension ActorGraphCommand {
  struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Who matters: actors ranked by degree, weighted degree (supporting articles) or betweenness.")

    enum Measure: String, ExpressibleByArgument, CaseIterable { case degree, weighted, betweenness }

    @Option(help: "degree, weighted or betweenness.")
    var by: Measure = .degree
    @Option(help: "Show at most this many.")
    var limit: Int = 20
    @OptionGroup var query: QueryOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
      var graph = try query.graph(store)
      let filter = try query.filter()
      if let relations = filter.relations { graph.edges = graph.edges.filter { relations.contains($0.relation) } }
      let indexed = IndexedGraph(graph)
      let scores: [Double]
      switch by {
      case .degree: scores = indexed.compact.degrees().map(Double.init)
      case .weighted: scores = indexed.compact.weightedDegrees().map(Double.init)
      case .betweenness: scores = indexed.compact.betweenness()
      }
      let ranked = scores.enumerated().sorted { ($0.element, indexed.ids[$1.offset]) > ($1.element, indexed.ids[$0.offset]) }
      for (place, entry) in ranked.prefix(limit).enumerated() {
        let actor = graph.actors[indexed.ids[entry.offset]]
        let value = by == .betweenness ? String(format: "%.2f", entry.element) : String(Int(entry.element))
        print("\(place + 1). \(actor?.name ?? indexed.ids[entry.offset].rawValue)  \(value)")
      }
    }
  }
}
