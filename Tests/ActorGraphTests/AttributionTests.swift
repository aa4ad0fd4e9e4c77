import Testing

@testable import ActorGraph

/// Who is said to have done what: blame laid by a speaker, quotations as clauses of their own,
/// and participles after what was said. Sentences are my own.
@Suite struct AttributionTests {
  func triples(_ text: String, date: String? = "2019-06-20") -> Set<String> { ExtractorTests().triples(text, date: date) }

  @Test func sayingAnActorWasBehindAnAttackAccusesIt() {
    #expect(triples("Iraq said the Islamic State was behind the bombing.").contains("Iraq opposes ISIS"))
    #expect(triples("Britain said Iran was almost certainly responsible for the attacks.").contains("United Kingdom opposes Iran"))
    // A cleft names the one said to have done it, even when "it" could be read as an actor.
    #expect(triples("Saudi Arabia said it backed Washington. Jeremy Hunt said it was almost certainly Iran that carried out the attacks.").contains("Jeremy Hunt opposes Iran"))
    // Not denied, nor left open.
    #expect(!triples("Britain said Iran was not behind the attacks.").contains { $0.contains(" opposes ") })
    #expect(!triples("Britain said it was not clear whether Iran was behind the attacks.").contains { $0.contains(" opposes ") })
  }

  @Test func aQuotationIsAClauseOfItsOwn() {
    let quoted = triples("\"The Iran deal is defective,\" Trump said in a televised address, accusing Tehran of sponsoring terrorism.", date: "2018-05-08")
    #expect(quoted.contains("Donald Trump opposes Iran"))
  }

  @Test func aParticipleAfterWhatWasSaidGoesWithIt() {
    let hitting = triples("Steven Mnuchin said the sanctions would take effect in 90 days, hitting Iran's oil exports.", date: "2018-05-08")
    #expect(!hitting.contains { $0.contains(" opposes ") })
    // A participle of judging is still the speaker's.
    #expect(triples("Trump said the Iran deal was bad, accusing Tehran of lying.", date: "2018-05-08").contains("Donald Trump opposes Iran"))
  }

  @Test func blameLaidOnSomeoneDescribedByACompound() {
    let gulen = triples("The coup attempt, which Ankara blames on the U.S.-based cleric Fethullah Gulen, failed.", date: "2016-08-09")
    #expect(gulen.contains("Turkey opposes Fethullah Gulen"))
  }

  @Test func sayingOthersWereResponsibleAccusesThem() {
    let blamed = triples("Walid Muallem denied that the army had used gas and said the rebels were responsible.", date: "2013-08-26")
    #expect(blamed.contains("Walid Muallem opposes Syrian rebels"))
    #expect(!triples("Walid Muallem said the rebels were not responsible.", date: "2013-08-26").contains { $0.contains(" opposes ") })
  }

  @Test func oneSaidToHaveCommittedACrimeIsAccusedAndTheSpeakerActsAfterIt() {
    let said = triples("The United States said in January that the RSF had committed genocide and imposed sanctions on Dagalo.", date: "2025-04-10")
    #expect(said.contains("United States opposes Rapid Support Forces") && said.contains("United States opposes Mohamed Hamdan Dagalo"))
    #expect(!said.contains("Rapid Support Forces opposes Mohamed Hamdan Dagalo"))
    #expect(!triples("Amnesty said the army had not committed war crimes.", date: "2025-04-10").contains { $0.contains(" opposes ") })
  }

  @Test func sayingOneIsSureAnActorWasResponsibleAccusesIt() {
    #expect(triples("Britain said it had no doubt that Iran was responsible.").contains("United Kingdom opposes Iran"))
    #expect(triples("France said it was certain that the Houthis were behind the attack.").contains("France opposes Houthis"))
    // Sure of the opposite, one accuses no one.
    #expect(!triples("Britain said it had no doubt that Iran was not responsible.").contains { $0.contains(" opposes ") })
  }

  @Test func sayingAnActorWillPayAPriceThreatensIt() {
    #expect(triples(#""Hamas will pay a very heavy price for this attack," Benjamin Netanyahu said."#, date: "2023-10-08").contains("Benjamin Netanyahu opposes Hamas"))
    #expect(triples(#""The Houthis will pay dearly," said Israel Katz."#, date: "2025-05-06").contains("Israel Katz opposes Houthis"))
    #expect(triples("Tehran vowed that Washington would pay a price for the killing.").contains("Iran opposes United States"))
    #expect(triples(#""Hezbollah will pay for this," Yoav Gallant said."#, date: "2024-07-28").contains("Yoav Gallant opposes Hezbollah"))
    // Paying for a thing named is no threat.
    #expect(!triples("Iraq said Turkey would pay for the reconstruction.").contains { $0.contains(" opposes ") })
    // Who says they will not pay threatens no one.
    #expect(!triples("Iran said Israel will not pay for the strike.").contains { $0.contains(" opposes ") })
  }

  @Test func aVerdictSaidOfADealOrAnActOpposesWhoMadeIt() {
    let strikes = triples("Israel struck Iran on Friday. Tehran said the strikes were a flagrant violation of its sovereignty.", date: "2024-10-26")
    #expect(strikes.contains("Iran opposes Israel"), "\(strikes)")
    #expect(triples("Moscow says the Turkish presence in Syria is illegal.", date: "2019-06-20").contains("Russia opposes Turkey"))
    // A verdict must follow the object and "was"; "it" judged is no actor.
    #expect(!triples("Qatar said Hamas was ready to end the aggression.").contains("Qatar opposes Hamas"))
    #expect(!triples("Erdogan met Putin in Sochi. Erdogan said it was unacceptable.").contains { $0.contains("opposes") })
  }

  @Test func aWarningThatOnesForcesWillBeTargetsThreatensThem() {
    #expect(triples("Turkey warned that Haftar's forces would become legitimate targets.", date: "2019-07-01").contains("Turkey opposes Libyan National Army"))
    // A warning about what one will do to a third is no threat to the one warned of.
    #expect(!triples("The Pentagon warned that Iran-backed militias would target U.S. troops.").contains("United States opposes Iran-backed militias"))
  }

  @Test func criticismOfAndACaseAgainstOppose() {
    #expect(triples("Jordan stepped up its criticism of Israel.", date: "2024-05-12").contains("Jordan opposes Israel"))
    #expect(triples("Ankara's condemnation of the Houthis was swift.", date: "2024-01-12").contains("Turkey opposes Houthis"))
    #expect(triples("Iran's lawsuit against the United States opened at the ICJ.", date: "2018-08-27").contains("Iran opposes United States"))
  }

  @Test func sayingAnActBearsAnActorsHallmarksAccusesIt() {
    #expect(triples("Iraqi officials said the bombing had all the hallmarks of Islamic State.", date: "2016-07-03").contains("Iraq opposes ISIS"))
    #expect(triples("The opposition coalition said the attack bore the hallmarks of Assad's government.", date: "2013-05-12").contains("Syrian opposition opposes Syria"))
    // A denied hallmark accuses no one.
    #expect(!triples("Iraq said the bombing did not bear the hallmarks of Islamic State.", date: "2016-07-03").contains("Iraq opposes ISIS"))
  }
}
