// swift-tools-version: 6.2
import PackageDescription

/// The extractor's rule functions are large, and Swift's inliner inlines nothing into a caller
/// of more than 400 basic blocks: every `tokens[i].isA(...)` there became a call that copied
/// the whole token, its strings retained and released. Raising the limit (and the soft limit
/// that scales inlining down as a caller grows) cuts extraction by 12% of its instructions
/// (callgrind, `bench extract --mb 1`) for a binary 4% larger. Release builds only.
let largeCallerInlining = [
  "-Xllvm", "-sil-inline-overall-caller-block-limit=4000",
  "-Xllvm", "-sil-inline-block-limit-denominator=30000",
]

let package = Package(
  name: "actor-graph",
  products: [
    .executable(name: "actorgraph", targets: ["actorgraph"]),
    .library(name: "ActorGraph", targets: ["ActorGraph"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // C: Graphviz through pkg-config (Debian: libgraphviz-dev).
    .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),
    // Core, pure Swift: model, reading, extraction, graph, queries, evaluation.
    .target(
      name: "ActorGraph", dependencies: ["Yams"],
      resources: [.copy("Resources/lexicon.json"), .copy("Resources/relations.json")],
      swiftSettings: [.unsafeFlags(largeCallerInlining, .when(configuration: .release))]),
    // SQLite store on GRDB.
    .target(
      name: "ActorGraphStore",
      dependencies: [
        "ActorGraph", .product(name: "GRDB", package: "GRDB.swift"),
        // SQLite's C API, for the inserts of the ingest's hot path (DirectInsert).
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]),
    // Rendering: the only module that imports CGraphviz.
    .target(name: "ActorGraphRender", dependencies: ["ActorGraph", "CGraphviz"]),
    // The command-line tool.
    .executableTarget(
      name: "actorgraph",
      dependencies: [
        "ActorGraph", "ActorGraphStore", "ActorGraphRender",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // Tests, and what they share (temporary files that clean up after themselves).
    .target(name: "TestSupport", path: "Tests/Support"),
    .testTarget(name: "ActorGraphTests", dependencies: ["ActorGraph", "TestSupport"]),
    .testTarget(name: "ActorGraphStoreTests", dependencies: ["ActorGraphStore", "TestSupport"]),
    .testTarget(name: "ActorGraphRenderTests", dependencies: ["ActorGraphRender"]),
    .testTarget(name: "ActorGraphEndToEndTests", dependencies: ["actorgraph", "TestSupport"]),
  ]
)

