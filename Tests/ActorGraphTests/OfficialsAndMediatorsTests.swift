import Testing

@testable import ActorGraph

/// Officials the lexicon does not know, named by their titles; the mediators of talks between
/// them; and what their sentences do not say. Sentences are my own.
@Suite struct OfficialsAndMediatorsTests {
  func triples(_ text: String, date: String? = "2025-07-01") -> Set<String> { ExtractorTests().triples(text, date: date) }

  @Test func aCapitalisedPortfolioBelongsToTheTitle() {
    let met = triples("Qatar's emir met Jordanian Water and Irrigation Minister Raed Abu Saoud in Doha.")
    #expect(met.contains { $0.hasSuffix("meets Raed Abu Saoud") || $0.hasPrefix("Raed Abu Saoud meets") })
    #expect(!met.contains { $0.contains("Water and Irrigation") })
  }

  @Test func aCommonGivenNameMakesAPersonAfterMet() {
    #expect(triples("Abbas Araghchi met Tom Fletcher in Geneva.").contains("Abbas Araghchi meets Tom Fletcher"))
  }

  @Test func aWordJoinedByAHyphenIsNoPartOfTheName() {
    let party = triples("Erdogan met lawmakers of the pro-Kurdish Peoples Front Party on Tuesday.")
    #expect(!party.contains { $0.contains("Kurdish Peoples") })
  }

  @Test func aStatesEnvoyMediatesInPerson() {
    let talks = triples("Shaibani met Netanyahu in Baku in talks brokered by U.S. envoy Tom Barrack.")
    // Officials meeting under mediation stand for their states; the city is where they met.
    #expect(talks.isSuperset(of: ["Tom Barrack mediates Syria", "Tom Barrack mediates Israel"]))
    #expect(!talks.contains { $0.contains("United States") || $0.contains("Azerbaijan") })
    // An official the lexicon does not know stands for the state of his title's demonym.
    let unknown = triples("Shaibani met Israeli Strategic Affairs Minister Ron Dermer in talks brokered by Tom Barrack.")
    #expect(unknown.isSuperset(of: ["Tom Barrack mediates Syria", "Tom Barrack mediates Israel"]))
  }

  @Test func brokeredTalksAreMediatedBetweenThoseWhoMeet() {
    let talks = triples("Armenian and Azerbaijani officials met in Abu Dhabi in UAE-brokered talks.")
    #expect(talks.isSuperset(of: ["United Arab Emirates mediates Armenia", "United Arab Emirates mediates Azerbaijan"]))
    #expect(!triples("A UAE-brokered deal was announced on Monday.").contains { $0.contains(" mediates ") })
  }

  @Test func aVerbThatWantsAPersonSaysNothingWithoutOne() {
    #expect(!triples("Iraqi Prime Minister Mohammed Shia al-Sudani and the Arab League both welcomed the decision.").contains { $0.contains(" meets ") })
    #expect(triples("Sudani welcomed Hakan Fidan in Baghdad.").contains("Hakan Fidan meets Mohammed Shia al-Sudani"))
  }

  @Test func bothSidesAreNotTheSpeakersOwnState() {
    let sides = triples("Qatar has mediated between Israel and Hamas for months. Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said he had held talks with both sides.", date: "2024-05-01")
    #expect(!sides.contains { $0.contains("meets Qatar") || $0.hasPrefix("Qatar meets") })
  }

  @Test func aPromiseAddedToAStatementIsAThreat() {
    let added = triples("The talks changed nothing, Hezbollah's Naim Qassem told reporters, adding that the group would keep up its attacks on Israel.", date: "2024-11-01")
    #expect(added.contains("Naim Qassem opposes Israel"))
  }
}
