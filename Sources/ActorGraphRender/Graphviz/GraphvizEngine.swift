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

/// The owner of all Graphviz calls in the process.
///
/// Graphviz keeps state in globals (the error level and handler, the string dictionaries) and is
/// not thread-safe, so every call into cgraph or gvc goes through `withContext`, which holds one
/// process-wide lock for the whole operation, whichever engine makes it. An engine's two `GVC_t`
/// contexts load plugins once and live as long as the process.
public final class GraphvizEngine: Sendable {
  /// The process-wide engine, with ActorGraph's plugins.
  public static let shared = GraphvizEngine(plugins: .actorGraph)

  /// The plugins an engine adds to Graphviz's own.
  enum Plugins {
    /// The SVG renderer that prints numbers without `snprintf` (`SVGRenderPlugin`) and, for
    /// vector formats, the text-measure cache (`TextMeasureCache`): same output, drawn faster.
    case actorGraph
    /// None: Graphviz as installed, to check the plugins against.
    case graphvizOnly
  }

  /// The gvc contexts, only touched with `lock` held.
  private struct Contexts: @unchecked Sendable {
    // @unchecked: the pointers are only dereferenced by Graphviz while `lock` is held.
    /// Measures text with pango and draws PNG and PDF with cairo from its layouts.
    let plain: OpaquePointer
    /// Measures text through `TextMeasureCache`, which keeps pango's sizes but not the layouts
    /// cairo draws from: for the formats that write text as text (SVG, DOT, JSON).
    let vector: OpaquePointer
  }

  /// Held for every call into Graphviz, by every engine.
  private static let lock = Mutex<Void>(())

  private let contexts: Contexts

  /// Starts Graphviz with `plugins` added to its own.
  init(plugins: Plugins) {
    contexts = Self.lock.withLock { _ in
      _ = agseterrf(captureMessage)
      guard let plain = gvContext() else { preconditionFailure("gvContext() returned NULL: Graphviz could not start") }
      guard plugins == .actorGraph, let directory = gvconfig_libdir(plain).map({ String(cString: $0) }) else {
        guard let vector = gvContext() else { preconditionFailure("gvContext() returned NULL: Graphviz could not start") }
        return Contexts(plain: plain, vector: vector)
      }
      let svg = SVGRenderPlugin.plugin(pluginDirectory: directory)
      let textCache = TextMeasureCache.plugin(pluginDirectory: directory)
      if let svg {
        let library = GraphvizPluginLibrary.make(name: "actorgraph_svg", plugins: [svg])
        gvAddLibrary(plain, library.address.assumingMemoryBound(to: gvplugin_library_t.self))
      }
      // Graphviz picks its text layout when a context is made, so the cache goes in as a
      // builtin plugin; the plugins of Graphviz's own configuration load as usual.
      let builtins = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: 2)
      builtins[0] = GraphvizPluginLibrary.make(name: "actorgraph", plugins: [svg, textCache].compactMap { $0 })
      builtins[1] = lt_symlist_t(name: nil, address: nil)
      guard let vector = gvContextPlugins(builtins, 1) else { preconditionFailure("gvContextPlugins() returned NULL: Graphviz could not start") }
      return Contexts(plain: plain, vector: vector)
    }
  }

  /// Runs `body` with the lock held, giving it the gvc context that can write all of `formats`;
  /// Graphviz's messages from earlier calls are cleared first.
  func withContext<T>(for formats: [OutputFormat], _ body: (OpaquePointer) throws(GraphvizError) -> T) throws(GraphvizError) -> T {
    try Self.lock.withLock { _ throws(GraphvizError) -> T in
      capturedMessages.withLock { $0 = "" }
      _ = agreseterrors()
      return try body(formats.contains(where: \.drawsTextWithCairo) ? contexts.plain : contexts.vector)
    }
  }

  /// Runs `body` with the lock held, for Graphviz calls that need no context (closing a graph).
  func withLock(_ body: () -> Void) {
    Self.lock.withLock { _ in body() }
  }

  /// What Graphviz said since the operation began, trimmed.
  static func messages() -> String {
    capturedMessages.withLock { $0 }.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
