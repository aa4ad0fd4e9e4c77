import Foundation

/// The actors the extractor knows, with the words that name them, and the offices people hold.
///
/// The shipped lexicon is a package resource (`lexicon.json`); `--lexicon FILE` adds to it or
/// overrides its entries by canonical name.
public struct Lexicon: Sendable {
  /// What the lexicon knows of one actor beyond its name.
  public struct Entry: Sendable {
    public var actor: NewsActor
    /// The state or larger organization this one belongs to.
    public var partOf: ActorID?
    /// Actors the lexicon states back this one (Iran for Hezbollah).
    public var backers: [ActorID]
    /// Capitals and seats that stand for a government ("Ankara", "the Kremlin").
    public var seats: [String]
    /// Adjectives for a state ("Turkish").
    public var demonyms: [String]
    /// The day the actor came into being, if the lexicon says.
    public var founded: Day?
    /// The actor the names of this one stood for before `founded`: in 2014 "Kurdish fighters"
    /// in Syria were the YPG, the SDF being formed only in 2015.
    public var beforeFounding: ActorID?

    /// The actor this one's names stand for on `day` (itself when no day is known).
    public func named(on day: Day?) -> ActorID {
      guard let day, let founded, let beforeFounding, day < founded else { return actor.id }
      return beforeFounding
    }
  }

  /// A role a person held for a state over a span of days.
  public struct Office: Sendable {
    public var state: ActorID
    public var role: String
    public var holder: ActorID
    public var from: Day?
    public var to: Day?
    /// What the holder heads while in office, if anything (the state, an agency).
    public var leads: ActorID?

    /// Whether the office was held on `day`; with no day, any holding counts.
    public func isHeld(on day: Day?) -> Bool {
      guard let day else { return true }
      if let from, day < from { return false }
      if let to, day > to { return false }
      return true
    }
  }

  public private(set) var entries: [ActorID: Entry] = [:]
  /// The entries' actors numbered, and their types by number, for the extractor's many
  /// lookups of a type (made anew by every merge).
  private var numbered = ActorTable([])
  private var typesByNumber: [ActorType] = []
  public private(set) var offices: [Office] = []
  /// `offices` by holder, for the extractor's many lookups of one person's offices.
  private var officesByHolder: [ActorID: [Office]] = [:]
  /// `offices` by state and role, for resolving "the Turkish president".
  private var officesByPost: [Post: [Office]] = [:]
  private struct Post: Hashable {
    var state: ActorID
    var role: String
  }
  /// Role words ("spy chief") to the role they name ("intelligence chief").
  public private(set) var roleWords: [String: String] = [:]
  /// Demonyms, lowercased, to their state.
  public private(set) var demonymStates: [String: ActorID] = [:]
  /// States to the government the lexicon names after their seat ("Tripoli government" for
  /// Libya): a rival seated in the capital, for what the state's non-state enemies attack there.
  public private(set) var seatedGovernments: [ActorID: ActorID] = [:]

  /// The lexicon shipped with ActorGraph.
  public static func shipped() throws(LexiconError) -> Lexicon {
    guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "json") else {
      throw LexiconError(file: "lexicon.json", message: "the shipped lexicon is missing from the package resources")
    }
    var lexicon = Lexicon()
    try lexicon.merge(contentsOf: url)
    return lexicon
  }

  /// The shipped lexicon extended by each of `files` in turn.
  public static func load(extendingWith files: [String]) throws(LexiconError) -> Lexicon {
    var lexicon = try shipped()
    for file in files { try lexicon.merge(contentsOf: URL(fileURLWithPath: file)) }
    return lexicon
  }

  public init() {}

  /// Adds the actors, offices and roles of a lexicon file; an actor with an existing canonical
  /// name replaces the old entry.
  /// - Throws: `LexiconError` naming the file and line of a syntax error, an unknown actor type,
  ///   a malformed date, or an office or relation naming an actor the lexicon does not have.
  public mutating func merge(contentsOf url: URL) throws(LexiconError) {
    let file = url.path
    let data: Data
    do { data = try Data(contentsOf: url) } catch {
      throw LexiconError(file: file, message: "cannot be read (\(error.localizedDescription))")
    }
    try merge(data: data, file: file)
  }

  /// Adds the contents of lexicon JSON (see `merge(contentsOf:)`).
  public mutating func merge(data: Data, file: String) throws(LexiconError) {
    let parsed = try LexiconFile.decode(data, file: file)
    let text = String(decoding: data, as: UTF8.self)
    func line(of needle: String) -> Int? { JSONErrorLocation.line(ofQuoted: needle, in: text) }
    func day(_ value: String?) throws(LexiconError) -> Day? {
      guard let value else { return nil }
      guard let day = Day(value) else { throw LexiconError(file: file, line: line(of: value), message: "date '\(value)' is not YYYY-MM-DD") }
      return day
    }
    var pending: [(id: ActorID, partOf: String?, backers: [String], beforeFounding: String?)] = []
    // Within one file an actor is defined once and a name names one actor; a later file may
    // override an earlier one's entries.
    var definedHere: [ActorID: String] = [:]
    var actorNamed: [String: String] = [:]
    for actor in parsed.actors ?? [] {
      guard let type = ActorType(rawValue: actor.type) else {
        throw LexiconError(
          file: file, line: line(of: actor.name),
          message: "actor '\(actor.name)' has type '\(actor.type)'; expected one of \(ActorType.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      guard !actor.name.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw LexiconError(file: file, line: line(of: "name"), message: "an actor has an empty name")
      }
      if actor.before_founding != nil, actor.founded == nil {
        throw LexiconError(file: file, line: line(of: actor.name), message: "actor '\(actor.name)' has 'before_founding' but no 'founded' date")
      }
      let id = ActorID(slugOf: actor.name)
      if let first = definedHere[id] {
        throw LexiconError(
          file: file, line: JSONErrorLocation.line(ofKey: "name", value: actor.name, occurrence: 2, in: text) ?? line(of: actor.name),
          message: "actor '\(actor.name)' is defined twice in this file (also as '\(first)'); merge the two entries")
      }
      definedHere[id] = actor.name
      for name in [actor.name] + (actor.aliases ?? []) {
        if let other = actorNamed[name], other != actor.name {
          throw LexiconError(file: file, line: line(of: name), message: "'\(name)' names both '\(other)' and '\(actor.name)'; keep it for one of them")
        }
        actorNamed[name] = actor.name
      }
      entries[id] = Entry(
        actor: NewsActor(id: id, name: actor.name, type: type, aliases: actor.aliases ?? []), partOf: nil, backers: [],
        seats: actor.seats ?? [], demonyms: actor.demonyms ?? [], founded: try day(actor.founded))
      pending.append((id, actor.part_of, actor.backers ?? [], actor.before_founding))
    }
    func known(_ name: String) throws(LexiconError) -> ActorID {
      let id = ActorID(slugOf: name)
      guard entries[id] != nil else { throw LexiconError(file: file, line: line(of: name), message: "'\(name)' is not an actor of the lexicon") }
      return id
    }
    for (id, partOf, backers, beforeFounding) in pending {
      let whole = try partOf.map { (name) throws(LexiconError) in try known(name) }
      var ids: [ActorID] = []
      for backer in backers { ids.append(try known(backer)) }
      entries[id]?.partOf = whole
      entries[id]?.backers = ids
      let predecessor = try beforeFounding.map { (name) throws(LexiconError) in try known(name) }
      entries[id]?.beforeFounding = predecessor
    }
    for office in parsed.offices ?? [] {
      offices.append(
        Office(
          state: try known(office.state), role: office.role.lowercased(), holder: try known(office.holder),
          from: try day(office.from), to: try day(office.to), leads: try office.leads.map { (name) throws(LexiconError) in try known(name) }))
    }
    for leader in parsed.leaders ?? [] {
      let target = try known(leader.leads)
      offices.append(
        Office(
          state: target, role: "leader", holder: try known(leader.holder), from: try day(leader.from), to: try day(leader.to),
          leads: target))
    }
    for (role, words) in parsed.roles ?? [:] {
      for word in words + [role] { roleWords[TextNormalizer.normalize(word).lowercased()] = role.lowercased() }
    }
    demonymStates = [:]
    for entry in entries.values.sorted(by: { $0.actor.id < $1.actor.id }) {
      for demonym in entry.demonyms { demonymStates[demonym.lowercased()] = entry.actor.id }
    }
    let ids = Array(entries.keys)
    numbered = ActorTable(ids)
    typesByNumber = ids.map { entries[$0]!.actor.type }
    officesByHolder = Dictionary(grouping: offices, by: \.holder)
    officesByPost = Dictionary(grouping: offices) { Post(state: $0.state, role: $0.role) }
    seatedGovernments = [:]
    for state in entries.values where state.actor.type == .state {
      let names = Set(state.seats.flatMap { seat in ["\(seat) government", "government in \(seat)"].map { $0.lowercased() } })
      guard !names.isEmpty else { continue }
      let seated = entries.values.filter { $0.actor.id != state.actor.id && $0.actor.aliases.contains { names.contains($0.lowercased()) } }
      if seated.count == 1 { seatedGovernments[state.actor.id] = seated[0].actor.id }
    }
  }

  /// The entry for an actor id.
  public subscript(id: ActorID) -> Entry? { entries[id] }

  /// The type of an actor of the lexicon, nil for others.
  public func type(of id: ActorID) -> ActorType? {
    numbered.number(of: id).map { typesByNumber[$0] }
  }

  /// The offices of a state and role held on a day (any day when `day` is nil).
  /// "leader" is whoever heads the state, whatever the office's name ("Qatar's ruler").
  public func holders(of role: String, for state: ActorID, on day: Day?) -> [Office] {
    let posts = role == "leader" ? offices.filter { $0.state == state && $0.leads == state } : officesByPost[Post(state: state, role: role)] ?? []
    return posts.filter { $0.isHeld(on: day) }
  }

  /// The offices of a state and role that ended before a day, the latest first, with none
  /// whose holder still held the role on that day.
  public func formerHolders(of role: String, for state: ActorID, before day: Day) -> [Office] {
    let posts = holders(of: role, for: state, on: nil)
    let current = Set(posts.filter { $0.isHeld(on: day) }.map(\.holder))
    return posts.compactMap { office in office.to.flatMap { $0 < day && !current.contains(office.holder) ? (office, $0) : nil } }
      .sorted { $0.1 > $1.1 }.map(\.0)
  }

  /// The offices a person held on a day.
  public func offices(heldBy person: ActorID, on day: Day?) -> [Office] {
    (officesByHolder[person] ?? []).filter { $0.isHeld(on: day) }
  }
}
