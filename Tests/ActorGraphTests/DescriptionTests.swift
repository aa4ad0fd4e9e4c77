import Testing

@testable import ActorGraph

/// Descriptions standing for actors named elsewhere: forces by whom they serve, coalitions by
/// their leader, bodies by their head noun, groups by the word that described them. Sentences
/// are my own.
@Suite struct DescriptionTests {
  func triples(_ text: String, date: String? = "2022-08-11") -> Set<String> { ExtractorTests().triples(text, date: date) }

  @Test func forcesStandForWhomTheyServe() {
    #expect(triples("Troops loyal to the Islah party attacked the STC.").contains("Islah opposes Southern Transitional Council"))
    #expect(triples("Forces of the Southern Transitional Council clashed with Islah.").contains("Southern Transitional Council opposes Islah"))
    // The side of, the government of: no forces.
    let side = triples("Turkey intervened on the side of the Tripoli-based government.")
    #expect(side.contains("Turkey backs Government of National Accord") && !side.contains { $0.contains("Libya") })
  }

  @Test func aCoalitionStandsForItsLeader() {
    #expect(triples("The Saudi-led coalition struck Houthi positions.").contains("Saudi Arabia opposes Houthis"))
    #expect(triples("Saudi Arabia, which leads the military coalition fighting the Houthis, called for calm.").contains("Saudi Arabia opposes Houthis"))
    let later = triples("The Saudi-led coalition entered Aden. The Houthis shelled the coalition on Monday.")
    #expect(later.contains("Houthis opposes Saudi Arabia"))
    // "led a coalition against X" stays for the patterns to read.
    #expect(triples("Saudi Arabia led a military coalition against the Houthis from 2015.").contains("Saudi Arabia opposes Houthis"))
    // No coalition named, none to stand for.
    #expect(!triples("The Houthis shelled the coalition on Monday.").contains { $0.contains("Houthis opposes") })
  }

  @Test func aBodyOrADescribedGroupIsNamedAgain() {
    let council = triples("The Presidential Leadership Council met in Riyadh. The UAE said it supported the council.")
    #expect(council.contains("United Arab Emirates backs Presidential Leadership Council"))
    // "the council of ministers" is another council.
    #expect(!triples("The Presidential Leadership Council met. Qatar backed the council of ministers.").contains { $0.hasPrefix("Qatar") })
    let separatists = triples(
      "Forces of Yemen's separatist Southern Transitional Council took Shabwa. The Giants Brigades, a force funded by the UAE, fought alongside the separatists.")
    #expect(separatists.contains("Giants Brigades backs Southern Transitional Council"))
  }

  @Test func spansAndCompoundsDoNotHideTheParties() {
    #expect(triples("The STC took control of Shabwa after days of fighting with troops loyal to the Islah party.").contains("Southern Transitional Council opposes Islah"))
    #expect(triples("Saudi Arabia attacked the Iran-backed Houthis.").isSuperset(of: ["Saudi Arabia opposes Houthis", "Iran backs Houthis"]))
    // A compound before something else is no name's.
    #expect(!triples("US strikes Iran-linked targets in Iraq and Syria.").contains { $0.contains("opposes Iraq") })
  }

  @Test func recognitionBacksAndAParticipleQualifies() {
    #expect(triples("The United States recognised Moroccan sovereignty over Western Sahara.").contains("United States backs Morocco"))
    #expect(triples("Washington recognised Morocco's sovereignty over the territory.").contains("United States backs Morocco"))
    #expect(!triples("Libya's internationally recognised Government of National Accord held talks.").contains { $0.contains(" backs ") })
  }

  @Test func headlinesDropThePossessiveAndDealsFindTheirPair() {
    #expect(triples("Sudan army accuses UAE of arming RSF").contains("Sudanese Armed Forces opposes United Arab Emirates"))
    let deal = triples("Morocco normalised relations with Israel. Rabat then drew closer to Israel, a deal brokered by the Trump administration.", date: "2021-08-24")
    #expect(deal.isSuperset(of: ["United States mediates Morocco", "United States mediates Israel"]))
  }

  @Test func northAfricanLeadersAreKnown() {
    let call = triples("President Abdelmadjid Tebboune spoke by phone with King Mohammed VI.", date: "2021-08-24")
    #expect(call.isSuperset(of: ["Abdelmadjid Tebboune leads Algeria", "Mohammed VI leads Morocco"]))
  }
}
