extension Result where Failure == ArticleReadError {
  /// The outcome of reading something, the error caught in a `do`.
  ///
  /// `Result(catching:)` given a closure of typed throws crashed the debug test build with the
  /// Swift 6.3 toolchain when such a closure threw on the ingester's reading and extracting
  /// threads: a task resumed at a bad address, and whether it did depended on unrelated code
  /// layout (it came and went with changes to the relation matcher). Catching in a `do` has
  /// not crashed.
  public init(reading: () throws(ArticleReadError) -> Success) {
    do { self = .success(try reading()) } catch { self = .failure(error) }
  }
}
