import ActorGraph
import ActorGraphStore
import ArgumentParser
import Foundation

extension ActorGraphCommand {
  struct IngestBench: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "ingest",
      abstract: "Ingest a corpus generated from the seeds into a fresh database, on one core and on all; print articles per second and peak memory.")

    @Option(help: "Articles in the corpus.")
    var articles: Int = 100_000
    @Option(help: "The folder of articles the corpus repeats.")
    var seeds: String = "seeds"
    @Option(help: "Thread counts to measure, comma-separated (default: 1 and all cores).")
    var jobs: String = "1,\(ProcessInfo.processInfo.activeProcessorCount)"
    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
      let texts = ArticleReader().read(paths: [seeds]).compactMap { try? $0.get().text }
      guard !texts.isEmpty else { throw CommandFailure("\(seeds): no articles to build a corpus from") }
      let work = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-ingest-bench-\(ProcessInfo.processInfo.processIdentifier)")
      defer { try? FileManager.default.removeItem(at: work) }
      let corpus = work.appendingPathComponent("corpus")
      try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
      var bytes = 0
      for i in 0..<articles {
        let day = Day(ordinal: 17000 + i % 2000)
        let data = Data("---\ntitle: Article \(i)\ndate: \(day)\n---\n\(texts[i % texts.count])".utf8)
        bytes += data.count
        try data.write(to: corpus.appendingPathComponent(String(format: "a%07d.txt", i)))
      }
      reportLine(String(format: "corpus: %d articles, %.1f MB", articles, Double(bytes) / 1e6))
      let sources = ArticleReader().sources(paths: [corpus.path]).compactMap { try? $0.get() }
      let extractor = try lexicon.extractor()
      for jobs in jobs.split(separator: ",").compactMap({ Int($0) }) {
        let db = work.appendingPathComponent("bench-\(jobs).sqlite").path
        let store: GraphStore
        do { store = try GraphStore(path: db) } catch { throw CommandFailure(error.description) }
        let clock = ContinuousClock()
        let start = clock.now
        let cpuStart = ProcessCPUTime.seconds
        let report: ArticleIngester.Report
        do { report = try ArticleIngester(store: store, extractor: extractor, jobs: jobs).ingest(sources) } catch { throw CommandFailure(error.description) }
        let seconds = (clock.now - start) / .seconds(1)
        let cpu = ProcessCPUTime.seconds - cpuStart
        let fileBytes = ["", "-wal"].compactMap { try? FileManager.default.attributesOfItem(atPath: db + $0)[.size] as? Int }.reduce(0, +)
        reportLine(String(format: "%d thread%@: %d articles (%d relations) in %.1f s: %.0f articles/s, peak RSS %.0f MB, database %.0f MB, CPU %.1f s (%.2f ms an article, %.2f cores busy)",
          jobs, jobs == 1 ? "" : "s", report.stored, report.relations, seconds, Double(report.stored) / seconds, ProcessMemory.peakMegabytes,
          Double(fileBytes) / 1e6, cpu, cpu * 1000 / Double(max(1, report.stored)), cpu / seconds))
      }
    }
  }
}
