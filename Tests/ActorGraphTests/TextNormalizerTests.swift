import Testing

@testable import ActorGraph

/// Normalisation keeps one scalar for one scalar, so offsets hold in both texts.
@Suite struct TextNormalizerTests {
  @Test func everyUTF8LengthIsReadScalarForScalar() {
    // One-, two-, three- and four-byte encodings, and typographic marks to fold.
    let text = "Erdoğan’s “plan” — 2026 … Ankara\u{00A0}é 😀 al‑Assad"
    let (original, normalized) = TextNormalizer.scalarsWithOriginal(of: text)
    #expect(original == Array(text.unicodeScalars))
    #expect(String(String.UnicodeScalarView(normalized)) == "Erdoğan's \"plan\" - 2026 . Ankara é 😀 al-Assad")
    #expect(normalized.count == original.count)
  }

  @Test func emptyTextGivesNoScalars() {
    let (original, normalized) = TextNormalizer.scalarsWithOriginal(of: "")
    #expect(original.isEmpty && normalized.isEmpty)
  }
}
