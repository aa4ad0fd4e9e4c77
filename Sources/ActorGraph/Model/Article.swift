import Foundation

/// Where an article's date came from.
public enum DateSource: String, Codable, Sendable {
  /// A front-matter block at the top of the file.
  case frontMatter = "front_matter"
  /// A sidecar metadata file in the article's folder.
  case sidecar
  /// Read from the article's own text (a dateline or a dated phrase).
  case inferred
  /// No date could be found.
  case none
}

/// A calendar day, `YYYY-MM-DD`, with no time zone.
public struct Day: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Parses `YYYY-MM-DD`; nil for anything else or an impossible day.
  public init?(_ text: String) {
    let parts = text.trimmedOfWhitespace().split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01, for windows and differences.
  public var ordinal: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The day `ordinal` days after 1970-01-01.
  public init(ordinal: Int) {
    // Howard Hinnant's civil_from_days.
    let z = ordinal + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    self.month = m
    self.day = d
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    func digits(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
    return digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2)
  }

  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let day = Day(text) else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
    }
    self = day
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  public static func < (lhs: Day, rhs: Day) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}

/// Descriptive fields of an article: from front matter, a sidecar, or inferred.
public struct ArticleMetadata: Hashable, Codable, Sendable {
  public var title: String?
  public var outlet: String?
  public var url: String?
  public var date: Day?
  public var dateSource: DateSource

  public init(title: String? = nil, outlet: String? = nil, url: String? = nil, date: Day? = nil, dateSource: DateSource = .none) {
    self.title = title
    self.outlet = outlet
    self.url = url
    self.date = date
    self.dateSource = date == nil ? .none : dateSource
  }
}

extension ArticleMetadata {
  /// Where no date is given, the one the text writes out (see `DateInference`), marked inferred.
  mutating func inferDateIfMissing(from text: String) {
    guard date == nil, let inferred = DateInference.latestFullDate(in: text) else { return }
    date = inferred
    dateSource = .inferred
  }
}

/// One news article as read from disk: its id (the file name without extension), metadata and text.
public struct Article: Hashable, Sendable {
  public var id: String
  public var metadata: ArticleMetadata
  /// The article body, after any front-matter block, exactly as in the file.
  public var text: String
  /// How many Unicode scalars of the file come before `text` (the front-matter block), so that
  /// evidence offsets point into the file as received.
  public var bodyOffset: Int

  public init(id: String, metadata: ArticleMetadata, text: String, bodyOffset: Int = 0) {
    self.id = id
    self.metadata = metadata
    self.text = text
    self.bodyOffset = bodyOffset
  }
}

extension Article {
  /// A fingerprint of the text and metadata (FNV-1a, 64 bits): the same article read again
  /// has the same one, and ingesting it again can be skipped.
  public var contentHash: String {
    var hash = FNV1a()
    for field in [text, metadata.title ?? "", metadata.outlet ?? "", metadata.url ?? "", metadata.date?.description ?? "", metadata.dateSource.rawValue] {
      var field = field
      field.withUTF8 { hash.combine($0) }
      // A unit separator between fields, so ("ab", "") and ("a", "b") differ.
      hash.combine(0x1F)
    }
    return String(hash.value, radix: 16)
  }
}
