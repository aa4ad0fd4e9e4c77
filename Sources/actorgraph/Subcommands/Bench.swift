import ActorGraph
import ArgumentParser
import Foundation
import Synchronization

extension ActorGraphCommand {
  struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Measure speed and memory: 'bench extract' (extraction), 'bench render' (Graphviz in process).",
      subcommands: [ExtractBench.self, RenderBench.self, PathBench.self, IngestBench.self])
  }

  struct ExtractBench: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "extract",
      abstract: "Extract a corpus of --mb megabytes made by repeating the seed articles, on one core (or --jobs threads); print MB/s and peak RSS.")

    @Option(help: "Corpus size in megabytes (10^6 bytes of article text).")
    var mb: Int = 50
    @Option(help: "Also report peak RSS after this many megabytes.")
    var checkpoint: Int = 10
    @Option(help: "The folder of articles the corpus repeats.")
    var seeds: String = "seeds"
    @Option(help: "Threads extracting at once, each its share of the corpus (1: the one-core figure).")
    var jobs: Int = 1
    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
      if mb < 1 { throw ValidationError("--mb must be at least 1") }
      if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
      let extractor = try lexicon.extractor()
      let articles = ArticleReader().read(paths: [seeds]).compactMap { try? $0.get() }
      guard !articles.isEmpty else { throw CommandFailure("\(seeds): no articles to build a corpus from") }
      let clock = ContinuousClock()
      let start = clock.now
      let totals: [(bytes: Int, relations: Int, count: Int)]
      if jobs == 1 {
        totals = [extract(articles, extractor: extractor, bytes: mb * 1_000_000, checkpoint: checkpoint * 1_000_000)]
      } else {
        let shares = Mutex<[(bytes: Int, relations: Int, count: Int)]>([])
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
          let share = extract(articles, extractor: extractor, bytes: mb * 1_000_000 / jobs, checkpoint: nil, label: "-\(job)")
          shares.withLock { $0.append(share) }
        }
        totals = shares.withLock { $0 }
      }
      let seconds = (clock.now - start) / .seconds(1)
      let bytes = totals.map(\.bytes).reduce(0, +)
      let relations = totals.map(\.relations).reduce(0, +)
      let count = totals.map(\.count).reduce(0, +)
      reportLine(String(format: "after %.1f MB: peak RSS %.1f MB", Double(bytes) / 1e6, ProcessMemory.peakMegabytes))
      reportLine(String(format: "extracted %d articles, %.1f MB, %d relations in %.2f s: %.2f MB/s on %@, %.0f articles/s",
        count, Double(bytes) / 1e6, relations, seconds, Double(bytes) / 1e6 / seconds, jobs == 1 ? "one core" : "\(jobs) threads",
        Double(count) / seconds))
    }

    /// Extracts articles made from `articles` until `bytes` of text are done; reports peak RSS
    /// once `checkpoint` bytes are. Articles are made and dropped one at a time: memory must not
    /// grow with the corpus.
    private func extract(_ articles: [Article], extractor: Extractor, bytes target: Int, checkpoint: Int?, label: String = "")
      -> (bytes: Int, relations: Int, count: Int)
    {
      var bytes = 0
      var relations = 0
      var count = 0
      var checkpointReported = false
      while bytes < target {
        var article = articles[count % articles.count]
        article.id = "\(article.id)\(label)-\(count)"
        bytes += article.text.utf8.count
        relations += extractor.extract(article).assertions.count
        count += 1
        if let checkpoint, !checkpointReported, bytes >= checkpoint {
          checkpointReported = true
          reportLine(String(format: "after %.1f MB: peak RSS %.1f MB", Double(bytes) / 1e6, ProcessMemory.peakMegabytes))
        }
      }
      return (bytes, relations, count)
    }
  }
}
