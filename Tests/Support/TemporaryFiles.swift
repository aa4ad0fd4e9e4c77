import Foundation

/// Files and folders in the temporary folder for one test, removed (with SQLite's WAL and
/// shared-memory files) when the owner goes away: hold one in a test suite's instance, which
/// Swift Testing makes afresh for each test.
public final class TemporaryFiles: @unchecked Sendable {
  // @unchecked: one test uses an instance, from one task.
  private var paths: [String] = []

  public init() {}

  /// A new, unused database path.
  public func database(_ prefix: String) -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString).sqlite").path
    paths += [path, path + "-wal", path + "-shm"]
    return path
  }

  /// A new, empty folder.
  public func folder(_ prefix: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    paths.append(url.path)
    return url
  }

  deinit {
    for path in paths { try? FileManager.default.removeItem(atPath: path) }
  }
}
