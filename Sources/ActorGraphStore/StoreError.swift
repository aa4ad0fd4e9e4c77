/// Why the store could not do what was asked.
public enum StoreError: Error, Sendable, CustomStringConvertible {
  /// The file exists but is not an ActorGraph database (another application's, or not SQLite).
  case foreignDatabase(path: String, reason: String)
  /// The database was written by a newer ActorGraph with a schema this one does not know.
  case newerSchema(path: String, version: String)
  /// An article's evidence names an actor that its extraction does not carry.
  case unknownActor(path: String, article: String, actor: String)
  /// SQLite reported an error.
  case database(path: String, message: String)

  public var description: String {
    switch self {
    case .foreignDatabase(let path, let reason): return "\(path): not an ActorGraph database (\(reason)); give another --db path"
    case .newerSchema(let path, let version):
      return "\(path): written by a newer ActorGraph (schema '\(version)'); upgrade actorgraph to read it"
    case .unknownActor(let path, let article, let actor):
      return "\(path): article '\(article)' gives evidence about actor '\(actor)' but does not carry that actor; nothing of the batch was saved"
    case .database(let path, let message): return "\(path): \(message)"
    }
  }
}
