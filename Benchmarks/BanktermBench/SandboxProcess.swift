import BankKit
import Foundation
import Sandbox

/// `bankterm sandbox` in a process of its own, for figures that must not count the server's memory or CPU
/// against the client's: the binary next to this one, over the bench database.
final class SandboxProcess: Sendable {
    let baseURL: String
    private let process: Process

    private init(baseURL: String, process: Process) {
        self.baseURL = baseURL
        self.process = process
    }

    static func start(databasePath: String) throws -> SandboxProcess {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("bankterm")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["sandbox", "--port", "0", "--data", databasePath, "--generate", String(BenchSandbox.generate)]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line is `listening on URL` once the data is loaded (generated on first use).
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line += byte
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("listening on ") else {
            process.terminate()
            throw BenchFailure("\(binary.path) sandbox did not start: \(text)")
        }
        return SandboxProcess(baseURL: String(text.dropFirst("listening on ".count)), process: process)
    }

    /// CPU seconds the server has used so far, user and system, from `/proc`: what requests cost the server itself,
    /// apart from the client's work and the wake-ups between the two. NaN where there is no `/proc`.
    var cpuSeconds: Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return .nan }
        // After the command's name: state, ppid, pgrp, session, tty, tpgid, flags, 4 fault counts, utime, stime.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return .nan }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// A DirectLogin token for the demo user.
    func login() async throws -> String {
        let login = HTTPHeader("DirectLogin", "username=\(DemoCredentials.username), password=\(DemoCredentials.password), "
                               + "consumer_key=\(DemoCredentials.consumerKey)")
        let response = try await HTTPTransport().send(HTTPRequest(method: .post, url: baseURL + "/my/logins/direct",
                                                                  headers: [login]))
        return try OBPWire.token(response.body)
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
