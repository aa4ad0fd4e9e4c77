import Foundation

/// Finds dates written in an article's text, for articles whose metadata gives none.
enum DateInference {
  private static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  /// The latest complete date (day, month and year) the text writes out: an article reports on
  /// what came before it, so the latest date is the closest to publication. Recognises
  /// "September 15, 2022", "15 September 2022", "Sept. 15, 2022" and "2022-09-15"; failing
  /// those, "on September 15" with the latest year the text mentions.
  static func latestFullDate(in text: String) -> Day? {
    var found: [Day] = []
    let monthAlternation = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
    let patterns = [
      "\\b\(monthAlternation)\\s+(\\d{1,2}),?\\s+(\\d{4})\\b",
      "\\b(\\d{1,2})\\s+\(monthAlternation)\\s+(\\d{4})\\b",
      "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b",
    ]
    let ns = text as NSString
    for (kind, pattern) in patterns.enumerated() {
      guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { continue }
      for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
        let groups = (1..<match.numberOfRanges).map { ns.substring(with: match.range(at: $0)).lowercased() }
        let day: Day?
        switch kind {
        case 0: day = Self.day(year: groups[2], monthName: groups[0], day: groups[1])
        case 1: day = Self.day(year: groups[2], monthName: groups[1], day: groups[0])
        default: day = Day("\(groups[0])-\(groups[1])-\(groups[2])")
        }
        if let day, (1900...2100).contains(day.year) { found.append(day) }
      }
    }
    if let latest = found.max() { return latest }
    return dayWithYearFromContext(in: text, monthPattern: monthAlternation)
  }

  /// "on September 15" or "15 September" with no year: the year is the latest four-digit year
  /// the text mentions, if it mentions one.
  private static func dayWithYearFromContext(in text: String, monthPattern: String) -> Day? {
    let ns = text as NSString
    let whole = NSRange(location: 0, length: ns.length)
    guard let yearRegex = try? NSRegularExpression(pattern: "\\b(19[5-9]\\d|20\\d\\d)\\b"),
      let year = yearRegex.matches(in: text, range: whole).compactMap({ Int(ns.substring(with: $0.range)) }).max()
    else { return nil }
    let patterns = ["\\b\(monthPattern)\\s+(\\d{1,2})\\b(?!\\s*,?\\s*\\d{4})", "\\b(\\d{1,2})\\s+\(monthPattern)\\b(?!\\s+\\d{4})"]
    var found: [Day] = []
    for (kind, pattern) in patterns.enumerated() {
      guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { continue }
      for match in regex.matches(in: text, range: whole) {
        let groups = (1..<match.numberOfRanges).map { ns.substring(with: match.range(at: $0)).lowercased() }
        let day = kind == 0 ? Self.day(year: "\(year)", monthName: groups[0], day: groups[1]) : Self.day(year: "\(year)", monthName: groups[1], day: groups[0])
        if let day { found.append(day) }
      }
    }
    return found.max()
  }

  private static func day(year: String, monthName: String, day: String) -> Day? {
    let prefix = String(monthName.prefix(3))
    guard let month = months.firstIndex(where: { $0.hasPrefix(prefix) }), let y = Int(year), let d = Int(day) else { return nil }
    return Day(year: y, month: month + 1, day: d)
  }
}
