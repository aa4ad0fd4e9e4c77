/// Why the store could not do what was asked.
public enum StoreError: Error, Sendable, CustomStringConvertible {
  /// The file exists but is not an ActorGraph database (another application's, or not SQLite).
  case foreignDatabase(path: String, reason: String)
  /// The database was written by a newer ActorGraph with a schema this one does not know.
  case newerSchema(path: String, version: String)
  /// SQLite reported an error.
  case database(path: String, message: String)

  public var description: String {
    switch self {
    case .foreignDatabase(let path, let reason): return "\(path): not an ActorGraph database (\(reason)); give another --db path"
    case .newerSchema(let path, let version):
      return "\(path): written by a newer ActorGraph (schema '\(version)'); upgrade actorgraph to read it"
    case .database(let path, let message): return "\(path): \(message)"
    }
  }
}
