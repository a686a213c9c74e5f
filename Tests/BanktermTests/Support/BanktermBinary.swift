import Foundation
import Testing

/// The built `bankterm` executable, run as a script would run it: no terminal on stdin, output captured, the
/// password in the environment. `sandbox` starts one in the background for a test and stops it after.
struct BanktermBinary: Sendable {
    struct Result: Sendable {
        let status: Int32
        let stdout: String
        let stderr: String

        func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
    }

    let url: URL
    let home: URL

    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The tests run from the build's products directory, where `bankterm` is built beside them.
    static func locate() throws -> BanktermBinary {
        let products = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        let url = try #require([products.appendingPathComponent("bankterm"), repoRoot.appendingPathComponent(".build/debug/bankterm")]
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }, "build bankterm first (swift build)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bt-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return BanktermBinary(url: url, home: home)
    }

    private var environment: [String: String] {
        ["XDG_CONFIG_HOME": home.path + "/config", "XDG_STATE_HOME": home.path + "/state",
         "XDG_DATA_HOME": home.path + "/data", "BANKTERM_PASSWORD": "bankterm-demo", "PATH": "/usr/bin:/bin"]
    }

    /// Waits on a GCD thread: a blocked cooperative thread would starve the tests' in-process servers.
    func run(_ arguments: [String]) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Swift.Result { try runBlocking(arguments) }) }
        }
    }

    private func runBlocking(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// `bankterm sandbox --port 0 ARGS`, until `body` returns; hands `body` the base URL it prints.
    func withSandbox<T>(_ arguments: [String] = ["--generate", "200"], _ body: (String) async throws -> T) async throws -> T {
        let process = Process()
        process.executableURL = url
        process.arguments = ["sandbox", "--port", "0"] + arguments
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        let reader = out.fileHandleForReading
        let seen = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var seen = ""
                while !seen.contains("\n") {
                    let chunk = reader.availableData
                    if chunk.isEmpty { break }
                    seen += String(decoding: chunk, as: UTF8.self)
                }
                continuation.resume(returning: seen)
            }
        }
        let line = try #require(seen.split(separator: "\n").first { $0.hasPrefix("listening on ") })
        return try await body(String(line.dropFirst("listening on ".count)))
    }
}
