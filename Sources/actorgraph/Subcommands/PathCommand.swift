import ActorGraph
import ActorGraphRender
import ArgumentParser
import Foundation

extension ActorGraphCommand {
  struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "path",
      abstract: "How two actors are connected: the shortest path, the k shortest, or all paths up to a length.",
      discussion: """
        Each hop is printed with its relation, direction, supporting articles and the best \
        sentence with its article and date. Among paths of equal length, those whose edges are \
        supported by more articles come first. Signs: backs, leads, part_of and mediates are \
        cooperative, opposes is hostile, meets is neutral (--sign keeps to one kind).
        """)

    @Argument(help: ArgumentHelp("The actor to start from (name, alias or id).", valueName: "from"))
    var origin: String
    @Argument(help: ArgumentHelp("The actor to reach.", valueName: "to"))
    var destination: String
    @Option(help: "The k shortest simple paths (Yen's algorithm).")
    var k: Int = 1
    @Option(help: "All simple paths of up to this many hops (at most --limit of them).")
    var maxHops: Int?
    @Option(help: "With --max-hops: stop after this many paths, and say so.")
    var limit: Int = 100
    @Flag(help: "Print JSON.")
    var json = false
    @Option(help: "Draw the graph with the path highlighted to this SVG file.")
    var render: String?

    @OptionGroup var query: QueryOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
      if k < 1 { throw ValidationError("--k must be at least 1") }
      if let maxHops, maxHops < 1 { throw ValidationError("--max-hops must be at least 1") }
      if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
      let graph = try query.graph(store)
      let lookup = ActorLookup(graph: try store.open().loadGraph())
      let (a, b): (ActorID, ActorID)
      do { (a, b) = (try lookup.resolve(origin), try lookup.resolve(destination)) } catch { throw CommandFailure(error.description) }
      let indexed = IndexedGraph(graph)
      let name = { (id: ActorID) in graph.actors[id]?.name ?? id.rawValue }
      guard let s = indexed.number(of: a), let t = indexed.number(of: b) else {
        throw CommandFailure(QueryError.noPath(from: name(a), to: name(b)).description)
      }
      let search = PathSearch(indexed.compact)
      let filter = try query.filter()
      var capped = false
      let paths: [CompactPath]
      if let maxHops {
        (paths, capped) = search.allPaths(from: s, to: t, maxHops: maxHops, limit: limit, filter: filter)
      } else {
        paths = search.kShortestPaths(from: s, to: t, k: k, filter: filter)
      }
      guard !paths.isEmpty else { throw CommandFailure(QueryError.noPath(from: name(a), to: name(b)).description) }
      let hopLists = paths.map(indexed.hops)
      if json {
        print(try PathReport.json(hopLists, graph: graph, capped: capped))
      } else {
        print(PathReport.text(hopLists, graph: graph, from: name(a), to: name(b)))
        if capped { print("(stopped after \(limit) paths; raise --limit to see more)") }
      }
      if let render {
        var builder = DiagramBuilder(title: "\(name(a)) to \(name(b))")
        builder.highlighted = Set(hopLists.flatMap { $0.map { DiagramBuilder.EdgeKey(source: $0.edge.source, relation: $0.edge.relation, target: $0.edge.target) } })
        let context = graph.applying(GraphView(focus: a, hops: hopLists.map(\.count).max() ?? 1))
        try DiagramOutput.write(try DiagramOutput.render(context, builder: builder, format: .svg), to: render)
      }
    }
  }
}
