import Testing

@testable import ActorGraph

/// Normalisation keeps one scalar for one scalar, so offsets hold in both texts.
@Suite struct TextNormalizerTests {
  /// One-, two-, three- and four-byte encodings, and typographic marks to fold.
  static let text = "Erdoğan’s “plan” — 2026 … Ankara\u{00A0}é 😀 al‑Assad"

  @Test func everyUTF8LengthIsReadScalarForScalar() {
    let normalized = TextNormalizer.scalars(of: Self.text)
    #expect(String(String.UnicodeScalarView(normalized)) == "Erdoğan's \"plan\" - 2026 . Ankara é 😀 al-Assad")
    #expect(normalized.count == Self.text.unicodeScalars.count)
  }

  @Test func emptyTextGivesNoScalars() {
    #expect(TextNormalizer.scalars(of: "").isEmpty)
  }

  @Test func slicesByScalarOffsetsAreTheTextAsWritten() {
    let scalars = Array(Self.text.unicodeScalars)
    var slicer = ScalarSlicer(Self.text)
    // In order, out of order (the walk starts again), empty, and to the very end.
    for range in [0..<9, 10..<16, 17..<30, 3..<12, 20..<20, 30..<scalars.count, 0..<scalars.count] {
      #expect(slicer.text(of: range) == String(String.UnicodeScalarView(scalars[range])), "scalars \(range)")
    }
  }

  @Test func slicesAcrossLongRunsOfASCIIAndWiderScalars() {
    // Runs of ASCII longer than the eight bytes read at once, broken by two- and four-byte scalars.
    let text = String(repeating: "Ankara and Damascus, é ", count: 4) + "😀 the end"
    let scalars = Array(text.unicodeScalars)
    var slicer = ScalarSlicer(text)
    for start in stride(from: 0, to: scalars.count, by: 7) {
      for end in [start, min(scalars.count, start + 3), min(scalars.count, start + 17), scalars.count] {
        #expect(slicer.text(of: start..<end) == String(String.UnicodeScalarView(scalars[start..<end])), "scalars \(start)..<\(end)")
      }
    }
  }
}
