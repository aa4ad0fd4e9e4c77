import ActorGraph
import ActorGraphStore
import ArgumentParser
import Foundation

extension ActorGraphCommand {
  struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Read articles (.txt/.md files or folders, JSON Lines, or a TSV edge list) and store the actors and relations they assert.",
      discussion: """
        Metadata comes from a front-matter block (--- key: value ---) or a metadata.json sidecar in \
        the folder. Extraction runs on all cores; articles are stored in batched transactions; an \
        article whose text and metadata are unchanged is skipped, a changed one replaces its \
        evidence. A bad file (missing, empty, binary, not UTF-8, broken front matter) or bad \
        JSON line is reported with its name or line number and skipped; the rest are stored and \
        the command exits 1.
        """)

    @Argument(help: "Files or folders of articles.")
    var paths: [String] = []
    @Option(help: "JSON Lines to load instead: articles ({\"id\", \"text\", ...}) or the output of 'extract --jsonl'; - for standard input.")
    var jsonl: String?
    @Option(help: "A TSV edge list to load instead (source, relation, target, optional date per line).")
    var edges: String?
    @Option(help: "Threads extracting at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @Flag(help: "Extract again even articles whose content is unchanged.")
    var force = false
    @Flag(name: .long, help: "Print nothing but errors (no progress line, no summary).")
    var quiet = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
      let sources = (paths.isEmpty ? 0 : 1) + (jsonl == nil ? 0 : 1) + (edges == nil ? 0 : 1)
      if sources != 1 { throw ValidationError("give files or folders of articles, or --jsonl FILE, or --edges FILE.tsv (one of them)") }
      if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
      if let edges { return try ingestEdges(edges) }
      var failures: [String] = []
      let graphStore: GraphStore
      let report: ArticleIngester.Report
      let progress = ProgressLine(quiet: quiet)
      if let jsonl {
        let (articles, extractions, bad) = try readJSONLines(jsonl)
        failures += bad
        graphStore = try store.open(create: true)
        do { try graphStore.save(extractions) } catch { throw CommandFailure(error.description) }
        report = try ingester(graphStore).ingest(articles, progress: progress.update)
        if !quiet, !extractions.isEmpty { print("\(extractions.count) extracted articles stored as given") }
      } else {
        let sources = ArticleReader().sources(paths: paths)
        let found = sources.compactMap { try? $0.get() }
        failures += sources.compactMap { if case .failure(let e) = $0 { return e.description } else { return nil } }
        guard !found.isEmpty else {
          for failure in failures { StandardErrorWriting.line("error: \(failure)") }
          if failures.isEmpty { StandardErrorWriting.line("error: no .txt or .md articles under \(paths.joined(separator: ", "))") }
          throw ExitCode.failure
        }
        graphStore = try store.open(create: true)
        report = try ingester(graphStore).ingest(found, progress: progress.update)
      }
      failures += report.failures
      if !quiet { print("stored \(report.stored) articles (\(report.relations) relations), \(report.unchanged) unchanged") }
      for failure in failures { StandardErrorWriting.line("error: \(failure)") }
      if !failures.isEmpty { throw ExitCode.failure }
    }

    private func ingester(_ graphStore: GraphStore) throws -> ArticleIngester {
      ArticleIngester(store: graphStore, extractor: try lexicon.extractor(), jobs: jobs, force: force)
    }

    /// Articles and ready extractions from JSON Lines; bad lines become messages.
    private func readJSONLines(_ path: String) throws -> ([Article], [Extraction], [String]) {
      var articles: [Article] = []
      var extractions: [Extraction] = []
      var bad: [String] = []
      var reader = try LineReader(path: path)
      var number = 0
      while let line = reader.next() {
        number += 1
        if line.isBlank { continue }
        do {
          switch try JSONLines.parse(line, line: number, source: reader.name) {
          case .article(let article): articles.append(article)
          case .extraction(let extraction): extractions.append(extraction)
          }
        } catch {
          bad.append(error.description)
        }
      }
      return (articles, extractions, bad)
    }

    /// Loads an edge list: names the lexicon knows become its actors, others discovered ones.
    private func ingestEdges(_ path: String) throws {
      let list: EdgeList
      do { list = try EdgeList(contentsOf: path) } catch { throw CommandFailure(error.description) }
      let known = try lexicon.extractor().lexicon
      let byName = Dictionary(known.entries.values.flatMap { e in ([e.actor.name] + e.actor.aliases).map { (ActorLookup.normalize($0), e.actor) } }, uniquingKeysWith: { a, _ in a })
      let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
      let extractions = list.extractions(stem: stem) { name in
        byName[ActorLookup.normalize(name)] ?? NewsActor(id: ActorID(slugOf: name), name: name, type: .organization, discovered: true)
      }
      let graphStore = try store.open(create: true)
      do { try graphStore.save(extractions) } catch { throw CommandFailure(error.description) }
      if !quiet { print("\(path): \(list.sources.count) edges between \(list.names.count) actors in \(extractions.count) dated groups") }
    }
  }
}
