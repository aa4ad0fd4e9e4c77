import ActorGraphStore
import ArgumentParser
import Foundation

/// Where the database is: `--db`, else `ACTORGRAPH_DB`, else `actorgraph.sqlite` here.
struct StoreOptions: ParsableArguments {
  @Option(name: .long, help: "The SQLite database (default: $ACTORGRAPH_DB, else ./actorgraph.sqlite).")
  var db: String?

  var path: String { db ?? ProcessInfo.processInfo.environment["ACTORGRAPH_DB"] ?? "actorgraph.sqlite" }

  /// Opens the store, which must exist unless `create` is set.
  func open(create: Bool = false) throws -> GraphStore {
    if !create, !FileManager.default.fileExists(atPath: path) {
      throw CommandFailure("\(path): no database here; run 'actorgraph ingest PATH...' first or give --db")
    }
    do { return try GraphStore(path: path) } catch { throw CommandFailure(error.description) }
  }
}

/// A failure to report on standard error, exiting with status 1.
struct CommandFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// Writes a line to standard error.
enum StandardErrorWriting {
  static func line(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}
