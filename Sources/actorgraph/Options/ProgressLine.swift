import Foundation

/// A progress line on standard error (articles done, per second, time left), drawn only when
/// standard error is a terminal.
struct ProgressLine {
  private let enabled: Bool
  private let clock = ContinuousClock()
  private let start: ContinuousClock.Instant

  init(quiet: Bool) {
    enabled = !quiet && isatty(STDERR_FILENO) == 1
    start = clock.now
  }

  func update(done: Int, total: Int) {
    guard enabled, total > 0 else { return }
    let seconds = max((clock.now - start) / .seconds(1), 0.001)
    let rate = Double(done) / seconds
    let left = rate > 0 ? Double(total - done) / rate : 0
    let width = 30
    let filled = width * done / total
    let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
    let line = String(format: "\r[%@] %d/%d articles, %.0f/s, %d:%02d left ", bar, done, total, rate, Int(left) / 60, Int(left) % 60)
    FileHandle.standardError.write(Data(line.utf8))
    if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
