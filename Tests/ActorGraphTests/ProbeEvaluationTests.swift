import Foundation
import Testing

@testable import ActorGraph

/// The extractor scored on three hundred and ninety-three short articles written for the project (Turkey–Iraq, a Gaza
/// truce, Russia–Iran, Jordan–Syria, Sudan, Israel–Houthis, Egypt–Turkey on Libya, a militia
/// attack on a US base, Qatar–Iran, clashes in Tripoli, the Israel–Hezbollah truce, the
/// SDF–Damascus deal, Red Sea strikes, a strike in Baghdad, Turkey–Syria talks, Turkey and
/// Haftar's son, Jordan's king in Washington, Saudi–Iranian talks, a strike in Damascus, Turkey
/// and Iraq on the PKK, Gaza talks in Cairo, Sudan and the UAE, a Yemeni prisoner swap, fire on
/// UN peacekeepers, Turkish and Syrian ministers in Moscow, the Syrian opposition's fears, a
/// Libyan airbase, Turkish strikes after the Istanbul bombing, the Black Sea grain deal, a Turkish
/// daily on the PKK, the Idlib ceasefire of 2020, Israeli strikes near Damascus, an Islamic State
/// leader killed by Turkish intelligence, Syrian refugees in Turkey's 2023 vote, US sanctions over the
/// S-400, the Azov commanders' return, rebel infighting in Afrin, Raisi in Ankara, Turkey's Libya
/// mandate, an Astana round, the SDF's 2019 deal with Damascus, Hezbollah leaving the Syrian border,
/// Erdogan in Cairo, Turkish drones over Qamishli, Iraq's ban of the PKK, Turkish and Syrian defence
/// chiefs in Moscow, the Libya truce talks in Moscow, US strikes near Deir ez-Zor, the strike on
/// Iran's consulate in Damascus, Erdogan and Putin in Sochi, shelling in Idlib, an explainer on
/// Erdogan and Assad, Sisi's red line at Sirte, a drone strike near Qamishli, a live blog on
/// Nasrallah's killing, the fall of Assad, Libya's two governments in 2022, Syrian state media,
/// the Tehran summit of 2022, Greece and the Turkey–Libya maritime deal, a Turkish strike in Duhok,
/// the Iran–US prisoner swap, a policy brief on Russia and Turkey, Turkish presidency readouts,
/// HTS in Idlib, breaking news on Israel's strikes on Iran, a Syrian opposition outlet on the
/// rapprochement, a Turkish daily on the Moscow defence talks, Assad at the Arab League, US strikes
/// in Iraq after the Jordan attack, an explainer on the Houthis, bullet points on Sudan, an analysis
/// of the Lebanon truce, clashes in Tripoli in 2022, a timeline of Syria's new rulers, Turkish strikes on
/// the PKK in Iraq in 2024, Saudi–Houthi talks in Riyadh, Russia's Africa Corps in Libya, the siege of El
/// Fasher, Algeria's break with Morocco, Yemen's southern separatists in Shabwa, the Gulf boycott of
/// Qatar, the Turkey–Armenia envoys, Israel's strikes in Sweida, the Kurdish oil arbitration, Libya's
/// central bank row, Iran–Pakistan strikes, the Nile dam at the Security Council, Jordan downing
/// Iranian drones, Haniyeh's killing in Tehran, Syrian–Israeli talks in Paris, Oman's US–Houthi
/// truce, the PKK disbanding, drones on a Kurdish gas field, Ankara and Haftar, Lebanon and Hezbollah's
/// arms, the E3's snapback of UN sanctions, US–Iranian talks in Muscat, Sudan's army in Khartoum, Israeli–Turkish talks in Baku, Yemen's
/// government and the STC in Riyadh, Algeria and France over Western Sahara, the
/// coalition's exit from Iraq, Lebanon's new president, the Tishrin dam, Iraq's Development Road,
/// militia clashes in Tripoli, the RSF's charter in Nairobi, a Saudi prince in Tehran, the
/// Syria–Lebanon border deal in Jeddah, the Ankara Declaration, Sudani and Sharaa in Doha, Erdogan in
/// Athens, the Sahel juntas and Algeria, Pakistan and Afghanistan in Doha, Israel's strike in Doha,
/// Kuwait and Iraq over the Khor Abdullah, Sharaa in Moscow, Iran and the IAEA in Cairo, the Quad's
/// truce plan for Sudan, the Abraham Accords, the end of the Qatar boycott, Iraq and Iran on Kurdish
/// groups, a Saudi envoy in Sanaa, the UAE's ambassador back in Tehran, the Stockholm talks on
/// Hodeidah, Kirkuk after the Kurdish referendum, Hariri in Riyadh, the Russian bomber Turkey shot
/// down, the evacuation of eastern Aleppo, the Saudi–Iranian rupture of 2016, Saleh's death, the
/// Berlin conference on Libya, Israel's F-16 downed over Syria, the Ceuta crisis, Gulf aid to Egypt
/// after Morsi, the Stena Impero, Turkey after the failed coup, Abqaiq, Sudan's power-sharing deal,
/// Macron in Beirut after the blast, Soleimani's killing, the strikes over Douma, the Saudi-led
/// intervention in Yemen, Khashoggi's disappearance, Mosul retaken, the Karabakh truce, Syria
/// back in the Arab League, the Russian ambassador shot in Ankara, the Dutch–Turkish row of 2017,
/// the clashes in Baghdad's Green Zone, Erdogan and Sisi in Doha, the earthquake's diplomacy, the
/// Lebanese–Israeli maritime deal, Bahrain and Qatar reconciled, the Madrid memorandum, the Vienna
/// nuclear deal, the first Russian strikes in Syria, the pause agreed with Pence, the Gulf envoys
/// recalled from Qatar, Egypt's strikes in Libya, the Sochi deal on Idlib, the tankers attacked in
/// the Gulf of Oman, Erdogan and Putin reconciled in St Petersburg, the US leaving the nuclear deal,
/// Iran's drones and missiles launched at Israel, Erdogan in Abu Dhabi, the Golan recognised,
/// Sudan's deal with Israel, the fall of Mosul, the Turkish jet shot down by Syria, the Ghouta
/// chemical attack, the first strikes on Libya in 2011, the Cairo Declaration on Libya, the Manbij
/// roadmap, the Riyadh agreement on Yemen, Iraq's ultimatum over the Turkish troops at Bashiqa, the
/// launch of Operation Olive Branch, Haftar's march on Tripoli, the pager blasts in Lebanon, Sweden's
/// NATO bid cleared in Vilnius, Russia's jets sent to Libya, the deal for Deraa's rebels, Israel and
/// Turkey reconciled in 2016, the attack on Azerbaijan's embassy in Tehran, the Galaxy Leader seized,
/// Iran's missiles on Erbil, the Saudi foreign minister in Damascus, the Amman summit called off, the
/// rebels' sweep into Aleppo, the shooting at the Allenby crossing, Sudan's case against the UAE,
/// the launch of Operation Peace Spring, the Houthi drones on Abu Dhabi, Morocco's ties with Israel,
/// the drone attack on Kadhimi's home, Fuad Shukr killed in Beirut, Turkey's halt to trade with Israel,
/// Israel's strikes on Iran in June 2025, the Houthis taking Sanaa, the Kurdish referendum, the
/// Saudi crown prince in Ankara, Hamas and Fatah reconciled in Cairo, the Tayouneh shooting, the
/// clashes at Gharyan, Iraq expelling Sweden's ambassador, the Saudi–Houthi prisoner exchange, the
/// plot laid to Prince Hamzah, Azerbaijan's offensive in Karabakh, Trump meeting Sharaa in Riyadh, Fakhrizadeh killed, Raqqa taken, Israel's strike on Hodeidah, Trump's order to leave Syria, the Kordahi row, Jerusalem recognised, Hezbollah's tunnels, Biden's first strike in Syria, the unity government in Tripoli, the Red Sea coalition, the Oruc Reis standoff, Bashir's fall, the embassy in Baghdad stormed, Jordan's strikes on smugglers, Zaghari-Ratcliffe freed, Germany leaving Incirlik, the Golan buffer zone, Aden seized, the Zakho resort shelled, Algeria's treaty with Spain suspended, Sanaa airport struck, the Sanaa funeral hall struck, Tunisia's parliament frozen, Heglig seized, the Beijing declaration, the Juba peace signing, the Saudi–Canada row, the Sinjar drone strike, Putin's apology to Bennett, the Baghdad conference, Abdul Mahdi's resignation, the Somaliland port deal, Razi Mousavi killed, the Geneva ceasefire, the Tunis migration pact, the Majdal Shams rocket, Spring Shield, the TUSAS attack, Arouri killed in Beirut, Assad in the UAE, the Derna floods, Biden in Jeddah, Egyptian arms for Somalia, the Brotherhood banned in Jordan, France on Western Sahara, Iran's missile barrage, Sharaa in Ankara, the Gulf islands row with China, Euphrates Shield, the Kobani airdrops, the Port Sudan drones, the Tikrit air strikes, the Emirati strikes on Tripoli, the Il-20 downed, the raids into Lebanon, the Kerry–Lavrov chemical weapons plan, Jordan's strikes after its pilot's killing, the missile at Riyadh, the Shayrat strike, the UAE's drawdown in Yemen, Guerguerat, Herzog in Ankara, the Bahrain–Iran talks, the Guardians of the Nile drills, the Turkish–Libyan energy deal, the Advantage Sweet seized, Putin at Hmeimim, the Turkish sailors detained, Egypt joining the genocide case, the Rwabee seized, the Manbij truce, Tiran and Sanafir ceded, the strike near Isfahan, the Geneva unity vote, Bahrain's envoy recalled, the first U.S. strikes near Erbil, the blasts at the PMF's depots, the Ukrainian airliner downed near Tehran, the ambush at al-Fashaga, the EU's measures over Cypriot gas, the Kerry–Lavrov truce plan, the push into Eastern Ghouta, the Houthis' Marib offensive, the sanctions over Pastor Brunson, the Courbet standoff, the sanctions on Qais al-Khazali, Egypt expelling Turkey's ambassador, the drones on Saudi pumping stations, King Abdullah's call to Assad, the strike on the T-4 base, the Saudi aid to Lebanon halted, the coup in Sudan, the S-400 reaching Turkey, Brahimi named envoy, the emir of Qatar in Gaza, Egypt's court banning Hamas, Haftar's Operation Dignity, the Saudi troops sent into Bahrain, Hamas leaving Damascus, the hajj crush row, Obama's call with Rouhani, the raid at Hawija, the Saudi oil halted to Egypt, the offensive near Arsal, the Ethiopia–Eritrea accord in Jeddah, the Rabaa dispersal, Riyad Hijab's defection, Saleh signing the Gulf deal, Mursi retiring Tantawi, Maliki stepping aside for Abadi, Hadi's resignation, the attack on the Benghazi consulate, Turkey's strikes after Suruc, the Council's statement on Houla, Hashemi's refuge in Turkey, the talks at Busra al-Sham, Falluja retaken, the Gaza truce of 2012, Haftar taking the oil ports, Sadr's followers in parliament, the strike near al-Tanf, Carter on Ramadi, the Kuwait talks on Yemen, the 2018 Iraqi vote, Mukalla retaken, the four towns' evacuation, the Turkish soldiers killed at Balyun, Sirte freed from Islamic State, Aden retaken in 2015, Tal Afar retaken, the Quneitra strike and Hezbollah's reply, Mursi cutting ties with Damascus, the Global Hawk downed, the interim nuclear deal in Geneva, Gaddafi's death, Syria suspended from the Arab League, the first strikes on Islamic State in Syria, the attack at Rafah in 2012, the migrants at the Evros border, the U.S. sailors held by Iran, Egypt's Gaza truce plan of 2014, the Syrian mortar on Akcakale, Raisi's death in a helicopter crash, Iran's missiles on Ain al-Asad, Baghuz taken from Islamic State, the bomb that killed Assad's defence minister, the Reyhanli car bombs, the Syrian airliner forced down in Ankara, the Israeli embassy in Cairo stormed, the Natanz blackout, the In Amenas siege, Iran's rockets on the Golan in 2018, the American strikes on Fordow, Hamas's attack of October 2023, Saleh wounded in his palace, the Arab League's observers in Syria, the Libya Contact Group in Doha, the raid on Camp Ashraf, Iran's consulate in Najaf burned, Israel's apology to Turkey over the Mavi Marmara, Russian flights to Egypt halted after the Metrojet crash, the siege of Amerli broken, Ben Ali's flight to Saudi Arabia, the Halkbank indictment, Turkey downing a Syrian jet over Kasab, Wad Madani taken by the RSF, Israel on the Philadelphi corridor and Ibrahim Aqil killed in Beirut) and
/// annotated by
/// hand before the extractor first read them. Rules were later
/// fixed on what they showed, so this guards against regressions rather than measuring unseen
/// news.
@Suite struct ProbeEvaluationTests {
  @Test func probesScoreAboveTheirFloor() throws {
    let extractor = try Extractor(lexicon: try Lexicon.shipped())
    let probes = SeedEvaluationTests.root.appendingPathComponent("Tests/Fixtures/probes")
    let articles = try ArticleReader().read(paths: [probes.path]).map { try $0.get() }
    #expect(articles.count == 393)
    let evaluation = try Evaluation(
      graph: RelationGraph(extractions: articles.map(extractor.extract)), goldDirectory: probes.appendingPathComponent("gold").path,
      catalogues: [probes.appendingPathComponent("gold/actors.json").path])
    #expect(evaluation.overall.f1 >= 0.80, "F1 \(evaluation.overall.f1)\n\(evaluation.report)")
    #expect(evaluation.overall.precision >= 0.85, "precision \(evaluation.overall.precision)")
  }
}
