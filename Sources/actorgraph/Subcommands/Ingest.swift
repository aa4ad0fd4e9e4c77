import ActorGraph
import ActorGraphStore
import ArgumentParser
import Foundation

extension ActorGraphCommand {
  struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Read articles (.txt/.md files or folders) and store the actors and relations they assert.",
      discussion: """
        Metadata comes from a front-matter block (--- key: value ---) or a metadata.json sidecar in \
        the folder. Each article is stored in one transaction; ingesting it again replaces its \
        evidence. A bad file (missing, empty, binary, not UTF-8, broken front matter) is reported \
        with its name and skipped; the others are stored and the command exits 1.
        """)

    @Argument(help: "Files or folders of articles.")
    var paths: [String] = []

    @Option(help: "A TSV edge list to load instead (source, relation, target, optional date per line).")
    var edges: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var lexicon: LexiconOptions

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
      if paths.isEmpty && edges == nil { throw ValidationError("give files or folders of articles, or --edges FILE.tsv") }
    }

    func run() throws {
      if let edges { return try ingestEdges(edges) }
      let extractor = try lexicon.extractor()
      let results = ArticleReader().read(paths: paths)
      let articles = results.compactMap { try? $0.get() }
      var failures = results.compactMap { result -> ArticleReadError? in
        if case .failure(let error) = result { return error }
        return nil
      }.map(\.description)
      if !articles.isEmpty {
        let graphStore = try store.open(create: true)
        for article in articles {
          let extraction = extractor.extract(article)
          do {
            try graphStore.save(extraction)
            if !quiet { print("\(article.id): \(extraction.assertions.count) relations, \(extraction.actors.count) actors") }
          } catch {
            failures.append(error.description)
          }
        }
      }
      for failure in failures { StandardErrorWriting.line("error: \(failure)") }
      if !failures.isEmpty || articles.isEmpty {
        if articles.isEmpty && failures.isEmpty { StandardErrorWriting.line("error: no .txt or .md articles under \(paths.joined(separator: ", "))") }
        throw ExitCode.failure
      }
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
      for extraction in extractions {
        do { try graphStore.save(extraction) } catch { throw CommandFailure("\(error)") }
      }
      if !quiet { print("\(path): \(list.sources.count) edges between \(list.names.count) actors in \(extractions.count) dated groups") }
    }
  }
}
