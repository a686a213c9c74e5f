// swift-tools-version:6.2
import PackageDescription

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
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // C libraries, with static inline shims for the macros and variadics Swift cannot call.
        .target(name: "CNcurses", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("curl")]),

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
            .product(name: "GRDB", package: "GRDB.swift"),
            // SQLite's C API for the one insert the demo generator makes a million times (BulkInserter).
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),
        .executableTarget(name: "bankterm", dependencies: [
            "BankKit", "BrowserModel", "TerminalUI", "Sandbox",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),

        .executableTarget(name: "bankterm-bench", dependencies: ["BankKit", "BrowserModel", "TerminalUI", "Sandbox", "TestSupport"],
                          path: "Benchmarks/BanktermBench"),

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
