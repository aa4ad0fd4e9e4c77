import Foundation

/// Precision, recall and F1 of a graph against gold annotations, compared as
/// `../shared/eval/score.py` does: per article, triples of canonical names, `meets` unordered.
public struct Evaluation: Sendable, Encodable {
  /// Counts and scores for a set of triples.
  public struct Score: Sendable, Encodable {
    public var tp = 0
    public var fp = 0
    public var fn = 0
    public var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
    public var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    enum CodingKeys: String, CodingKey { case tp, fp, fn, precision, recall, f1 }
    public func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(tp, forKey: .tp)
      try c.encode(fp, forKey: .fp)
      try c.encode(fn, forKey: .fn)
      try c.encode((precision * 1000).rounded() / 1000, forKey: .precision)
      try c.encode((recall * 1000).rounded() / 1000, forKey: .recall)
      try c.encode((f1 * 1000).rounded() / 1000, forKey: .f1)
    }
  }

  /// One article's result, with the triples it got wrong.
  public struct ArticleResult: Sendable, Encodable {
    public var article: String
    public var score: Score
    public var falsePositives: [[String]]
    public var missed: [[String]]
  }

  public var overall = Score()
  public var perRelation: [String: Score] = [:]
  public var articles: [ArticleResult] = []

  /// Scores `graph` against every `*.gold.json` in `goldDirectory`, naming actors through the
  /// catalogue files (`{"Name": {"aliases": [...]}}`).
  /// - Throws: `EvaluationError` naming a file that cannot be read or parsed.
  public init(graph: RelationGraph, goldDirectory: String, catalogues: [String]) throws(EvaluationError) {
    var table: [String: String] = [:]
    for path in catalogues {
      guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
      guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw .malformed(path: path, reason: "expected an object of actors") }
      for (name, entry) in object.sorted(by: { $0.key < $1.key }) {
        let aliases = ((entry as? [String: Any])?["aliases"] as? [String]) ?? []
        for alias in [name] + aliases where table[ActorLookup.normalize(alias)] == nil { table[ActorLookup.normalize(alias)] = name }
      }
    }
    guard let files = try? FileManager.default.contentsOfDirectory(atPath: goldDirectory) else { throw .unreadable(path: goldDirectory) }
    struct Triple: Hashable, Comparable {
      var s: String, r: String, t: String
      init(_ s: String, _ r: String, _ t: String) {
        if r == RelationKind.meets.rawValue, t < s { (self.s, self.t) = (t, s) } else { (self.s, self.t) = (s, t) }
        self.r = r
      }
      static func < (a: Triple, b: Triple) -> Bool { (a.s, a.r, a.t) < (b.s, b.r, b.t) }
      var list: [String] { [s, r, t] }
    }
    var gold: [String: Set<Triple>] = [:]
    for file in files.sorted() where file.hasSuffix(".gold.json") {
      let path = (goldDirectory as NSString).appendingPathComponent(file)
      guard let data = FileManager.default.contents(atPath: path),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let article = object["article"] as? String, let relations = object["relations"] as? [[String: Any]]
      else { throw .malformed(path: path, reason: "expected {\"article\": ..., \"relations\": [...]}") }
      gold[article] = Set(relations.compactMap { r in
        guard let s = r["source"] as? String, let rel = r["relation"] as? String, let t = r["target"] as? String else { return nil }
        return Triple(s, rel, t)
      })
    }
    var canonical: [ActorID: String] = [:]
    for actor in graph.actors.values {
      let hit = ([actor.name] + actor.aliases).lazy.compactMap { table[ActorLookup.normalize($0)] }.first
      canonical[actor.id] = hit ?? "?" + actor.name
    }
    var predicted: [String: Set<Triple>] = [:]
    for edge in graph.edges {
      let triple = Triple(canonical[edge.source] ?? "?", edge.relation.rawValue, canonical[edge.target] ?? "?")
      guard triple.s != triple.t else { continue }
      for e in edge.evidence where gold[e.article] != nil { predicted[e.article, default: []].insert(triple) }
    }
    for (article, goldSet) in gold.sorted(by: { $0.key < $1.key }) {
      let p = predicted[article] ?? []
      var score = Score()
      score.tp = p.intersection(goldSet).count
      score.fp = p.subtracting(goldSet).count
      score.fn = goldSet.subtracting(p).count
      overall.tp += score.tp
      overall.fp += score.fp
      overall.fn += score.fn
      for t in p.intersection(goldSet) { perRelation[t.r, default: Score()].tp += 1 }
      for t in p.subtracting(goldSet) { perRelation[t.r, default: Score()].fp += 1 }
      for t in goldSet.subtracting(p) { perRelation[t.r, default: Score()].fn += 1 }
      articles.append(ArticleResult(article: article, score: score, falsePositives: p.subtracting(goldSet).sorted().map(\.list), missed: goldSet.subtracting(p).sorted().map(\.list)))
    }
  }

  /// The report score.py prints: per article, per relation, overall.
  public var report: String {
    var lines: [String] = []
    for a in articles {
      lines.append("\(a.article): tp=\(a.score.tp) fp=\(a.score.fp) fn=\(a.score.fn)")
      lines += a.falsePositives.map { "   + " + $0.joined(separator: " ") }
      lines += a.missed.map { "   - " + $0.joined(separator: " ") }
    }
    for (relation, s) in perRelation.sorted(by: { $0.key < $1.key }) {
      lines.append(String(format: "%@ P=%.3f R=%.3f F1=%.3f", relation.padding(toLength: 10, withPad: " ", startingAt: 0), s.precision, s.recall, s.f1))
    }
    lines.append(String(format: "overall P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", overall.precision, overall.recall, overall.f1, overall.tp, overall.fp, overall.fn))
    return lines.joined(separator: "\n")
  }

  enum CodingKeys: String, CodingKey { case overall, perRelation = "per_relation", articles }
}

/// A gold folder or catalogue that cannot be used.
public enum EvaluationError: Error, Equatable, Sendable, CustomStringConvertible {
  case unreadable(path: String)
  case malformed(path: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let path): return "\(path): cannot be read"
    case .malformed(let path, let reason): return "\(path): \(reason)"
    }
  }
}
