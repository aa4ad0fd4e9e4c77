/// An actor as the JSON outputs write it (`export --format json` nodes, `extract --jsonl` actors).
struct ActorRecord: Codable {
  var id: String
  var name: String
  var type: String
  var aliases: [String]
  var discovered: Bool

  init(_ actor: NewsActor) {
    id = actor.id.rawValue
    name = actor.name
    type = actor.type.rawValue
    aliases = actor.aliases
    discovered = actor.discovered
  }
}
