import Foundation
import Yams

/// The on-disk shape of a lexicon file (`Resources/lexicon.json`, or a user's `--lexicon FILE`).
///
/// ```json
/// {"actors": [{"name": "Turkey", "type": "state", "aliases": ["Türkiye"], "seats": ["Ankara"],
///              "demonyms": ["Turkish"], "part_of": null, "backers": []},
///             {"name": "SDF", "type": "armed_group", "aliases": ["Kurdish fighters"],
///              "founded": "2015-10-10", "before_founding": "YPG"}],
///  "offices": [{"state": "Turkey", "role": "president", "holder": "Recep Tayyip Erdogan",
///               "from": "2014-08-28", "to": null, "leads": "Turkey"}],
///  "leaders": [{"holder": "Hassan Nasrallah", "leads": "Hezbollah", "from": "1992-02-16", "to": null}],
///  "roles": {"president": ["president", "head of state"]}}
/// ```
/// Every section is optional in a user's file; entries there extend or override the shipped ones
/// by canonical name.
struct LexiconFile: Decodable {
  struct ActorEntry: Decodable {
    var name: String
    var type: String
    var aliases: [String]?
    var seats: [String]?
    var demonyms: [String]?
    var part_of: String?
    var backers: [String]?
    /// The day the actor came into being, as YYYY-MM-DD.
    var founded: String?
    /// The actor its names stood for before `founded` ("Kurdish fighters" were the YPG before
    /// the SDF was formed around it).
    var before_founding: String?
  }

  struct OfficeEntry: Decodable {
    var state: String
    var role: String
    var holder: String
    var from: String?
    var to: String?
    var leads: String?
  }

  struct LeaderEntry: Decodable {
    var holder: String
    var leads: String
    var from: String?
    var to: String?
  }

  var actors: [ActorEntry]?
  var offices: [OfficeEntry]?
  var leaders: [LeaderEntry]?
  var roles: [String: [String]]?

  /// Decodes a lexicon file, turning JSON errors into a `LexiconError` with a line number.
  static func decode(_ data: Data, file: String) throws(LexiconError) -> LexiconFile {
    do {
      return try JSONDecoder().decode(LexiconFile.self, from: data)
    } catch let error as DecodingError {
      throw LexiconError(file: file, line: JSONErrorLocation.line(of: error, in: data), message: JSONErrorLocation.message(of: error))
    } catch {
      throw LexiconError(file: file, message: "\(error)")
    }
  }
}

/// Finds the line a JSON decoding error is about, for messages a user can act on.
enum JSONErrorLocation {
  static func line(of error: DecodingError, in data: Data) -> Int? {
    switch error {
    case .dataCorrupted(let context):
      return lineOfSyntaxError(in: data) ?? lineOfPath(context.codingPath, in: data)
    case .keyNotFound(_, let context), .typeMismatch(_, let context), .valueNotFound(_, let context):
      return lineOfPath(context.codingPath, in: data)
    @unknown default:
      return nil
    }
  }

  /// The line where `"value"` first stands in JSON text, to point a message at an entry.
  static func line(ofQuoted value: String, in text: String) -> Int? {
    guard let range = text.range(of: "\"\(value)\"") else { return nil }
    return text[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
  }

  /// The line of the `occurrence`th `"key": "value"` pair in JSON text (counting from 1), to
  /// point a message at a second entry of the same name.
  static func line(ofKey key: String, value: String, occurrence: Int, in text: String) -> Int? {
    var matches = 0
    var from = text.startIndex
    while let quote = text[from...].range(of: "\"\(key)\"") {
      let rest = text[quote.upperBound...].drop { $0 == ":" || $0.isWhitespace }
      if rest.hasPrefix("\"\(value)\"") {
        matches += 1
        if matches == occurrence { return text[..<quote.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 } }
      }
      from = quote.upperBound
    }
    return nil
  }

  /// Foundation does not say where JSON syntax breaks; YAML is a superset of JSON, and Yams's
  /// parser reports the line of the first error.
  static func lineOfSyntaxError(in data: Data) -> Int? {
    do {
      _ = try Yams.compose(yaml: String(decoding: data, as: UTF8.self))
    } catch let error as YamlError {
      switch error {
      case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
      default: return nil
      }
    } catch {}
    return nil
  }

  static func message(of error: DecodingError) -> String {
    switch error {
    case .dataCorrupted(let context): return "not valid JSON (\(context.debugDescription))"
    case .keyNotFound(let key, let context): return "missing field '\(key.stringValue)' at \(path(context.codingPath))"
    case .typeMismatch(let type, let context): return "expected \(type) at \(path(context.codingPath))"
    case .valueNotFound(let type, let context): return "expected \(type) at \(path(context.codingPath)), found null"
    @unknown default: return "\(error)"
    }
  }

  private static func path(_ codingPath: [CodingKey]) -> String {
    codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
  }

  /// Walks the JSON text to the element the coding path names and returns its line.
  private static func lineOfPath(_ codingPath: [CodingKey], in data: Data) -> Int? {
    let bytes = [UInt8](data)
    var i = 0
    func skipSpace() { while i < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 } }
    func skipString() {
      i += 1
      while i < bytes.count, bytes[i] != 0x22 { i += bytes[i] == 0x5C ? 2 : 1 }
      i += 1
    }
    func skipValue() {
      skipSpace()
      guard i < bytes.count else { return }
      switch bytes[i] {
      case 0x22: skipString()
      case 0x7B, 0x5B:
        var depth = 0
        repeat {
          if bytes[i] == 0x22 { skipString(); continue }
          if bytes[i] == 0x7B || bytes[i] == 0x5B { depth += 1 }
          if bytes[i] == 0x7D || bytes[i] == 0x5D { depth -= 1 }
          i += 1
        } while i < bytes.count && depth > 0
      default:
        while i < bytes.count, ![0x2C, 0x7D, 0x5D].contains(bytes[i]) { i += 1 }
      }
    }
    for key in codingPath {
      skipSpace()
      guard i < bytes.count else { return nil }
      if let index = key.intValue, bytes[i] == 0x5B {
        i += 1
        for _ in 0..<index {
          skipValue(); skipSpace()
          if i < bytes.count, bytes[i] == 0x2C { i += 1 }
        }
      } else if bytes[i] == 0x7B {
        i += 1
        var found = false
        while i < bytes.count && !found {
          skipSpace()
          guard i < bytes.count, bytes[i] == 0x22 else { return nil }
          let start = i + 1
          skipString()
          let name = String(decoding: bytes[start..<(i - 1)], as: UTF8.self)
          skipSpace(); i += 1  // the colon
          if name == key.stringValue { found = true } else {
            skipValue(); skipSpace()
            if i < bytes.count, bytes[i] == 0x2C { i += 1 }
          }
        }
        if !found { return nil }
      } else { return nil }
    }
    skipSpace()
    return bytes[..<min(i, bytes.count)].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
  }
}
