import CGraphviz
import Foundation
import Synchronization

/// Graphviz's messages, joined: it sends each in pieces ("Error", ": ", the text).
private let capturedMessages = Mutex<String>("")

/// The `agseterrf` callback: a C function pointer with no captures, appending to the buffer.
private let captureMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { text in
  guard let text else { return 0 }
  let piece = String(cString: text)
  capturedMessages.withLock { $0 += piece }
  return 0
}

/// The one owner of all Graphviz calls in the process.
///
/// Graphviz keeps state in globals (the error level and handler, the string dictionaries) and is
/// not thread-safe, so every call into cgraph or gvc goes through `withContext`, which holds a
/// lock for the whole operation. The `GVC_t` context loads plugins once and lives as long as the
/// process.
public final class GraphvizEngine: Sendable {
  /// The process-wide engine.
  public static let shared = GraphvizEngine()

  /// The gvc context, only touched with the lock held.
  private struct Context: ~Copyable, @unchecked Sendable {
    // @unchecked: the pointer is only dereferenced by Graphviz while `state`'s lock is held.
    let gvc: OpaquePointer
  }

  private let state: Mutex<Context>

  private init() {
    _ = agseterrf(captureMessage)
    guard let gvc = gvContext() else { preconditionFailure("gvContext() returned NULL: Graphviz could not start") }
    state = Mutex(Context(gvc: gvc))
  }

  /// Runs `body` with the lock held, giving it the gvc context; Graphviz's messages from
  /// earlier calls are cleared first.
  func withContext<T>(_ body: (OpaquePointer) throws(GraphvizError) -> T) throws(GraphvizError) -> T {
    try state.withLock { (context) throws(GraphvizError) -> T in
      capturedMessages.withLock { $0 = "" }
      _ = agreseterrors()
      return try body(context.gvc)
    }
  }

  /// What Graphviz said since the operation began, trimmed.
  static func messages() -> String {
    capturedMessages.withLock { $0 }.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
