extension StringProtocol {
  /// Whether the text is empty or only white space (newlines included).
  ///
  /// Stops at the first other character, so a long line costs no more than a short one;
  /// Foundation's `trimmingCharacters(in:)` copies the whole text through `NSString` first.
  public var isBlank: Bool {
    allSatisfy(\.isWhitespace)
  }

  /// The text without white space (newlines included) at either end; reads only the ends.
  public func trimmedOfWhitespace() -> SubSequence {
    guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
      return self[endIndex...]
    }
    return self[first...last]
  }
}
