import Testing

@testable import ActorGraph

/// Who does an act when the clause's subject does not: the one let or helped, unnamed
/// fighters before a participle, the one accused, what a relative clause after an appositive
/// describes. Sentences are my own.
@Suite struct AgentReadingTests {
  func triples(_ text: String, date: String? = "2019-06-01") -> Set<String> { ExtractorTests().triples(text, date: date) }

  @Test func theOneLetCrossDoesTheFighting() {
    let crossing = triples("Jordan let Iraqi troops cross its territory to fight Islamic State.")
    #expect(crossing.contains("Iraq opposes ISIS") && !crossing.contains("Jordan opposes ISIS"))
    let joining = triples("Turkey let Peshmerga forces from Iraq cross its border to join the battle against Islamic State.", date: "2014-10-20")
    #expect(joining.contains("Peshmerga opposes ISIS") && !joining.contains("Turkey opposes ISIS"))
  }

  @Test func theOneHelpedInAFightFightsToo() {
    let offensive = triples("Turkish troops entered Iraq, backing Peshmerga fighters in an offensive to seize the town of Bashiqa from Islamic State.")
    #expect(offensive.isSuperset(of: ["Turkey backs Peshmerga", "Peshmerga opposes ISIS"]))
    #expect(triples("Washington is supporting the SDF in its battle against Islamic State.").contains("SDF opposes ISIS"))
    // Helping someone somewhere is no help in a fight.
    #expect(!triples("Russia helped the army in Aleppo.").contains { $0.contains(" opposes ") })
  }

  @Test func unnamedFightersDoWhatTheirParticipleSays() {
    let linked = triples("Ankara calls the SDF a terrorist group linked to Kurdish separatists waging an insurgency in Turkey.")
    #expect(linked.contains("Turkey opposes SDF") && !linked.contains("SDF opposes Turkey"))
    #expect(triples("The Houthis have waged an insurgency in Yemen since 2004.").contains("Houthis opposes Yemen"))
    // A clause opened after its verb's unnamed subject: the crowd stormed, not the state.
    let stormed = triples("Kuwait recalled its envoy after protesters stormed Saudi Arabia's embassy in Tehran.")
    #expect(!stormed.contains("Kuwait opposes Saudi Arabia"))
    #expect(triples("Israel struck Gaza after Hamas fighters attacked Israeli towns.").contains("Hamas opposes Israel"))
  }

  @Test func twoWhoExpelEachOthersEnvoysOpposeEachOther() {
    let expelled = triples("Morocco and Algeria expelled each other's ambassadors in 2021.")
    #expect(expelled.isSuperset(of: ["Morocco opposes Algeria", "Algeria opposes Morocco"]))
  }

  @Test func theOneAccusedDoesWhatTheMeansSays() {
    let meddling = triples("Egypt accused Turkey of meddling in Libya by arming the GNA.")
    #expect(meddling.isSuperset(of: ["Egypt opposes Turkey", "Turkey backs Government of National Accord"]))
    #expect(!meddling.contains("Egypt backs Government of National Accord"))
    let aggression = triples("Riyadh accused Tehran on Monday of aggression for supplying missiles to the Houthis.")
    #expect(aggression.isSuperset(of: ["Saudi Arabia opposes Iran", "Iran backs Houthis"]))
  }

  @Test func aRelativeClauseInAnAppositiveDescribesItsHead() {
    let listed = triples("Qatar hosts the office of Hamas, a movement that Israel lists as a terrorist organisation.")
    #expect(listed.contains("Israel opposes Hamas") && !listed.contains("Israel opposes Qatar"))
  }

  @Test func aPlaceOfAStateDefendedIsNoSupportForIt() {
    #expect(!triples("Hezbollah defended the Syrian town of Qusayr.").contains("Hezbollah backs Syria"))
    #expect(!triples("Kurdish fighters defended the Syrian border town against the militants.").contains { $0.hasSuffix("backs Syria") })
    #expect(triples("Hezbollah defended the Syrian government.").contains("Hezbollah backs Syria"))
    // An attack on a state's town is an attack on the state.
    #expect(triples("Turkish artillery shelled the Syrian border town of Tal Abyad.").contains("Turkey opposes Syria"))
  }

  @Test func suppliesShippedOrDroppedAreBacking() {
    #expect(triples("Iran shipped drones and missiles to the Houthis.").contains("Iran backs Houthis"))
    #expect(triples("American planes dropped ammunition and medical supplies to Kurdish fighters.", date: "2014-10-20").contains("United States backs YPG"))
  }

  @Test func aWingOrAProxyNamedInAnAppositive() {
    #expect(triples("The Qassam Brigades, Hamas's armed wing, fired rockets.").contains("Qassam Brigades part_of Hamas"))
    #expect(triples("The minister said Iran had attacked the base through its proxy, the powerful Kataib Hezbollah.").contains("Iran backs Kataib Hezbollah"))
  }

  @Test func coChairsAndAPeoplesAdjectiveBeforeAName() {
    // A name no lexicon has is a person's when a leader's title and "of" follow its comma.
    let chair = triples("On Monday, Aldar Xelil, co-chair of the Kurdish Democratic Union Party, met Erdogan.")
    #expect(chair.isSuperset(of: ["Aldar Xelil leads PYD", "Aldar Xelil meets Recep Tayyip Erdogan"]))
    #expect(triples("Ankara accused the Kurdish Democratic Union Party of attacks.").contains("Turkey opposes PYD"))
  }

  @Test func anUnnamedHeadSpeaksForWhatHeHeads() {
    #expect(triples("The leader of the Houthis accused Riyadh of starving Yemen.").contains("Houthis opposes Saudi Arabia"))
    // A head named after the comma is the one who acts (and a mission's head is no mission).
    let named = triples("The head of the UN mission, Ghassan Salame, met Haftar in Benghazi.")
    #expect(named.contains("Ghassan Salame meets Khalifa Haftar") && !named.contains("Khalifa Haftar meets United Nations"))
  }

  @Test func oneSaidToBearTheBlameIsAccused() {
    #expect(triples("Tehran said that Washington bore full responsibility for the escalation.").contains("Iran opposes United States"))
    let told = triples("Lavrov told his Turkish counterpart by phone that the Syrian rebels bore full blame.", date: "2016-06-01")
    #expect(told.contains("Sergei Lavrov opposes Syrian rebels") && !told.contains("Syrian rebels opposes Sergei Lavrov"))
    // Saying one has no doubt still reads what follows "that".
    #expect(triples("Israel said it had no doubt that Hezbollah was responsible.").contains("Israel opposes Hezbollah"))
  }

  @Test func thoseSaidToHaveCarriedItOutAreAccused() {
    let both = triples("Ankara and Baghdad say the PKK carried it out.")
    #expect(both.isSuperset(of: ["Turkey opposes PKK", "Iraq opposes PKK"]))
  }

  @Test func aPronounForTheOneJustNamedWillPay() {
    #expect(triples("Erdogan said the PKK had crossed a red line and it would pay dearly.").contains("Recep Tayyip Erdogan opposes PKK"))
  }

  @Test func fireOfEveryKindAtSomeoneIsAnAttack() {
    #expect(triples("Hamas fired rockets and artillery at Israeli positions.").contains("Hamas opposes Israel"))
  }

  @Test func oneSupportiveOfAnotherBacksIt() {
    #expect(triples("Moscow said it was fully supportive of Damascus.").contains("Russia backs Syria"))
    // "and that he ...": a clause of its own, not one more supported.
    let clause = triples("Putin said Russia was supportive of Syria and that he would visit Damascus.")
    #expect(clause.contains("Russia backs Syria") && !clause.contains("Russia backs Vladimir Putin"))
  }

  @Test func aKillingNoOneWasSaidToCommitIsNotTheLastBombing() {
    let killing = triples("Israel bombed Hamas positions in Gaza. Jordan condemned the killing as a barbaric act.")
    #expect(killing.contains("Israel opposes Hamas") && !killing.contains("Jordan opposes Israel"))
    // Strikes after bombing are the bombing's.
    #expect(triples("Israel bombed Hamas positions in Gaza. Jordan condemned the strikes.").contains("Jordan opposes Israel"))
  }

  @Test func anAttackRegardedAsAViolationIsCondemned() {
    let regarded = triples("Israeli jets struck Hezbollah positions near Damascus. Moscow regarded the attack as a violation of international law.")
    #expect(regarded.contains("Russia opposes Israel"))
  }

  @Test func anEpithetIsNoTie() {
    let epithet = triples("The Syrian army called the United States a partner of Islamic State.")
    #expect(!epithet.contains("United States backs ISIS"))
    #expect(triples("Qatar, a partner of Turkey, sent aid.").contains("Qatar backs Turkey"))
  }

  @Test func aBodysResolutionIsNoBody() {
    #expect(!triples("Iran said it stood by UN Security Council Resolution 2231.").contains { $0.hasPrefix("Iran backs") })
  }

  @Test func anAppositiveSaysWhatANewNameIs() {
    let shield = triples("Yemen Shield, a Saudi-backed militia, attacked the Houthis.")
    #expect(shield.contains("Yemen Shield opposes Houthis") && !shield.contains("Yemen opposes Houthis"))
  }

  @Test func theArmysChiefLeadsTheArmyTheArticleNames() {
    let war = triples("Fighting in Sudan between the army and the RSF spread to Omdurman. Army chief Abdel Fattah al-Burhan vowed to fight on.", date: "2023-05-01")
    #expect(war.contains("Abdel Fattah al-Burhan leads Sudanese Armed Forces"))
  }

  @Test func whoseAttemptItIsDoesWhatIsAttempted() {
    let blame = triples("Jordan's foreign minister dismissed Israeli attempts to blame Amman for the delays.", date: "2024-05-14")
    #expect(blame.contains("Israel opposes Jordan") && !blame.contains { $0.hasSuffix("opposes Jordan") && !$0.hasPrefix("Israel") }, "\(blame)")
  }

  @Test func hisInARelativeClauseIsThePersonItDescribes() {
    let side = triples("Erdogan was received by President Bashar al-Assad, whose army has held on since Iran intervened on his side in 2013.", date: "2017-12-11")
    #expect(side.contains("Iran backs Bashar al-Assad") && !side.contains("Iran backs Recep Tayyip Erdogan"), "\(side)")
    // Outside the clause, "his" is still the subject's.
    #expect(triples("Putin met Netanyahu. Iran later intervened on his side.", date: "2017-12-11").contains("Iran backs Vladimir Putin"))
  }

  @Test func whatHelpIsGivenToFightOffIsNotHelped() {
    let repelled = triples("Iran sent advisers and drones to help repel the Islamic State's advance on Baghdad.", date: "2014-08-01")
    #expect(!repelled.contains("Iran backs ISIS"), "\(repelled)")
    #expect(!triples("Russia helped defeat ISIS in Palmyra.", date: "2016-03-27").contains("Russia backs ISIS"))
    // The one helped to fight is helped.
    #expect(triples("Iran helped Assad defeat the rebels in Aleppo.", date: "2016-12-20").contains("Iran backs Bashar al-Assad"))
  }

  @Test func aNumberOfAGroupsFightersActForIt() {
    let mercenaries = triples("Hundreds of mercenaries from the Wagner Group fought alongside the Sudanese army.", date: "2023-05-01")
    #expect(mercenaries.contains { $0.hasPrefix("Wagner Group backs") }, "\(mercenaries)")
    #expect(triples("Dozens of Houthi fighters attacked Saudi border posts.", date: "2019-08-01").contains("Houthis opposes Saudi Arabia"))
  }

  @Test func backAfterAVerbOfPushingIsNoBacking() {
    let beaten = triples("The Tripoli government beat back Haftar's offensive last year.", date: "2020-06-05")
    #expect(!beaten.contains { $0.contains("backs Khalifa Haftar") }, "\(beaten)")
    #expect(triples("The Houthis pushed back the Saudi-led forces.", date: "2018-06-01").allSatisfy { !$0.hasPrefix("Houthis backs") })
  }

  @Test func thoseWhoSupportedTheStrikesBackTheirAuthors() {
    let supported = triples("The United States and Britain struck Houthi targets in Yemen. The strikes, supported by Australia, Canada and Bahrain, hit radar sites.", date: "2024-01-12")
    #expect(supported.isSuperset(of: ["Australia backs United States", "Canada backs United Kingdom", "Bahrain backs United States"]), "\(supported)")
    // Not when no attack was reported before.
    #expect(!triples("The talks, supported by Canada, went on.").contains { $0.contains("backs") })
  }

  @Test func aNameAfterAPrepositionIsNoAgentOfAPastVerb() {
    let met = triples("Ankara kept close ties with Qatar and Egypt met Haftar in Cairo.", date: "2020-06-05")
    #expect(!met.contains { $0.hasPrefix("Qatar meets") || $0.hasSuffix("meets Qatar") }, "\(met)")
    // A noun's agent after a preposition still is one.
    #expect(triples("The two allies are at odds over U.S. support for the YPG.", date: "2019-10-10").contains("United States backs YPG"))
  }

  @Test func aBodysOwnUnitIsPartOfIt() {
    #expect(triples("The IRGC's Quds Force trained the militia.", date: "2019-06-01").contains("Quds Force part_of IRGC"))
    // The lexicon's chain of wholes decides: a group's ally is no part of it.
    #expect(!triples("Hezbollah's Hamas allies fired rockets.", date: "2019-06-01").contains { $0.contains("part_of") })
  }

  @Test func refugeGivenBacksTheOneGivenIt() {
    #expect(triples("Oman has given the Houthi negotiators refuge in Muscat.", date: "2019-06-01").contains("Oman backs Houthis"))
  }

  @Test func aStrikeNamedByItsMakerOpposesTheOneItKilled() {
    let killed = triples("Iraq condemned the American drone strike that killed Abu Mahdi al-Muhandis.", date: "2020-01-05")
    #expect(killed.contains("United States opposes Abu Mahdi al-Muhandis"))
    let titled = triples("Hezbollah mourned after an Israeli air strike which killed Hamas commander Saleh al-Arouri.", date: "2024-01-03")
    #expect(titled.contains("Israel opposes Saleh al-Arouri") && !titled.contains("Israel opposes Hezbollah"))
    // A strike no one is named as making has no agent.
    #expect(!triples("The strike that killed Soleimani shocked Iraq.", date: "2020-01-05").contains { $0.hasSuffix("opposes Qassem Soleimani") })
  }

  @Test func itsInWhatSomeoneIsAskedToStopIsTheOneAsked() {
    let asked = triples("Egypt demanded that Israel stop its strikes on Hamas.", date: "2023-10-20")
    #expect(asked.contains("Israel opposes Hamas") && !asked.contains("Egypt opposes Hamas"))
    let participle = triples("The Arab League condemned the raid, demanding that the Turkish government halt its attacks on Iraq.", date: "2020-06-20")
    #expect(participle.contains("Turkey opposes Iraq") && !participle.contains("Arab League opposes Iraq"))
  }

  @Test func aRelativeClauseBeforeAVerbTakingAnInfinitiveDescribesTheSubject() {
    let threatened = triples("Egypt, which backs Haftar, has threatened to launch strikes against Turkish forces.", date: "2020-06-20")
    #expect(threatened.contains("Egypt opposes Turkey") && !threatened.contains("Khalifa Haftar opposes Turkey"))
  }

  @Test func theObjectOfAFiniteVerbIsNoSubjectThatKeepsItFromAGroupNoun() {
    let militia = triples("Islamic State fought on. Turkey, which regards the YPG as a terrorist group, has threatened an offensive against the militia.", date: "2019-03-23")
    #expect(!militia.contains("Turkey opposes ISIS"))
  }

  @Test func aPossessorIsNoAgentOfAParticipleAfterAComma() {
    let blast = triples("A bomb tore through a meeting of President Bashar al-Assad's security chiefs, killing Defence Minister Dawoud Rajha.", date: "2012-07-18")
    #expect(!blast.contains { $0.hasPrefix("Bashar al-Assad opposes") })
    // What the possessor owns may be.
    let guards = triples("Iran's Revolutionary Guards fired missiles at Erbil, killing a businessman and hitting the U.S. consulate.", date: "2022-03-13")
    #expect(guards.contains("IRGC opposes United States") && !guards.contains("Iran opposes United States"))
  }

  @Test func aStatesExilesAndOpponentsAreNotTheState() {
    #expect(!triples("Iraqi forces raid Iranian exiles' camp", date: "2011-04-08").contains("Iraq opposes Iran"))
    // A state's army still is.
    #expect(triples("Turkish jets struck Syrian army positions.", date: "2015-10-03").contains("Turkey opposes Syria"))
  }

  @Test func aStatesStrikeOnAPlaceIsStillTheVerbsAgent() {
    #expect(triples("An American air strike on Baghdad killed Abu Mahdi al-Muhandis.", date: "2020-01-03").contains("United States opposes Abu Mahdi al-Muhandis"))
  }

  @Test func oneKilledInAnExchangeOfFireWasAPartyToIt() {
    let fire = triples("A Syrian soldier was killed in an exchange of fire with Turkish troops.", date: "2019-10-10")
    #expect(fire.isSuperset(of: ["Syria opposes Turkey", "Turkey opposes Syria"]), "\(fire)")
  }

  @Test func oneWantedByAStateIsOpposedByIt() {
    #expect(triples("Mokhtar Belmokhtar was wanted by Algeria.", date: "2013-01-17").contains("Algeria opposes Mokhtar Belmokhtar"))
  }

  @Test func aLeaderOrAnAliasInAnAppositiveIsNoSubject() {
    let fought = triples("The SDF, led by Mazloum Abdi, known as Kobani, fought Islamic State for years.", date: "2019-03-23")
    #expect(fought.contains("SDF opposes ISIS") && !fought.contains("Mazloum Abdi opposes ISIS"), "\(fought)")
  }
}
