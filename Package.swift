// swift-tools-version:6.2
import PackageDescription

// Release executables on Linux are linked for the memory they map before doing anything (issue 17). Measured on
// `bankterm --help` built with `--static-swift-stdlib`, as `scripts/bench.sh` builds (32.1 MB when dynamic):
// - lld with `pack-relative-relocs` (glibc 2.36): a Swift binary is mostly relative pointers in its metadata, and
//   their 3 MB table of RELA entries is read in full at every start; packed as RELR it is 26 KB (29.0 → 27.5 MB).
// - `--no-export-dynamic`, after the static runtime's `-export-dynamic`: every symbol exported made a 3.6 MB
//   dynamic symbol table that the loader searches as it binds libcurl and libc (27.5 → 24.7 MB).
// Debug builds keep the default linker, for fast links in the edit-test loop.
let leanRelease: [LinkerSetting] = [
    .unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic"],
                 .when(platforms: [.linux], configuration: .release)),
]

let package = Package(
    name: "bankterm",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "bankterm", targets: ["bankterm"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's own dependency, named for the HTTP parts that `CachedResponseHandler` reads and writes.
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // C libraries, with static inline shims for the macros and variadics Swift cannot call.
        .target(name: "CNcurses", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("curl")]),
        .target(name: "CMalloc"),

        .target(name: "BankKit", dependencies: [
            "CCurl", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),
        .target(name: "BrowserModel", dependencies: ["BankKit"]),
        .target(name: "TerminalUI", dependencies: [
            "BrowserModel", "CNcurses",
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        .target(name: "Sandbox", dependencies: [
            "BankKit",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            .product(name: "GRDB", package: "GRDB.swift"),
            // SQLite's C API for the one insert the demo generator makes a million times (BulkInserter).
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),
        .executableTarget(name: "bankterm", dependencies: [
            "BankKit", "BrowserModel", "TerminalUI", "Sandbox", "CMalloc",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "TOMLKit", package: "TOMLKit"),
        ], linkerSettings: leanRelease),

        .executableTarget(name: "bankterm-bench", dependencies: ["BankKit", "BrowserModel", "TerminalUI", "Sandbox", "TestSupport"],
                          path: "Benchmarks/BanktermBench", linkerSettings: leanRelease),

        // What more than one test target needs: the fixtures' paths, a scripted HTTP server, a store driver.
        .target(name: "TestSupport", dependencies: ["BankKit", "BrowserModel"], path: "Tests/TestSupport"),
        .testTarget(name: "BankKitTests", dependencies: ["BankKit", "TestSupport"]),
        .testTarget(name: "SandboxTests", dependencies: [
            "Sandbox", "BankKit", .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),
        .testTarget(name: "BrowserModelTests", dependencies: ["BrowserModel", "BankKit", "TestSupport"]),
        // Tests that cross modules: the client and the browser model against the sandbox, over real HTTP.
        .testTarget(name: "IntegrationTests", dependencies: [
            "BankKit", "BrowserModel", "Sandbox", "TestSupport",
        ]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "BrowserModel", "BankKit"],
                    exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["Sandbox", "BankKit"]),
        .testTarget(name: "BanktermTests", dependencies: ["bankterm", "Sandbox", "BankKit"]),
    ]
)
