import ActorGraph
import ArgumentParser
import Foundation

extension ActorGraphCommand {
  struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score the stored graph against gold annotations: precision, recall and F1 per relation and overall.",
      discussion: """
        GOLD holds one <article>.gold.json per article ({"article", "relations": [{"source", \
        "relation", "target"}]}). Actor names are matched through an alias catalogue: --actors, \
        else actors.json in GOLD or its parent folder. Lists false positives (+) and misses (-).
        """)

    @Option(help: "The folder of *.gold.json files.")
    var gold: String
    @Option(help: "Alias catalogue(s) (default: actors.json in --gold or its parent).")
    var actors: [String] = []
    @Flag(help: "Print the result as JSON.")
    var json = false
    @Option(help: "Exit with status 1 when overall F1 is below this.")
    var failBelow: Double?

    @OptionGroup var store: StoreOptions

    func run() throws {
      var catalogues = actors
      if catalogues.isEmpty {
        let candidates = [(gold as NSString).appendingPathComponent("actors.json"), ((gold as NSString).deletingLastPathComponent as NSString).appendingPathComponent("actors.json")]
        guard let found = candidates.first(where: FileManager.default.fileExists) else {
          throw CommandFailure("no actors.json in \(gold) or its parent; give --actors FILE")
        }
        catalogues = [found]
      }
      let graph = try store.open().loadGraph()
      let evaluation: Evaluation
      do { evaluation = try Evaluation(graph: graph, goldDirectory: gold, catalogues: catalogues) } catch { throw CommandFailure(error.description) }
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        print(String(decoding: try encoder.encode(evaluation), as: UTF8.self))
      } else {
        print(evaluation.report)
      }
      if let floor = failBelow, evaluation.overall.f1 < floor {
        StandardErrorWriting.line(String(format: "F1 %.3f is below %.3f", evaluation.overall.f1, floor))
        throw ExitCode.failure
      }
    }
  }
}
