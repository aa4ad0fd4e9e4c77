import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads a file, or standard input for "-", one line at a time (no whole-file buffering).
struct LineReader: Sequence, IteratorProtocol {
  private let file: UnsafeMutablePointer<FILE>
  private let ownsFile: Bool
  private var buffer: UnsafeMutablePointer<CChar>?
  private var capacity = 0

  /// The name to use in messages: the path, or "stdin".
  let name: String

  init(path: String) throws {
    if path == "-" {
      guard let input = fdopen(STDIN_FILENO, "r") else { throw CommandFailure("standard input cannot be read") }
      file = input
      ownsFile = false
      name = "stdin"
    } else {
      guard let opened = fopen(path, "r") else { throw CommandFailure("\(path): cannot be opened") }
      file = opened
      ownsFile = true
      name = path
    }
  }

  mutating func next() -> String? {
    let count = getline(&buffer, &capacity, file)
    guard count >= 0, let buffer else {
      close()
      return nil
    }
    var length = count
    while length > 0, buffer[length - 1] == 0x0A || buffer[length - 1] == 0x0D { length -= 1 }
    return String(decoding: UnsafeRawBufferPointer(start: buffer, count: length), as: UTF8.self)
  }

  private mutating func close() {
    free(buffer)
    buffer = nil
    if ownsFile { fclose(file) }
  }
}
