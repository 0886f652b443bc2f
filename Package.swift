// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "CrossCheck",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "crosscheck", targets: ["crosscheck"]),
    .executable(name: "crosscheck-benchmark", targets: ["CrossCheckBenchmark"]),
    .executable(name: "crosscheck-fuzz", targets: ["CrossCheckFuzz"]),
    .library(name: "CrossCheckCore", targets: ["CrossCheckCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    // Reads the ECB's eurofxref-hist.zip (`rates update`); links the system zlib.
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // The system C library libedit, bound through a module map and a shim header.
    .systemLibrary(
      name: "CLibEdit",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // The only target that imports CLibEdit: a Swift line editor over libedit.
    .target(name: "LineEditor", dependencies: ["CLibEdit"]),
    // The domain: sources, figures, comparison, sessions, reports. No terminal code; never prints.
    .target(
      name: "CrossCheckCore",
      dependencies: [
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    // The command language, the commands, completion and rendering to text.
    .target(
      name: "CrossCheckShell",
      dependencies: [
        "CrossCheckCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The thin executable: flags, the interactive loop and piped input.
    .executableTarget(
      name: "crosscheck",
      dependencies: [
        "CrossCheckCore",
        "CrossCheckShell",
        "LineEditor",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Release-build benchmarks: swift run -c release crosscheck-benchmark --help
    .executableTarget(
      name: "CrossCheckBenchmark",
      dependencies: [
        "CrossCheckCore",
        "CrossCheckShell",
        "CrossCheckTestSupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // libFuzzer targets (scripts/fuzz builds them with -sanitize=fuzzer and -D FUZZING); a
    // normal build makes a program that replays saved inputs, which compile-checks them.
    .executableTarget(
      name: "CrossCheckFuzz",
      dependencies: ["CrossCheckCore", "CrossCheckShell"]
    ),
    // What the tests and benchmarks share (ArgumentParser's ArgumentParserTestHelpers is the
    // model): a seeded random number generator. Never linked into the product.
    .target(name: "CrossCheckTestSupport"),
    .testTarget(
      name: "CrossCheckCoreTests", dependencies: ["CrossCheckCore", "CrossCheckTestSupport"]),
    .testTarget(
      name: "CrossCheckShellTests", dependencies: ["CrossCheckShell", "CrossCheckTestSupport"]),
    // The inputs the fuzz targets found problems with, run through the same checks.
    .testTarget(name: "FuzzRegressionTests", dependencies: ["CrossCheckFuzz"]),
    // Drives the real binary in a pseudo-terminal (tmux); depends on it so it is built first.
    .testTarget(name: "EndToEndTests", dependencies: ["crosscheck", "CrossCheckTestSupport"]),
  ]
)
