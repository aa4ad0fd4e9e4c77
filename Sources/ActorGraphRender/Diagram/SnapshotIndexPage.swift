import ActorGraph

/// `index.html` for a folder of snapshots: the whole graph, then each date in order with its
/// diagram and the diff from the date before. Relative links only, so it opens offline.
public struct SnapshotIndexPage: Sendable {
  /// One dated entry of the page.
  public struct Entry: Sendable {
    public var day: Day
    public var articleCount: Int
    public var snapshotFile: String
    public var diffFile: String?
    public var diffText: String?

    public init(day: Day, articleCount: Int, snapshotFile: String, diffFile: String?, diffText: String?) {
      self.day = day
      self.articleCount = articleCount
      self.snapshotFile = snapshotFile
      self.diffFile = diffFile
      self.diffText = diffText
    }
  }

  public var title: String
  public var wholeGraphFile: String
  public var entries: [Entry]
  public var undated: [String]

  public init(title: String, wholeGraphFile: String, entries: [Entry], undated: [String]) {
    self.title = title
    self.wholeGraphFile = wholeGraphFile
    self.entries = entries
    self.undated = undated
  }

  public var html: String {
    var body = "<h1>\(escape(title))</h1>\n"
    body += "<p>Hover over an edge for its sentences; each snapshot holds everything dated up to its day and keeps the whole graph's layout.</p>\n"
    body += "<nav>" + entries.map { "<a href=\"#d\($0.day)\">\($0.day)</a>" }.joined(separator: " · ") + "</nav>\n"
    body += "<section><h2>Whole graph</h2><object type=\"image/svg+xml\" data=\"\(escape(wholeGraphFile))\"></object>\n"
    if !undated.isEmpty {
      body += "<p class=\"note\">Undated articles (in the whole graph only): \(undated.map(escape).joined(separator: ", "))</p>\n"
    }
    body += "</section>\n"
    for entry in entries {
      body += "<section id=\"d\(entry.day)\"><h2>\(entry.day) — \(entry.articleCount) article\(entry.articleCount == 1 ? "" : "s")</h2>\n"
      body += "<object type=\"image/svg+xml\" data=\"\(escape(entry.snapshotFile))\"></object>\n"
      if let text = entry.diffText {
        body += "<h3>Changes since the previous date</h3><pre>\(escape(text))</pre>\n"
      }
      if let diff = entry.diffFile { body += "<object type=\"image/svg+xml\" data=\"\(escape(diff))\"></object>\n" }
      body += "</section>\n"
    }
    return """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title>
      <style>
      body { font-family: Helvetica, Arial, sans-serif; margin: 2em; color: #222; }
      object { max-width: 100%; border: 1px solid #ddd; margin: 0.5em 0; }
      nav a { margin-right: 0.3em; } pre { background: #f6f6f6; padding: 0.6em; } .note { color: #666; }
      </style></head>
      <body>
      \(body)</body></html>

      """
  }

  private func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
      .replacingOccurrences(of: "\"", with: "&quot;")
  }
}
