import Foundation
import Testing

@testable import ActorGraph

/// The extractor scored on the seeds' gold annotations, as `score.py` scores it.
@Suite struct SeedEvaluationTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func evaluate() throws -> Evaluation {
    let extractor = try Extractor(lexicon: try Lexicon.shipped())
    let seeds = root.appendingPathComponent("seeds")
    let articles = try ArticleReader().read(paths: [seeds.path]).map { try $0.get() }
    #expect(articles.count == 5)
    let graph = RelationGraph(extractions: articles.map(extractor.extract))
    return try Evaluation(
      graph: graph, goldDirectory: seeds.appendingPathComponent("gold").path,
      catalogues: [seeds.appendingPathComponent("gold/actors.json").path])
  }

  @Test func seedsScoreAboveTheFloor() throws {
    let evaluation = try Self.evaluate()
    // The floor the project commits to: F1 >= 0.85 with precision >= 0.85.
    #expect(evaluation.overall.f1 >= 0.85, "F1 \(evaluation.overall.f1)\n\(evaluation.report)")
    #expect(evaluation.overall.precision >= 0.85, "precision \(evaluation.overall.precision)")
  }

  @Test func seedDatesComeFromTheSidecar() throws {
    let articles = try ArticleReader().read(paths: [Self.root.appendingPathComponent("seeds").path]).map { try $0.get() }
    let dates = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0.metadata.date?.description) })
    #expect(dates["000_9ed8fdcc55d61e34"] == "2022-09-15")
    #expect(dates["004_c14a1469d1a060ad"] == "2020-01-15")
    #expect(dates["003_f4529ac017138a10"] == .some(nil))
  }
}
