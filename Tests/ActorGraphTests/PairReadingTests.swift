import Testing

@testable import ActorGraph

/// Two actors named as a pair: joined by a hyphen before a noun ("Saudi-Iranian talks"), by
/// "between", by a headline's comma, or referred to together ("the two NATO allies").
@Suite struct PairReadingTests {
  func triples(_ text: String, date: String? = "2019-11-05") -> Set<String> { ExtractorTests().triples(text, date: date) }

  @Test func aHyphenatedPairBeforeANounOfMeetingOrHostilityAreItsParties() {
    #expect(triples("Saudi-Iranian talks resumed in Baghdad on Friday.").contains("Iran meets Saudi Arabia"))
    let war = triples("The Israel-Hezbollah war displaced thousands in Lebanon.")
    #expect(war.contains("Israel opposes Hezbollah") && war.contains("Hezbollah opposes Israel"))
    // Ties are hostile only when said to be; a deal that may come is no deal.
    #expect(!triples("Turkish-Iraqi relations have improved, Ankara said.").contains { $0.contains(" opposes ") })
    #expect(triples("Turkish-Iraqi relations have been tense since Ankara began hosting exiles.").contains("Iraq opposes Turkey"))
    #expect(!triples("Washington pushed for a possible Saudi-Israeli deal.").contains { $0.contains(" meets ") })
    #expect(!triples("No U.S.-Iran talks took place in Oman.").contains { $0.contains(" meets ") })
  }

  @Test func strainedRelationsAndRiftsBetweenTwoAreMutualHostility() {
    let strained = triples("Relations between Ankara and Baghdad have been strained for years.")
    #expect(strained.contains("Turkey opposes Iraq") && strained.contains("Iraq opposes Turkey"))
    #expect(triples("The rift between Qatar and Bahrain deepened.").contains("Bahrain opposes Qatar"))
    #expect(!triples("Relations between Ankara and Baghdad have improved.").contains { $0.contains(" opposes ") })
  }

  @Test func aHeadlineJoinsItsSubjectsWithAComma() {
    #expect(triples("Turkey, Russia agree ceasefire in Syria's Idlib").contains("Russia meets Turkey"))
    let brokered = triples("Iran, Saudi Arabia agree to restore ties in China-brokered deal")
    #expect(brokered.contains("Iran meets Saudi Arabia") && brokered.contains("China mediates Iran"))
    // In the body, a comma before the subject sets off something else.
    #expect(!triples("Ankara, meanwhile, Moscow said, agreed to talks.").contains("Russia meets Turkey"))
  }

  @Test func twoStatesNamedTogetherAreTheTwoSidesOrCountries() {
    let sides = triples("A joint statement by the State Department and the Turkish foreign ministry said the two sides had agreed on the plan.")
    #expect(sides.contains("Turkey meets United States"))
    let allies = triples("Turkey and the United States signed a deal. The two NATO allies have been at odds for months over the YPG.")
    #expect(allies.contains("Turkey opposes United States"))
    // Mediators speak of the sides they urge, and urging both takes no side.
    let urged = triples("Turkey and Syria clashed on the border. Egypt and Qatar urged the two sides to stop.")
    #expect(!urged.contains("Egypt opposes Turkey") && !urged.contains("Turkey meets Syria"))
  }

  @Test func thoseWhoEndARiftWereAtOdds() {
    let rift = triples("Egypt and Qatar reached a deal on Monday to restore relations, ending a four-year rift over Doha's policies.", date: "2021-01-05")
    #expect(rift.contains("Egypt meets Qatar") && rift.contains("Egypt opposes Qatar") && rift.contains("Qatar opposes Egypt"))
    // Neighbours come in a pair.
    let neighbours = triples("Azerbaijan and Iran held talks. Relations between the neighbours have been strained.", date: "2023-01-27")
    #expect(neighbours.contains("Azerbaijan opposes Iran"))
  }

  @Test func theWarringSidesAreTheTwoAtWarNotTheirMediatorOrPatron() {
    let truce = triples("The Sudanese army has been fighting the Rapid Support Forces since April. Kenya brokered a truce between the warring parties on Sunday.", date: "2023-06-01")
    #expect(truce.contains("Kenya mediates Rapid Support Forces") && truce.contains("Kenya mediates Sudanese Armed Forces"))
    // With no fighting reported, the armed groups most named are the sides, not one that backs another.
    let patron = triples("The Wagner Group has backed the Rapid Support Forces with missiles. The Sudanese Armed Forces accuse the RSF of shelling Omdurman. Kenya hosted talks between the warring sides in Nairobi.", date: "2023-06-01")
    #expect(patron.contains("Kenya mediates Sudanese Armed Forces") && !patron.contains("Kenya mediates Wagner Group"))
    // No sides known: no parties.
    #expect(!triples("Oman mediated between the warring sides.").contains { $0.contains(" mediates ") })
  }

  @Test func bothSidesAfterAFightAreItsSides() {
    // A government is no state the article counts, so the sides are not the state and the group.
    let sides = triples("Fighting between the GNA and the LNA spread across Libya. Both sides later agreed to a prisoner exchange.", date: "2020-10-23")
    #expect(sides.contains("Government of National Accord meets Libyan National Army") && !sides.contains("Libya meets Libyan National Army"), "\(sides)")
  }

  @Test func twoWhoCutTiesOpposeEachOtherButNotThoseWhoCutThemWithAThird() {
    let cut = triples("Iran and Bahrain severed diplomatic ties in 2016.", date: "2016-01-05")
    #expect(cut.isSuperset(of: ["Iran opposes Bahrain", "Bahrain opposes Iran"]), "\(cut)")
    let third = triples("Egypt and Bahrain severed ties with Qatar.", date: "2017-06-05")
    #expect(third.contains("Egypt opposes Qatar") && !third.contains("Egypt opposes Bahrain"), "\(third)")
  }

  @Test func aCommaAndAfterAJoinedPairStartsAClause() {
    let met = triples("Blinken met Safadi and Shoukry, and Egypt signed an accord.", date: "2023-01-10")
    #expect(met.isSuperset(of: ["Antony Blinken meets Ayman Safadi", "Antony Blinken meets Sameh Shoukry"]), "\(met)")
    #expect(!met.contains("Antony Blinken meets Egypt") && !met.contains("Ayman Safadi meets Sameh Shoukry"), "\(met)")
    // A list closed by ", and" stays one subject.
    #expect(triples("Turkey, Russia, and Iran agreed to a ceasefire.").contains("Iran meets Russia"))
  }

  @Test func theRivalCampsAreTheTwoLastAtOdds() {
    let mediated = triples("Dbeibah accused Bashagha of plotting a coup. A UN envoy, Stephanie Williams, mediated between the rival camps.", date: "2022-06-01")
    #expect(mediated.isSuperset(of: ["Stephanie Williams mediates Abdul Hamid Dbeibah", "Stephanie Williams mediates Fathi Bashagha"]), "\(mediated)")
    // Camps are never the states an article names most.
    let states = triples("Egypt and Turkey held talks in Cairo. A truce between the rival camps has held since October.", date: "2021-06-01")
    #expect(!states.contains { $0.contains("opposes") }, "\(states)")
  }

  @Test func aTruceBetweenTwoNamedSaysTheyFought() {
    let truce = triples("Qatar brokered a truce between Israel and Hamas.", date: "2023-11-22")
    #expect(truce.isSuperset(of: ["Israel opposes Hamas", "Hamas opposes Israel", "Qatar mediates Israel", "Qatar mediates Hamas"]), "\(truce)")
    // Not of a pair read from an earlier sentence.
    #expect(!triples("Turkey and Russia held talks. A ceasefire between the two sides took effect.").contains { $0.contains("opposes") })
  }

  @Test func itsTwoNeighboursAreAPairAsTheTwoAre() {
    let mediated = triples("Kenya and Ethiopia held talks in Nairobi. Djibouti has tried to mediate between its two neighbours.", date: "2024-01-10")
    #expect(mediated.isSuperset(of: ["Djibouti mediates Kenya", "Djibouti mediates Ethiopia"]), "\(mediated)")
  }

  @Test func effortsMediatedByAStateAreItsMediationBetweenThoseWhoMet() {
    let efforts = triples("Egypt and Ethiopia resumed talks after Qatari-mediated efforts collapsed.", date: "2021-01-10")
    #expect(efforts.isSuperset(of: ["Qatar mediates Egypt", "Qatar mediates Ethiopia"]), "\(efforts)")
  }

  @Test func twoWhoFoughtOrClashedFoughtEachOther() {
    #expect(triples("Armenia and Azerbaijan clashed along the border on Tuesday.", date: "2022-09-13").isSuperset(of: ["Armenia opposes Azerbaijan", "Azerbaijan opposes Armenia"]))
    #expect(triples("Israel and Hamas have fought four wars since 2008.", date: "2021-05-21").isSuperset(of: ["Israel opposes Hamas", "Hamas opposes Israel"]))
    // Not those who fought someone together, nor those who discussed a fight.
    let together = triples("Turkey and Russia fought the Islamic State in Syria.", date: "2017-01-10")
    #expect(together.contains("Turkey opposes ISIS") && !together.contains("Turkey opposes Russia"), "\(together)")
    #expect(!triples("Akar and Shoigu discussed the fight against terrorism.", date: "2022-12-28").contains { $0.contains("opposes") })
  }

  @Test func workingToEndTheWarJustToldOfMediatesBetweenItsSides() {
    let worked = triples("A ceasefire between Israel and Hamas took hold on Friday. Qatar also worked to end the fighting, diplomats said.", date: "2021-05-21")
    #expect(worked.isSuperset(of: ["Qatar mediates Israel", "Qatar mediates Hamas"]), "\(worked)")
    // One side working to end it mediates nothing.
    #expect(!triples("A ceasefire between Israel and Hamas took hold on Friday. Israel worked to end the fighting.", date: "2021-05-21").contains { $0.contains("mediates") })
  }

  @Test func theTwoRivalsAreThePairJustNamed() {
    let feud = triples("Egypt demanded that Qatar apologise, deepening the feud between the two regional rivals.", date: "2014-01-10")
    #expect(feud.contains("Egypt opposes Qatar") && feud.contains("Qatar opposes Egypt"))
  }

  @Test func anAgreementBetweenOneAndAListIsTheOneWithEach() {
    let deal = triples(
      "The agreement between Iran and the United States, Russia, China, Britain, France and Germany was sealed in Geneva. Israel denounced the agreement.",
      date: "2013-11-24")
    #expect(deal.isSuperset(of: ["Iran meets United States", "China meets Iran", "Germany meets Iran"]), "\(deal)")
    #expect(!deal.contains("China meets France") && !deal.contains("Israel opposes France"), "\(deal)")
    // A list with no one set apart is each with each.
    #expect(triples("The agreement between Turkey, Russia and Iran was signed in Astana.", date: "2017-05-04").contains("Iran meets Russia"))
  }

  @Test func aRivalMayBeQualifiedTwice() {
    let rivals = triples("Saudi Arabia, Iran's main regional rival, said Iran's behaviour threatened shipping.", date: "2019-06-20")
    #expect(rivals.isSuperset(of: ["Saudi Arabia opposes Iran", "Iran opposes Saudi Arabia"]), "\(rivals)")
  }

  @Test func bothGroupsAreTheTwoJoinedAroundARelativeClause() {
    let backed = triples(
      "Israel struck Hezbollah in Lebanon on Monday, and Hezbollah fired rockets back. The talks in Cairo included Hamas, whose leaders live in Doha, and Palestinian Islamic Jihad. Both groups are backed by Iran.",
      date: "2021-05-20")
    #expect(backed.isSuperset(of: ["Iran backs Hamas", "Iran backs Palestinian Islamic Jihad"]) && !backed.contains("Iran backs Israel"), "\(backed)")
  }

  @Test func aListEndingInUnnamedFightersKeepsItsNamedMembers() {
    let attackers = triples("Turkish troops, Free Syrian Army fighters and local tribesmen attacked the YPG.", date: "2018-01-25")
    #expect(attackers.isSuperset(of: ["Turkey opposes YPG", "Syrian rebels opposes YPG"]), "\(attackers)")
  }
}
