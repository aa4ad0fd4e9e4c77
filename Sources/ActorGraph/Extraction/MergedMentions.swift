/// The mentions a merge pass keeps, as it goes through a sentence's mentions in order.
///
/// Until the pass first changes something, its input stands for what it kept, so a pass that
/// changes nothing (most passes in most sentences) builds no array.
struct MergedMentions {
  private let input: [Mention]
  /// What was kept, once something changed.
  private var output: [Mention]?
  /// How many input mentions were kept unchanged before anything changed.
  private var kept = 0

  init(_ input: [Mention]) { self.input = input }

  /// The mentions kept.
  var mentions: [Mention] { output ?? (kept == input.count ? input : Array(input[..<kept])) }

  /// The last mention kept.
  var last: Mention? {
    if let output { return output.last }
    return kept > 0 ? input[kept - 1] : nil
  }

  /// Keeps input mention `index` as it is; mentions are kept in order.
  mutating func keep(_ index: Int) {
    if output == nil, index == kept {
      kept += 1
    } else {
      append(input[index])
    }
  }

  /// Keeps a mention the pass made.
  mutating func append(_ mention: Mention) {
    if output == nil { output = Array(input[..<kept]) }
    output!.append(mention)
  }

  /// Puts `mention` in the place of the last one kept.
  mutating func replaceLast(with mention: Mention) {
    if output == nil { output = Array(input[..<kept]) }
    output![output!.count - 1] = mention
  }
}
