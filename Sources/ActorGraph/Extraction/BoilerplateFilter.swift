#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds the lines of an article that are page furniture rather than the story, by generic
/// signals: navigation, related-headline links, newsletter, donation and sharing prompts, comment
/// sections and everything after them, link spam, photo credits, disclaimers.
///
/// It works on whole lines and never rewrites text, so offsets stay those of the article. Each
/// line is read once as lowercased UTF-8 bytes; the cue phrases are ASCII, so byte comparisons
/// decide without building strings.
enum BoilerplateFilter {
  /// A line of the article: its scalar range, line break excluded.
  struct Line {
    var range: Range<Int>
  }

  /// The lines worth reading, in order.
  static func contentLines(of scalars: [Unicode.Scalar]) -> [Line] {
    // Read through a pointer: every scalar of the article passes the line loop.
    scalars.withUnsafeBufferPointer { contentLines(of: $0) }
  }

  private static func contentLines(of scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Line] {
    var lines: [Line] = []
    var keep: [Bool] = []
    var lower: [UInt8] = []
    var previousContent: Int?
    var start = 0
    var ended = false
    for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
      defer { start = i + 1 }
      lines.append(Line(range: start..<i))
      if ended { keep.append(false); continue }
      var a = start
      var b = i
      while a < b, ScalarClass.isWhitespace(scalars[a]) { a += 1 }
      while b > a, ScalarClass.isWhitespace(scalars[b - 1]) { b -= 1 }
      let line = UnsafeBufferPointer(rebasing: scalars[a..<b])
      LowerBytes.fill(&lower, from: line)
      let text = LowerBytes(bytes: lower, scalars: line)
      if text.bytes.isEmpty { keep.append(false); continue }
      if endsEverything(text) {
        ended = true
        keep.append(false)
        continue
      }
      if isRelatedLink(text) {
        keep.append(false)
        // The related headline stands on the line before its "Read More" link.
        if let previous = previousContent, text.hasPrefix("read more") { keep[previous] = false }
        continue
      }
      keep.append(!isFurniture(text))
      if keep[keep.count - 1] { previousContent = lines.count - 1 }
    }
    return lines.indices.filter { keep[$0] }.map { lines[$0] }
  }

  private static let sectionEnds: WordSet = [
    "notify of", "view all comments", "inline feedbacks", "newest most voted", "oldest newest most voted",
    "leave a comment", "leave a reply", "comments are closed", "you might also like", "related articles",
    "related posts", "related stories", "recommended for you", "more from this author", "most read",
    "most popular", "trending now", "what to read next", "share this article", "share this:",
    "join the conversation", "post a comment",
  ]

  private static func endsEverything(_ text: LowerBytes) -> Bool {
    // Section headings are short lines.
    guard text.bytes.count <= 80 else { return false }
    // Marks around a heading are trimmed as bytes (guillemets are straight quotes by now:
    // "» Related articles «"; "›" is E2 80 BA).
    let bytes = text.bytes
    func isMark(_ byte: UInt8) -> Bool { byte == 0x3A || byte == 0x2E || byte == 0x21 || byte == 0x22 || byte == 0x20 }
    func isAngle(at k: Int) -> Bool { k >= 0 && k + 2 < bytes.count && bytes[k] == 0xE2 && bytes[k + 1] == 0x80 && bytes[k + 2] == 0xBA }
    var a = 0
    var b = bytes.count
    while b > a {
      if isMark(bytes[b - 1]) { b -= 1 } else if b - 3 >= a, isAngle(at: b - 3) { b -= 3 } else { break }
    }
    while a < b {
      if isMark(bytes[a]) { a += 1 } else if a + 3 <= b, isAngle(at: a) { a += 3 } else { break }
    }
    let bare = String(decoding: bytes[a..<b], as: UTF8.self)
    if sectionEnds.contains(bare) { return true }
    return bare.hasSuffix(" comments") && bare.split(separator: " ").count <= 3
  }

  private static func isRelatedLink(_ text: LowerBytes) -> Bool {
    text.hasPrefix("read more") || text.hasSuffix("read more \"") || text.hasSuffix("read more") || text.hasPrefix("read also")
      || text.hasPrefix("see also:") || text.hasPrefix("related:") || text.hasPrefix("also read")
  }

  private static let furniturePrefixes: [StaticString] = [
    "skip to", "jump to", "sign up", "subscribe", "stay informed", "follow us", "share on", "share this",
    "click here", "photo:", "image:", "credit:", "photo credit", "(photo", "source link", "source:", "(reporting by",
    "(report ", "(editing by", "(additional reporting", "the views expressed", "all rights reserved", "copyright",
    "©", "advertisement", "donate", "support our", "become a member", "to learn more about republishing",
    "last edited", "reply", "would love your thoughts", "please comment", "tags:",
  ]

  /// `furniturePrefixes` by their first byte: a line is tested against those its first byte opens.
  private static let furniturePrefixesByFirstByte: [[StaticString]] = furniturePrefixes.reduce(into: Array(repeating: [], count: 256)) {
    $0[Int($1.utf8Start[0])].append($1)
  }

  private static let furnitureWords: WordSet = ["newsletter", "newsletters", "unsubscribe", "cookie", "cookies", "paywall"]
  /// What every furniture word contains, looked for first.
  private static let furnitureStems: [Needle] = ["newsletter", "unsubscribe", "cookie", "paywall"]
  /// Words that address the reader, as prompts do and stories seldom do.
  private static let readerWords: WordSet = ["you", "your", "our", "we", "us", "subscribe", "sign", "click", "accept", "agree", "inbox"]

  /// What spam lines hold: link arrows, link-farm hosts, bare URLs.
  private static let spamMarks: [Needle] = ["=====>", ">>>", ".blogspot.", "://"]
  /// What a money promise holds, all three.
  private static let moneyPromise: [Needle] = ["$", "per ", "online"]

  /// Spam: links with arrows, link-farm hosts, bare URLs, money promises.
  private static func isSpam(_ text: LowerBytes) -> Bool {
    spamMarks.contains(where: text.contains) || moneyPromise.allSatisfy(text.contains)
  }

  /// Sources a photo credit names in parentheses.
  private static let photoSources: [Needle] = ["(flickr", "(getty", "(reuters", "(afp", "(ap", "(wikimedia", "(shutterstock", "(file"]
  /// What short lines asking the reader to do something say.
  private static let readerRequests: [Needle] = ["please fill out this form", "fill out this form", "more about"]

  private static func isFurniture(_ text: LowerBytes) -> Bool {
    if let first = text.bytes.first, furniturePrefixesByFirstByte[Int(first)].contains(where: text.hasPrefix) { return true }
    if isSpam(text) { return true }
    // Page furniture is short; a paragraph of story is not furniture.
    let bytes = text.bytes.count
    if bytes > 400 { return false }
    // Words are counted only once a cheaper test has passed: most lines of a story pass none.
    // "We use cookies", "Get our newsletter": a prompt word with the reader addressed, or
    // standing nearly alone ("Unsubscribe from this newsletter").
    if furnitureStems.contains(where: text.contains), case let wordCount = text.wordCount(upTo: 40), wordCount < 40 {
      let words = text.words
      let lowerWords = words.map { String(decoding: text.bytes[$0], as: UTF8.self) }
      // A hyphen makes a compound of the word ("cookie-cutter"), no prompt.
      let standing = words.indices.contains { w in
        furnitureWords.contains(lowerWords[w]) && (words[w].upperBound >= bytes || text.bytes[words[w].upperBound] != UInt8(ascii: "-"))
      }
      if standing, wordCount <= 6 || lowerWords.contains(where: readerWords.contains) { return true }
    }
    // Donation widgets: lines that are only amounts ("2,500 $").
    if bytes < 40, text.scalars.allSatisfy({ ScalarClass.isDigit($0) || " ,.$€£".unicodeScalars.contains($0) }) { return true }
    // "Support SouthFront": a two- or three-word prompt.
    if text.hasPrefix("support "), !text.hasSuffix("."), text.wordCount(upTo: 4) <= 3 { return true }
    // Photo credits: a short line naming a picture's source in parentheses.
    if text.hasSuffix(").") || text.hasSuffix(")"),
      photoSources.contains(where: text.contains),
      text.wordCount(upTo: 7) <= 6
    {
      return true
    }
    // Short lines that only ask the reader to do something.
    return readerRequests.contains(where: text.contains) && text.wordCount(upTo: 9) <= 8
  }
}

/// A line as lowercased UTF-8 bytes (ASCII letters folded, other scalars as written), with the
/// scalars it was made from.
private struct LowerBytes {
  var bytes: [UInt8]
  /// The line's scalars, valid while the article's scalars are borrowed.
  var scalars: UnsafeBufferPointer<Unicode.Scalar>

  /// Refills `buffer` with the lowercased UTF-8 of `scalars`, keeping its storage.
  static func fill(_ buffer: inout [UInt8], from scalars: UnsafeBufferPointer<Unicode.Scalar>) {
    // Written through a pointer into storage grown to the worst case (4 bytes a scalar), then
    // cut to what was written: appending byte by byte checked capacity at every byte.
    let worst = scalars.count * 4
    if buffer.count < worst { buffer.append(contentsOf: repeatElement(0, count: worst - buffer.count)) }
    let used = buffer.withUnsafeMutableBufferPointer { ScalarClass.writeUTF8(of: scalars, to: $0, lowercasingASCII: true) }
    buffer.removeLast(buffer.count - used)
  }

  func hasPrefix(_ prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard bytes.count >= count else { return false }
    let p = prefix.utf8Start
    for k in 0..<count where bytes[k] != p[k] { return false }
    return true
  }

  func hasSuffix(_ suffix: StaticString) -> Bool {
    let count = suffix.utf8CodeUnitCount
    guard bytes.count >= count else { return false }
    let p = suffix.utf8Start
    let offset = bytes.count - count
    for k in 0..<count where bytes[offset + k] != p[k] { return false }
    return true
  }

  /// Whether the line holds `needle`, found by its rarest byte: memchr jumps to each place that
  /// byte stands, and memcmp checks the needle around it. (Looking for the first byte instead
  /// stopped at every "n" of a paragraph for "newsletter".)
  func contains(_ needle: Needle) -> Bool {
    let count = needle.text.utf8CodeUnitCount
    guard count > 0 else { return true }
    return bytes.withUnsafeBufferPointer { hay in
      guard let base = hay.baseAddress, hay.count >= count else { return false }
      let pin = needle.text.utf8Start
      let anchor = needle.anchor
      // Where the rarest byte may stand: from `anchor` to as far before the end as follows it.
      var at = base + anchor
      let last = base + (hay.count - count + anchor)
      while at <= last {
        guard let hit = memchr(at, Int32(pin[anchor]), last - at + 1) else { return false }
        let candidate = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
        if memcmp(candidate - anchor, pin, count) == 0 { return true }
        at = candidate + 1
      }
      return false
    }
  }

  /// The number of runs of letters and digits, counted up to `limit`.
  func wordCount(upTo limit: Int) -> Int {
    var count = 0
    var inWord = false
    for s in scalars {
      let word = ScalarClass.isWord(s)
      if word && !inWord {
        count += 1
        if count == limit { break }
      }
      inWord = word
    }
    return count
  }

  /// The byte ranges of the runs of letters and digits.
  var words: [Range<Int>] {
    var result: [Range<Int>] = []
    var offset = 0
    var start: Int?
    for s in scalars {
      let word = ScalarClass.isWord(s)
      if word, start == nil { start = offset }
      if !word, let a = start { result.append(a..<offset); start = nil }
      offset += UTF8.width(s)
    }
    if let a = start { result.append(a..<offset) }
    return result
  }
}

/// An ASCII phrase a line is searched for, with the place of its rarest byte in English text,
/// which the search looks for first.
private struct Needle: ExpressibleByStringLiteral {
  let text: StaticString
  let anchor: Int

  init(stringLiteral text: StaticString) {
    self.text = text
    var anchor = 0
    var best = -1
    for k in 0..<text.utf8CodeUnitCount where Self.rarity(text.utf8Start[k]) > best {
      (anchor, best) = (k, Self.rarity(text.utf8Start[k]))
    }
    self.anchor = anchor
  }

  /// How rare a byte is in English prose: spaces, then the commonest letters, then the other
  /// letters, then marks and digits.
  private static func rarity(_ byte: UInt8) -> Int {
    switch byte {
    case 0x20: 0
    case UInt8(ascii: "e"), UInt8(ascii: "t"), UInt8(ascii: "a"), UInt8(ascii: "o"), UInt8(ascii: "i"), UInt8(ascii: "n"), UInt8(ascii: "s"),
      UInt8(ascii: "r"), UInt8(ascii: "h"):
      1
    case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "d"), UInt8(ascii: "l"), UInt8(ascii: "c"), UInt8(ascii: "u"), UInt8(ascii: "m"): 2
    case UInt8(ascii: "a")...UInt8(ascii: "z"): 3
    default: 4
    }
  }
}
