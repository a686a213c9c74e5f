import Foundation
import TestSupport

/// Issue 17, target 5, as a user meets it: the real `bankterm accounts`, with the default limits (1 byte/s for
/// 15 s, 45 s across retries), against a server that sends its headers and then nothing, and one that trickles a
/// byte every 2 s. The figure is how long the command takes to give up, and the line it gives up with.
enum StallBench {
    static func run() throws {
        let stalls: [(String, ScriptedHTTPServer.Reply)] = [
            ("headers, then nothing", .trickle(body: String(repeating: " ", count: 500), every: .seconds(3_600))),
            ("a byte every 2 s", .trickle(body: String(repeating: " ", count: 500), every: .seconds(2))),
        ]
        for (name, reply) in stalls {
            let server = try ScriptedHTTPServer { _, _ in reply }
            defer { server.stop() }
            let started = ContinuousClock.now
            let (status, message) = try runAccounts(baseURL: server.baseURL)
            let seconds = (ContinuousClock.now - started).seconds
            Report.line("stall: \(name)", String(format: "%.1f s, exit %d", seconds, status),
                        "\(server.requests.count) attempts, \"\(message)\"; target: abandoned as stalled, ≤ 45 s")
        }
    }

    /// Runs `bankterm accounts` (the binary next to this one) with a token in the environment, never in argv.
    private static func runAccounts(baseURL: String) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("bankterm")
        process.arguments = ["--base-url", baseURL, "--username", "demo", "accounts"]
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bankterm-stall-\(getpid())")
        var environment = ProcessInfo.processInfo.environment
        environment["BANKTERM_TOKEN"] = "bench-token"
        for name in ["XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"] { environment[name] = home.path }
        process.environment = environment
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: home)
        let line = String(decoding: message, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
        return (process.terminationStatus, line)
    }
}
