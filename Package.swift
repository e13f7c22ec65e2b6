// swift-tools-version: 6.1
//
// `lesson`: literate lessons in Markdown whose Swift cells run against a PyTorch-shaped tensor engine.
//
// Targets, bottom up (data flows one way: document -> script -> check / update / render):
//   C*              system libraries (libcmark, libpng, zlib, libarchive, the C library's malloc statistics), each
//                   through a one-line shim header. OpenBLAS is not linked: Tensors opens it at the first matrix
//                   product with its kernels pinned, so that results are the same bits on every machine
//                   (Sources/Tensors/Kernels/OpenBLAS.swift).
//   Tensors         the tensor engine: dtypes, strided views, kernels, autograd, PyTorch-exact printing.
//                   Sources/Tensors/README.md is the map of its folders and the checklist for adding a tensor op.
//   PNGCodec        PNG decoding and encoding on libpng. It is its own target (not part of `Learning`) because
//                   both the data layer (decoding data sets) and the HTML renderer (encoding images) need it,
//                   and neither should depend on the other.
//   Learning        fast.ai's shape on the engine: data sets and images, modules, SGD, data loaders, Learner.
//   LessonDocument  the lesson file model, with byte-exact rewriting of output blocks; the one libcmark parse of a
//                   lesson's Markdown, whose tree the renderer walks; front matter read by Yams.
//   LessonScript    the cell interpreter on swift-syntax, with a binding table for libraries.
//   LessonLibrary   the libraries bound into the interpreter (PyTorch names in Swift spellings); it keeps the
//                   interpreter and the tensor engine independent of each other.
//   LessonRunner    running, checking and updating lessons: sessions per lesson, output comparison, diffs, reports.
//                   It draws nothing: reports mark their parts by role (the CLI colors them) and long work reports
//                   progress through Learning's neutral protocol (the CLI draws the bar).
//   LessonDisplay   rich outputs (images, pixel tables, figures, training tables) and colour maps: the model shared
//                   by the bindings that record them and the renderer that draws them, so neither knows the other.
//   LessonHTML      one self-contained HTML page per lesson (prose from the document's tree by libcmark, cells
//                   highlighted by swift-syntax's classifier, rich outputs as PNG, SVG and tables) and the index page.
//                   The pages take neutral inputs (the lesson, its cells' `RenderedCell`s); only the site assembly
//                   (LessonSite) reads the runner's results, so HTML depends on the runner and never the other way:
//                   running, checking and updating build and test without any HTML, and the CLI does no assembly of
//                   its own.
//   LessonPreview   `lesson preview`: a Hummingbird server for a lesson's page, kept in step with the file over
//                   server-sent events; the file watch (inotify); and the worker process that runs the cells and
//                   forks paused copies of itself between cells as checkpoints (CProcessControl holds the prctl
//                   calls Swift cannot make). The worker is the `lesson` program itself, started by the server.
//   lesson          the command-line tool (thin: arguments, files, exit statuses, and the terminal: colors and the
//                   progress bar) on LessonRunner, with LessonHTML for `render` and LessonPreview for `preview`.
//
// Language mode 5: the engine hands raw buffer pointers to worker threads and keeps per-thread state (grad mode,
// generator, print options) the way PyTorch does; Swift 6's strict checking would need wrappers around every one
// of those without making them any safer.
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v5),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "lesson",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Tensors", targets: ["Tensors"]),
        .library(name: "LessonDocument", targets: ["LessonDocument"]),
        .library(name: "LessonScript", targets: ["LessonScript"]),
        .executable(name: "tensor-benchmark", targets: ["TensorBenchmark"]),
        .executable(name: "type-check-benchmark", targets: ["TypeCheckBenchmark"]),
        .executable(name: "lesson", targets: ["lesson"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        .systemLibrary(name: "CMalloc"),

        // Linux process controls for `lesson preview`'s checkpoints (prctl is variadic, so Swift cannot call it).
        .target(name: "CProcessControl"),
        // Element-wise float32 loops built for AVX2 and the baseline, chosen by the CPU at load time.
        .target(name: "CKernels"),
        .target(name: "Tensors", dependencies: ["CKernels"], exclude: ["README.md"], swiftSettings: swiftSettings),
        .target(name: "PNGCodec", dependencies: ["CPNG"], swiftSettings: swiftSettings),
        .target(
            name: "LessonDocument", dependencies: ["CCmark", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings),
        .target(
            name: "LessonScript",
            dependencies: [
                "CMalloc",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftOperators", package: "swift-syntax"),
                .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            exclude: ["BINDINGS.md", "README.md"],
            swiftSettings: swiftSettings
        ),

        .executableTarget(
            name: "TensorBenchmark",
            dependencies: ["Tensors", "PNGCodec", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/TensorBenchmark",
            swiftSettings: swiftSettings),

        .executableTarget(
            name: "TypeCheckBenchmark", dependencies: ["LessonScript", "LessonLibrary", "LessonDocument"],
            swiftSettings: swiftSettings),

        .target(
            name: "Learning", dependencies: ["Tensors", "PNGCodec", "CZlib", "CArchive"], swiftSettings: swiftSettings),
        .target(name: "LessonDisplay", swiftSettings: swiftSettings),
        .target(
            name: "LessonHTML",
            dependencies: [
                "LessonDocument", "LessonDisplay", "LessonRunner", "PNGCodec",
                .product(name: "SwiftIDEUtils", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
            ],
            swiftSettings: swiftSettings),
        .target(
            name: "LessonLibrary", dependencies: ["LessonScript", "Tensors", "Learning", "LessonDisplay"],
            swiftSettings: swiftSettings),
        .target(
            name: "LessonRunner",
            dependencies: [
                "LessonDocument", "LessonScript", "LessonLibrary", "LessonDisplay", "Learning", "Tensors",
            ],
            swiftSettings: swiftSettings),
        .target(
            name: "LessonPreview",
            dependencies: [
                "LessonDocument", "LessonRunner", "LessonHTML", "Tensors", "CProcessControl",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "lesson",
            dependencies: [
                "LessonRunner", "LessonHTML", "LessonPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings),

        .testTarget(
            name: "TensorsTests", dependencies: ["Tensors"],
            exclude: [
                "Golden/make_print_goldens.py", "Golden/print_goldens.json", "Golden/make_op_goldens.py",
                "Golden/op_goldens.json",
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "PNGCodecTests", dependencies: ["PNGCodec"], exclude: ["Fixtures"], swiftSettings: swiftSettings),
        .testTarget(
            name: "LessonDocumentTests", dependencies: ["LessonDocument", "CCmark"], exclude: ["Fixtures"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LessonScriptTests", dependencies: ["LessonScript"], exclude: ["Programs"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LearningTests", dependencies: ["Learning", "CArchive", "PNGCodec"], exclude: ["Fixtures", "Golden"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LessonLibraryTests", dependencies: ["LessonLibrary"], exclude: ["Golden"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LessonDisplayTests", dependencies: ["LessonDisplay", "LessonLibrary"],
            exclude: ["Golden/make_table_goldens.py", "Golden/table_goldens.json"], swiftSettings: swiftSettings),
        .testTarget(
            name: "LessonHTMLTests", dependencies: ["LessonHTML", "LessonLibrary", "LessonRunner", "PNGCodec"],
            exclude: ["Goldens"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "LessonRunnerTests", dependencies: ["LessonRunner", "Learning"], swiftSettings: swiftSettings),
        .testTarget(
            name: "LessonPreviewTests", dependencies: ["LessonPreview", "LessonDocument", "LessonRunner"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "lessonCLITests",
            dependencies: ["lesson", "LessonRunner", "LessonPreview", "LessonHTML", "LessonDocument"],
            exclude: ["Lessons"],
            swiftSettings: swiftSettings),
    ]
)

// libFuzzer targets, part of the package only when scripts/fuzz builds them (LESSON_FUZZ set, with
// -sanitize=fuzzer): each is a file in Fuzz/ whose `LLVMFuzzerTestOneInput` takes libFuzzer's inputs.
if Context.environment["LESSON_FUZZ"] != nil {
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("FuzzLesson", ["LessonDocument"]),
        ("FuzzFrontMatter", ["LessonDocument"]),
        ("FuzzCell", ["LessonScript", "LessonLibrary", "Tensors"]),
        ("FuzzPNG", ["PNGCodec", "CZlib"]),
    ]
    package.targets.append(.systemLibrary(name: "CFuzzer", path: "Fuzz/CFuzzer"))
    package.targets += fuzzTargets.map { name, dependencies in
        .executableTarget(
            name: name, dependencies: ["CFuzzer"] + dependencies, path: "Fuzz/\(name)", swiftSettings: swiftSettings)
    }
}
