import ArgumentParser

/// The `actorgraph` command: turns news articles into an actor-relationship graph.
@main
struct ActorGraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "actorgraph",
    abstract: "Turn news articles into a typed actor-relationship graph, with every edge traced to its sentence.",
    subcommands: [
      Ingest.self, Extract.self, Remove.self, Export.self, Render.self, Snapshots.self, PathCommand.self, Actors.self, Evaluate.self, Diff.self, Balance.self, Allies.self, Rivals.self, Rank.self, Bench.self,
    ])
}
