import Foundation
import Testing

@testable import ActorGraph

@Suite struct ActorIDTests {
  @Test func idsMadeOnManyThreadsAreEqualExactlyWhenTheirSlugsAre() async {
    // Slugs no other test makes, long enough to live on the heap, made on eight threads at once.
    let slugs = (0..<200).map { "actor-id-test-\($0)-of-a-long-name" }
    let made = await withTaskGroup(of: [ActorID].self) { group in
      for _ in 0..<8 { group.addTask { slugs.shuffled().sorted().map { ActorID($0) } } }
      return await group.reduce(into: []) { $0.append($1) }
    }
    let sorted = slugs.sorted()
    for ids in made {
      #expect(ids == made[0])
      #expect(ids.map(\.rawValue) == sorted)
    }
    #expect(Set(made[0]).count == slugs.count)
    #expect(ActorID("actor-id-test-7-of-a-long-name") == made[0][sorted.firstIndex(of: "actor-id-test-7-of-a-long-name")!])
  }

  @Test func aSlugFoldsCaseAndDiacriticsAndJoinsWordsWithOneHyphen() {
    #expect(ActorID.slug(of: "Hay'at Tahrir al-Sham") == "hayat-tahrir-al-sham")
    #expect(ActorID.slug(of: "  People's Protection Units (YPG) ") == "peoples-protection-units-ypg")
    #expect(ActorID.slug(of: "Abdullah Öcalan") == "abdullah-ocalan")
    #expect(ActorID.slug(of: "Resolution 2254 -- text") == "resolution-2254-text")
    #expect(ActorID.slug(of: "?! -") == "actor")
    #expect(ActorID.slug(of: "") == "actor")
    // The byte path for ASCII names gives what folding gives.
    for name in ["Hay'at Tahrir al-Sham", "U.S. Central Command", "M23", "al-Qaeda in the Arabian Peninsula", "  A  B ", "x_y+z", "ISIS-K"] {
      #expect(ActorID.slug(of: name) == ActorID.foldedSlug(of: name), "\(name)")
    }
  }

  @Test func idsOrderAndEncodeByTheirSlugsNotByWhenTheyWereFirstMade() throws {
    let late = ActorID("zz-actor-id-order-test")
    let early = ActorID("aa-actor-id-order-test")
    #expect(early < late && !(late < early) && !(early < early))
    #expect([late, early].sorted() == [early, late])
    let data = try JSONEncoder().encode([late])
    #expect(String(decoding: data, as: UTF8.self) == #"["zz-actor-id-order-test"]"#)
    #expect(try JSONDecoder().decode([ActorID].self, from: data) == [late])
  }
}
