import ActorGraph
import ArgumentParser
import Foundation

extension ActorGraphCommand {
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Stream extraction with no database: JSON Lines of articles in, one JSON line of relations with evidence per article out.",
      discussion: """
        Input lines: {"id": ..., "text": ..., "title"?, "date"?, "outlet"?, "url"?}. Runs unchanged \
        under Spark's pipe, Hadoop Streaming or GNU parallel. A bad line is reported on stderr \
        with its line number and skipped; the rest goes on, and the exit status is 1 at the end.
        """)

    @Flag(help: "Read and write JSON Lines (the only mode).")
    var jsonl = false
    @Option(help: "Read from this file instead of standard input.")
    var input: String = "-"
    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
      if !jsonl { throw ValidationError("extract streams JSON Lines: give --jsonl") }
    }

    func run() throws {
      let extractor = try lexicon.extractor()
      var reader = try LineReader(path: input)
      var number = 0
      var bad = 0
      let out = FileHandle.standardOutput
      while let line = reader.next() {
        number += 1
        if line.isBlank { continue }
        do {
          let extraction: Extraction
          switch try JSONLines.parse(line, line: number, source: reader.name) {
          case .article(let article): extraction = extractor.extract(article)
          case .extraction(let given): extraction = given
          }
          out.write(Data((JSONLines.line(for: extraction) + "\n").utf8))
        } catch {
          bad += 1
          StandardErrorWriting.line("error: \(error)")
        }
      }
      if bad > 0 { throw ExitCode.failure }
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Delete articles and the evidence they gave.")

    @Argument(help: "Article ids (file names without extension).")
    var articles: [String]
    @OptionGroup var store: StoreOptions

    func run() throws {
      let missing: [String]
      do { missing = try store.open().remove(articles: articles) } catch { throw CommandFailure("\(error)") }
      print("removed \(articles.count - missing.count) article\(articles.count - missing.count == 1 ? "" : "s")")
      for id in missing { StandardErrorWriting.line("error: no article '\(id)' in the database") }
      if !missing.isEmpty { throw ExitCode.failure }
    }
  }
}
