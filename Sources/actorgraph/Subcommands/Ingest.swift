import ActorGraph
import ActorGraphStore
import ArgumentParser

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
    var paths: [String]

    @OptionGroup var store: StoreOptions
    @OptionGroup var lexicon: LexiconOptions

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
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
  }
}
