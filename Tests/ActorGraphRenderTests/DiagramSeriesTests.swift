import ActorGraph
import Testing

@testable import ActorGraphRender

@Suite struct DiagramSeriesTests {
  /// Snapshots of a synthetic timeline pinned to the whole graph's layout, as the
  /// `snapshots` command draws them.
  static func snapshots(window: Int? = nil) throws -> [Diagram] {
    let timeline = SyntheticGraph.timelineGraph(actors: 14, days: 40, seed: 7)
    let whole = try GraphvizEngine.shared.renderKeepingLayout(DiagramBuilder().diagram(timeline), engine: .dot, formats: [.svg])
    var builder = DiagramBuilder()
    builder.pinned = whole.layout
    return timeline.dates.map { day in
      builder.title = "as of \(day)"
      return builder.diagram(timeline.snapshot(on: day, window: window))
    }
  }

  /// Draws `diagrams` as one series and each on its own; the outputs must be the same bytes.
  @discardableResult
  static func expectSameAsAlone(_ diagrams: [Diagram], sourceLocation: SourceLocation = #_sourceLocation) throws -> DiagramSeries {
    let series = DiagramSeries()
    for (index, diagram) in diagrams.enumerated() {
      let drawn = try series.render(diagram)
      let alone = try GraphvizEngine.shared.render(diagram, format: .svg)
      // Compared as one Bool: a failure would otherwise print both outputs byte by byte.
      let same = drawn == alone
      #expect(same, "diagram \(index) of the series differs from drawing it alone", sourceLocation: sourceLocation)
    }
    return series
  }

  @Test func cumulativeSnapshotsAreByteForByteTheSameAsDrawnAlone() throws {
    let series = try Self.expectSameAsAlone(try Self.snapshots())
    #expect(series.graphsOpened == 1)
  }

  @Test func aGraphDeclaringWhatTheDiagramDoesNotUseIsReplaced() throws {
    // cgraph cannot forget an attribute once declared; a new graph would not declare it.
    let snapshots = try Self.snapshots()
    var marked = snapshots[5]
    marked.nodes[0].attributes["fontcolor"] = "red"
    let series = try Self.expectSameAsAlone([snapshots[4], marked, snapshots[6]])
    #expect(series.graphsOpened == 2)
  }

  @Test func nodesAndEdgesThatLeaveAndComeBackKeepTheOrderAndIds() throws {
    // A moving window drops actors and edges and brings them back; backwards, every step
    // removes; shuffled, the order changes everywhere.
    let snapshots = try Self.snapshots(window: 5)
    try Self.expectSameAsAlone(snapshots)
    try Self.expectSameAsAlone(snapshots.reversed())
    var rng = SeededGenerator(seed: 11)
    try Self.expectSameAsAlone(snapshots.shuffled(using: &rng))
  }

  @Test func diagramsOfAnotherKindBetweenSnapshotsAreDrawnRight() throws {
    // Diff-like diagrams add attributes (fontcolor) the snapshots do not use; others have
    // another graph attribute, other node defaults, or an `id` of their own. All are pinned: Graphviz 2.43's dot can
    // lay the same graph out differently the second time in a process.
    let timeline = SyntheticGraph.timelineGraph(actors: 14, days: 40, seed: 7)
    let whole = try GraphvizEngine.shared.renderKeepingLayout(DiagramBuilder().diagram(timeline), engine: .dot, formats: [.svg])
    let snapshots = try Self.snapshots()
    var mixed: [Diagram] = []
    for (index, snapshot) in snapshots.enumerated() where index % 4 == 1 {
      mixed.append(snapshot)
      let graph = timeline.snapshot(on: timeline.dates[index])
      var marked = DiagramBuilder(title: "changes")
      marked.pinned = whole.layout
      let keys = graph.edges.map { DiagramBuilder.EdgeKey(source: $0.source, relation: $0.relation, target: $0.target) }
      marked.added = Set(keys.prefix(2))
      marked.faded = Set(keys.suffix(1))
      mixed.append(marked.diagram(graph))
      var padded = snapshot
      padded.graphAttributes["pad"] = "0.5"
      mixed.append(padded)
      var larger = snapshot
      larger.nodeDefaults["fontsize"] = "12"
      mixed.append(larger)
      var named = snapshot
      named.nodes[0].attributes["id"] = "first-actor"
      mixed.append(named)
    }
    try Self.expectSameAsAlone(mixed)
  }

  @Test func anErrorLeavesTheSeriesUsable() throws {
    let snapshots = try Self.snapshots()
    let series = DiagramSeries()
    _ = try series.render(snapshots[3])
    var broken = snapshots[4]
    broken.graphAttributes["layout"] = "no-such-engine"
    let error = #expect(throws: GraphvizError.self) { try series.render(broken) }
    #expect(error?.stage == .layout)
    let same = try series.render(snapshots[5]) == GraphvizEngine.shared.render(snapshots[5], format: .svg)
    #expect(same)
  }

  @Test func aNameGivenTwiceIsDrawnAsGraphvizDrawsIt() throws {
    var diagram = try Self.snapshots()[2]
    diagram.nodes.append(Diagram.Node(name: diagram.nodes[0].name, attributes: ["color": "red"]))
    diagram.edges.append(diagram.edges[0])
    try Self.expectSameAsAlone([diagram, diagram])
  }
}
