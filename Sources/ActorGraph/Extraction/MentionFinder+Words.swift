/// Word lists that more than one part of the mention finder reads, and those other types
/// read.
extension MentionFinder {
  /// Words that say an office is no longer held ("former President", "the ousted king").
  static let pastOfficeWords: WordSet = ["former", "ex", "ousted", "deposed", "toppled", "overthrown", "late", "exiled", "then", "outgoing"]

  /// `WordClass.commandNoun`.
  static let commandNouns: WordSet = ["chief", "commander", "head"]

  /// Verbs that pass judgement on an act, as the relation patterns read them ("called the
  /// attack a flagrant violation").
  static let judgingVerbs: WordSet = ["called", "calls", "described", "describes", "termed", "terms", "regarded", "regards", "considered", "considers", "viewed", "views"]

  /// Verbs that report a ruling on a deal ("said the accord was illegal").
  static let sayingVerbs: WordSet = ["said", "says", "say", "insisted", "insists", "declared", "declares"]

  /// Words that may stand between a state and its role ("Turkey's top diplomat", "the Syrian
  /// interim president").
  static let roleModifiers: WordSet = ["top", "senior", "former", "new", "then", "current", "interim", "acting", "transitional", "de", "facto"]

  /// Words that make a role a deputy's ("deputy foreign minister").
  static let deputyWords: WordSet = ["deputy", "vice", "assistant"]
}
