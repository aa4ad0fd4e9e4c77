import Testing

@testable import ActorGraph

/// Which lines the boilerplate filter keeps, one generic signal at a time.
@Suite struct BoilerplateFilterTests {
  /// The kept lines of `text`, trimmed.
  func kept(_ text: String) -> [String] {
    let scalars = TextNormalizer.scalars(of: text)
    return BoilerplateFilter.contentLines(of: scalars).map { line in
      String(String.UnicodeScalarView(scalars[line.range])).trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
  }

  @Test func storyLinesAreKept() {
    let story = "  Egypt backs the army.  \nThe Sudanese Armed Forces, which Egypt supports, rejected a cookie-cutter plan."
    #expect(kept(story) == ["Egypt backs the army.", "The Sudanese Armed Forces, which Egypt supports, rejected a cookie-cutter plan."])
  }

  @Test func navigationAndPromptsAreDropped() {
    let text = """
      SKIP TO MAIN CONTENT
      Jump to navigation
      Subscribe to our daily briefing
      Sign up for the newsletter to get the news
      Follow us on Telegram
      Support SouthFront
      Donate now
      2,500 $
      Please fill out this form
      Tags: Syria, Turkey
      Copyright 2024 The Outlet. All rights reserved
      Story line stays.
      """
    #expect(kept(text) == ["Story line stays."])
  }

  @Test func relatedLinksTakeTheirHeadlineWithThem() {
    let text = """
      Story line one.
      Turkey and Syria to meet in Moscow
      Read More »
      See also: the war in numbers
      Story line two.
      """
    #expect(kept(text) == ["Story line one.", "Story line two."])
  }

  @Test func spamAndCreditsAreDropped() {
    let text = """
      Earn $500 per day working online at home
      Best deals =====> click
      Visit https://example.com today
      Militants near Idlib (Getty).
      A street in Aleppo (AFP)
      Story line stays.
      """
    #expect(kept(text) == ["Story line stays."])
  }

  @Test func cuePhrasesAreFoundAtEitherEndOfALineAndNowhereElse() {
    // The phrase's rarest byte is looked for first: the phrase may start or end the line.
    #expect(kept("://example.org/syria") == [])
    #expect(kept("Read on example.blogspot.") == [])
    #expect(kept("Paywall") == [])
    #expect(kept("Photo of Idlib (file)") == [])
    // Near misses stay: "blogspot" without its dots, a lone "per" and "online".
    #expect(kept("Blogspot users met online, per the report.") == ["Blogspot users met online, per the report."])
  }

  @Test func aCommentSectionEndsTheArticle() {
    #expect(kept("Story line.\n12 Comments\nQatar backs Hamas.") == ["Story line."])
    #expect(kept("Story line.\nLeave a Reply:\nQatar backs Hamas.") == ["Story line."])
    #expect(kept("Story line.\n» Related articles «\nQatar backs Hamas.") == ["Story line."])
    // Marks around a heading, single angle quotes among them, are trimmed before it is read.
    #expect(kept("Story line.\n› Most read: ›\nQatar backs Hamas.") == ["Story line."])
    #expect(kept("Story line.\n›› Most read of the week\nQatar backs Hamas.") == ["Story line.", "›› Most read of the week", "Qatar backs Hamas."])
  }

  @Test func longParagraphsAreNeverFurniture() {
    let paragraph = "The newsletter of the ministry said " + String(repeating: "officials met again in the capital and talked ", count: 10) + "."
    #expect(kept(paragraph) == [paragraph])
    #expect(kept("Unsubscribe from this newsletter") == [])
    #expect(kept("We use cookies to improve your experience") == [])
    // A furniture word in a line of story that does not address the reader.
    let story = "The newsletters of the rebels are printed in Idlib by a militia whose chief is a former teacher."
    #expect(kept(story) == [story])
  }
}
