import ActorGraph
import ArgumentParser
import Foundation

extension ActorGraphCommand {
  struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Measure speed and memory: 'bench extract' (extraction), 'bench render' (Graphviz in process).",
      subcommands: [ExtractBench.self, RenderBench.self, PathBench.self, IngestBench.self])
  }

  struct ExtractBench: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "extract",
      abstract: "Extract a corpus of --mb megabytes made by repeating the seed articles, on one core; print MB/s and peak RSS.")

    @Option(help: "Corpus size in megabytes (10^6 bytes of article text).")
    var mb: Int = 50
    @Option(help: "Also report peak RSS after this many megabytes.")
    var checkpoint: Int = 10
    @Option(help: "The folder of articles the corpus repeats.")
    var seeds: String = "seeds"
    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
      if mb < 1 { throw ValidationError("--mb must be at least 1") }
    }

    func run() throws {
      let extractor = try lexicon.extractor()
      let articles = ArticleReader().read(paths: [seeds]).compactMap { try? $0.get() }
      guard !articles.isEmpty else { throw CommandFailure("\(seeds): no articles to build a corpus from") }
      let target = mb * 1_000_000
      var bytes = 0
      var relations = 0
      var count = 0
      var checkpointReported = false
      let clock = ContinuousClock()
      let start = clock.now
      // Articles are made and dropped one at a time: memory must not grow with the corpus.
      while bytes < target {
        var article = articles[count % articles.count]
        article.id = "\(article.id)-\(count)"
        bytes += article.text.utf8.count
        relations += extractor.extract(article).assertions.count
        count += 1
        if !checkpointReported, bytes >= checkpoint * 1_000_000 {
          checkpointReported = true
          reportLine(String(format: "after %.1f MB: peak RSS %.1f MB", Double(bytes) / 1e6, ProcessMemory.peakMegabytes))
        }
      }
      let seconds = (clock.now - start) / .seconds(1)
      reportLine(String(format: "after %.1f MB: peak RSS %.1f MB", Double(bytes) / 1e6, ProcessMemory.peakMegabytes))
      reportLine(String(format: "extracted %d articles, %.1f MB, %d relations in %.2f s: %.2f MB/s on one core, %.0f articles/s",
        count, Double(bytes) / 1e6, relations, seconds, Double(bytes) / 1e6 / seconds, Double(count) / seconds))
    }  }
}
