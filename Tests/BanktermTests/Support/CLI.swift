import Dispatch
import Foundation

/// Runs the built `bankterm` as a user would, with its own config and data directories, and returns what it
/// printed. The tests that use it exercise the whole command: parsing, the profile, the network, the output.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
    }

    let home: URL

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("bankterm-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("config/bankterm"),
                                                withIntermediateDirectories: true)
    }

    func writeConfig(_ toml: String) throws {
        let url = home.appendingPathComponent("config/bankterm/config.toml")
        try Data(toml.utf8).write(to: url)
        chmod(url.path, 0o600)
    }

    func remove() { try? FileManager.default.removeItem(at: home) }

    /// The checkout's `.build/debug/bankterm`, found from this file's place (Tests/BanktermTests/Support/).
    static var binary: URL? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent(".build/debug/bankterm")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }

    /// Runs on a GCD thread: waiting for the process must not hold one of Swift's few cooperative threads, which the
    /// test's in-process sandbox needs to answer that very process.
    func run(_ arguments: [String]) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Swift.Result { try runBlocking(arguments) })
            }
        }
    }

    private func runBlocking(_ arguments: [String]) throws -> Result {
        guard let binary = Self.binary else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ["HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
                               "XDG_DATA_HOME": home.appendingPathComponent("data").path,
                               "XDG_STATE_HOME": home.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}
