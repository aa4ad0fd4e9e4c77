import ActorGraph
import Foundation
import Synchronization

/// Reads, extracts and stores articles: extraction on all cores, one transaction per batch,
/// unchanged articles skipped by content hash.
///
/// A batch is committed whole or not at all, so a process killed mid-ingest leaves every
/// committed article intact and the rest absent.
///
/// `ingest` blocks the thread that calls it until the last batch is stored (it waits on
/// semaphores and runs `DispatchQueue.concurrentPerform`): call it from a thread of your own
/// or the main thread, not from an async task, whose threads must not block.
public struct ArticleIngester: Sendable {
  /// What an ingest did.
  public struct Report: Sendable {
    public var stored = 0
    public var unchanged = 0
    public var relations = 0
    /// Messages naming each file or line that could not be read, in order.
    public var failures: [String] = []
  }

  public let store: GraphStore
  public let extractor: Extractor
  /// Threads extracting at once.
  public var jobs: Int
  /// Articles per transaction.
  public var batchSize: Int
  /// Re-extract articles whose content hash is unchanged.
  public var force: Bool

  public init(store: GraphStore, extractor: Extractor, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 256, force: Bool = false) {
    self.store = store
    self.extractor = extractor
    self.jobs = max(1, jobs)
    self.batchSize = max(1, batchSize)
    self.force = force
  }

  /// Ingests article files. `progress` is called after each batch with (done, total).
  ///
  /// The files of the next batch are read from disk while this one is extracted, so the
  /// extracting threads do not wait for the disk; they only parse the bytes.
  public func ingest(_ sources: [ArticleReader.Source], progress: (Int, Int) -> Void = { _, _ in }) throws(StoreError) -> Report {
    let reader = ArticleReader()
    return try run(
      count: sources.count, progress: progress,
      load: { range in
        range.map { index -> Result<Data, ArticleReadError> in
          do throws(ArticleReadError) { return .success(try sources[index].bytes()) } catch { return .failure(error) }
        }
      },
      article: { bytes, index, offset in
        do throws(ArticleReadError) { return .success(try sources[index].article(from: try bytes[offset].get(), with: reader)) } catch {
          return .failure(Failure(message: error.description))
        }
      })
  }

  /// Ingests articles already in memory (from JSON Lines).
  public func ingest(_ articles: [Article], progress: (Int, Int) -> Void = { _, _ in }) throws(StoreError) -> Report {
    try run(count: articles.count, progress: progress, load: { _ in () }, article: { _, index, _ in .success(articles[index]) })
  }

  /// A file that could not be read, as a message naming it.
  private struct Failure: Error {
    var message: String
  }

  private enum Outcome: Sendable {
    case extracted(Extraction)
    case unchanged
    case failed(String)
  }

  /// Extracts and stores articles `0..<count` a batch at a time. `load` gets a batch ready on
  /// the reader queue (while the batch before it is extracted); `article` makes one article of
  /// it on an extracting thread, given the loaded batch, the article's index and its offset in
  /// the batch.
  private func run<Loaded: Sendable>(
    count: Int, progress: (Int, Int) -> Void, load: @escaping @Sendable (Range<Int>) -> Loaded,
    article: @escaping @Sendable (Loaded, Int, Int) -> Result<Article, Failure>
  ) throws(StoreError) -> Report {
    let known = force ? [:] : try store.contentHashes()
    var report = Report()
    var start = 0
    let chunk = batchSize
    let reader = DispatchQueue(label: "actorgraph.ingest.reader")
    var next = Loading(on: reader) { load(0..<min(count, chunk)) }
    // Batch N is written on its own queue while batch N+1 is extracted; one batch waits at most.
    let writer = DispatchQueue(label: "actorgraph.ingest.writer")
    let slot = DispatchSemaphore(value: 1)
    let writeError = Mutex<StoreError?>(nil)
    let store = self.store
    while start < count {
      let range = start..<min(count, start + chunk)
      let loaded = next.value()
      if range.upperBound < count {
        let following = range.upperBound..<min(count, range.upperBound + chunk)
        next = Loading(on: reader) { load(following) }
      }
      let outcomes = Mutex<[Outcome?]>(Array(repeating: nil, count: range.count))
      let extractor = self.extractor
      let work: @Sendable (Int) -> Void = { offset in
        let outcome: Outcome
        switch article(loaded, range.lowerBound + offset, offset) {
        case .failure(let failure): outcome = .failed(failure.message)
        case .success(let article):
          if let hash = known[article.id], hash == article.contentHash { outcome = .unchanged } else { outcome = .extracted(extractor.extract(article)) }
        }
        outcomes.withLock { $0[offset] = outcome }
      }
      if jobs == 1 {
        for offset in 0..<range.count { work(offset) }
      } else {
        DispatchQueue.concurrentPerform(iterations: range.count, execute: work)
      }
      var batch: [Extraction] = []
      for outcome in outcomes.withLock({ $0 }) {
        switch outcome {
        case .extracted(let extraction)?:
          batch.append(extraction)
          report.relations += extraction.assertions.count
        case .unchanged?: report.unchanged += 1
        case .failed(let message)?: report.failures.append(message)
        case nil: break
        }
      }
      if let error = writeError.withLock({ $0 }) { throw error }
      if !batch.isEmpty {
        slot.wait()
        writer.async { [batch] in
          defer { slot.signal() }
          do { try store.save(batch) } catch let error as StoreError { writeError.withLock { $0 = error } } catch {}
        }
      }
      report.stored += batch.count
      start = range.upperBound
      progress(start, count)
    }
    // Wait for the last write.
    slot.wait()
    slot.signal()
    if let error = writeError.withLock({ $0 }) { throw error }
    return report
  }
}

/// A batch being loaded on a queue of its own; `value()` waits for it.
private final class Loading<Loaded: Sendable>: Sendable {
  private let done = DispatchSemaphore(value: 0)
  private let result = Mutex<Loaded?>(nil)

  init(on queue: DispatchQueue, _ load: @escaping @Sendable () -> Loaded) {
    queue.async { [self] in
      let loaded = load()
      result.withLock { $0 = loaded }
      done.signal()
    }
  }

  /// The loaded batch, once it is ready.
  func value() -> Loaded {
    done.wait()
    done.signal()
    return result.withLock { $0! }
  }
}
