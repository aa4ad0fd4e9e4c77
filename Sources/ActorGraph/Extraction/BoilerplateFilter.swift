/// Finds the lines of an article that are page furniture rather than the story, by generic
/// signals: navigation, related-headline links, newsletter, donation and sharing prompts, comment
/// sections and everything after them, link spam, photo credits, disclaimers.
///
/// It works on whole lines and never rewrites text, so offsets stay those of the article.
enum BoilerplateFilter {
  /// A line of the article: its scalar range and normalised text.
  struct Line {
    var range: Range<Int>
    var text: String
  }

  /// The lines worth reading, in order.
  static func contentLines(of scalars: [Unicode.Scalar]) -> [Line] {
    var lines: [Line] = []
    var start = 0
    for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
      var a = start
      var b = i
      while a < b, ScalarClass.isWhitespace(scalars[a]) { a += 1 }
      while b > a, ScalarClass.isWhitespace(scalars[b - 1]) { b -= 1 }
      lines.append(Line(range: start..<i, text: String(scalars: scalars[a..<b])))
      start = i + 1
    }
    var keep = [Bool](repeating: true, count: lines.count)
    var previousContent: Int?
    for (index, line) in lines.enumerated() {
      let text = line.text
      let lower = text.lowercased()
      if text.isEmpty { keep[index] = false; continue }
      if endsEverything(lower) {
        for k in index..<lines.count { keep[k] = false }
        break
      }
      if isRelatedLink(lower) {
        keep[index] = false
        // The related headline stands on the line before its "Read More" link.
        if let previous = previousContent, lower.hasBytePrefix("read more") { keep[previous] = false }
        continue
      }
      if isFurniture(lower) { keep[index] = false; continue }
      previousContent = index
    }
    return lines.indices.filter { keep[$0] }.map { lines[$0] }
  }

  private static let sectionEnds = [
    "notify of", "view all comments", "inline feedbacks", "newest most voted", "oldest newest most voted",
    "leave a comment", "leave a reply", "comments are closed", "you might also like", "related articles",
    "related posts", "related stories", "recommended for you", "more from this author", "most read",
    "most popular", "trending now", "what to read next", "share this article", "share this:",
    "join the conversation", "post a comment",
  ]

  private static func endsEverything(_ lower: String) -> Bool {
    // Section headings are short lines.
    guard lower.utf8.count <= 80 else { return false }
    var bare = Substring(lower)
    while let c = bare.last, ":.!»› ".contains(c) { bare.removeLast() }
    while let c = bare.first, ":.!»› ".contains(c) { bare.removeFirst() }
    if sectionEnds.contains(String(bare)) { return true }
    if bare.hasSuffix(" comments") && bare.split(separator: " ").count <= 3 { return true }
    return false
  }

  private static func isRelatedLink(_ lower: String) -> Bool {
    lower.hasBytePrefix("read more") || lower.hasByteSuffix("read more »") || lower.hasByteSuffix("read more") || lower.hasBytePrefix("read also")
      || lower.hasBytePrefix("see also:") || lower.hasBytePrefix("related:") || lower.hasBytePrefix("also read")
  }

  private static let furniturePrefixes = [
    "skip to", "jump to", "sign up", "subscribe", "stay informed", "follow us", "share on", "share this",
    "click here", "photo:", "image:", "credit:", "photo credit", "(photo", "source link", "source:", "(reporting by",
    "(report ", "(editing by", "(additional reporting", "the views expressed", "all rights reserved", "copyright",
    "©", "advertisement", "donate", "support our", "become a member", "to learn more about republishing",
    "last edited", "reply", "would love your thoughts", "please comment", "tags:",
  ]

  private static let furnitureWords = ["newsletter", "newsletters", "unsubscribe", "cookie", "cookies", "paywall"]

  /// Spam: links with arrows, link-farm hosts, bare URLs, money promises.
  private static func isSpam(_ lower: String) -> Bool {
    if lower.containsBytes("=====>") || lower.containsBytes(">>>") || (lower.containsBytes("$") && lower.containsBytes("per ") && lower.containsBytes("online")) {
      return true
    }
    return lower.containsBytes(".blogspot.") || lower.containsBytes("http://") || lower.containsBytes("https://")
  }

  private static func isFurniture(_ lower: String) -> Bool {
    if furniturePrefixes.contains(where: { lower.hasBytePrefix($0) }) { return true }
    if isSpam(lower) { return true }
    // Page furniture is short; a paragraph of story is not furniture.
    let bytes = lower.utf8.count
    if bytes > 400 { return false }
    let wordCount = Self.wordCount(lower)
    if wordCount < 40, furnitureWords.contains(where: { lower.containsBytes($0) }) {
      let words = lower.unicodeScalars.split(whereSeparator: { !ScalarClass.isWord($0) }).map { String(String.UnicodeScalarView($0)) }
      if words.contains(where: furnitureWords.contains) { return true }
    }
    // Donation widgets: lines that are only amounts ("2,500 $").
    if bytes < 40, lower.unicodeScalars.allSatisfy({ ScalarClass.isDigit($0) || " ,.$€£".unicodeScalars.contains($0) }) { return true }
    // "Support SouthFront": a two- or three-word prompt.
    if wordCount <= 3, lower.hasBytePrefix("support "), !lower.hasByteSuffix(".") { return true }
    // Photo credits: a short line naming a picture's source in parentheses.
    if wordCount <= 6, lower.hasByteSuffix(").") || lower.hasByteSuffix(")"),
      ["flickr", "getty", "reuters", "afp", "ap", "wikimedia", "shutterstock", "file"].contains(where: { lower.containsBytes("(\($0)") })
    {
      return true
    }
    // Short lines that only ask the reader to do something.
    if wordCount <= 8, ["please fill out this form", "fill out this form", "more about"].contains(where: { lower.containsBytes($0) }) {
      return true
    }
    return false
  }

  /// Runs of letters and digits, counted without building them.
  private static func wordCount(_ text: String) -> Int {
    var count = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      let word = ScalarClass.isWord(scalar)
      if word && !inWord { count += 1 }
      inWord = word
    }
    return count
  }
}
