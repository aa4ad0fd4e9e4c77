import ActorGraph
import ArgumentParser

/// `--lexicon FILE`, to extend or override the shipped lexicon.
struct LexiconOptions: ParsableArguments {
  @Option(name: .long, help: "A lexicon JSON file extending or overriding the shipped one (repeatable).")
  var lexicon: [String] = []

  func extractor() throws -> Extractor {
    do { return try Extractor(lexicon: try Lexicon.load(extendingWith: lexicon)) } catch { throw CommandFailure(error.description) }
  }
}
