/// The words and marks the rules test most often, with ids fixed at the head of every
/// `WordTable`: `token.is(.comma)` is one integer comparison where `token.lower == ","`
/// compared strings.
enum Word: Int32, CaseIterable, Sendable {
  case comma, period, semicolon, colon, hyphen, slash, quote, apostrophe, possessive, openParen, closeParen, openBracket, closeBracket, question
  case the, a, an, of, and, or, `in`, to, by, with, `as`, on, both, his, its, their, her
  case which, who, that, `while`, when, `where`, former, then, `for`, from, at, between, among, also, nor, either, neither, exclamation, ampersand, whose, whom
  case him, they, them, capital, but, bloc, siege

  /// The word as tokens spell it, lowercased.
  var spelling: String {
    switch self {
    case .comma: ","
    case .period: "."
    case .semicolon: ";"
    case .colon: ":"
    case .hyphen: "-"
    case .slash: "/"
    case .quote: "\""
    case .apostrophe: "'"
    case .possessive: "'s"
    case .openParen: "("
    case .closeParen: ")"
    case .openBracket: "["
    case .closeBracket: "]"
    case .question: "?"
    case .the: "the"
    case .a: "a"
    case .an: "an"
    case .of: "of"
    case .and: "and"
    case .or: "or"
    case .in: "in"
    case .to: "to"
    case .by: "by"
    case .with: "with"
    case .as: "as"
    case .on: "on"
    case .both: "both"
    case .his: "his"
    case .its: "its"
    case .their: "their"
    case .her: "her"
    case .which: "which"
    case .who: "who"
    case .that: "that"
    case .while: "while"
    case .when: "when"
    case .where: "where"
    case .former: "former"
    case .then: "then"
    case .for: "for"
    case .from: "from"
    case .at: "at"
    case .between: "between"
    case .among: "among"
    case .also: "also"
    case .nor: "nor"
    case .either: "either"
    case .neither: "neither"
    case .exclamation: "!"
    case .ampersand: "&"
    case .whose: "whose"
    case .whom: "whom"
    case .him: "him"
    case .they: "they"
    case .them: "them"
    case .capital: "capital"
    case .but: "but"
    case .bloc: "bloc"
    case .siege: "siege"
    }
  }
}

extension Word {
  /// Whether a word id is ".", ";" or ":", which end a clause.
  @inline(__always) static func endsClause(_ id: Int32) -> Bool {
    id == Word.period.rawValue || id == Word.semicolon.rawValue || id == Word.colon.rawValue
  }

  /// Whether a word id is "his", "its", "their" or "her".
  @inline(__always) static func isPossessivePronoun(_ id: Int32) -> Bool {
    id == Word.his.rawValue || id == Word.its.rawValue || id == Word.their.rawValue || id == Word.her.rawValue
  }
}
