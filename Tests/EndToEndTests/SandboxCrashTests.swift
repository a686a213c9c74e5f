import BankKit
import Foundation
import Sandbox
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `bankterm sandbox --data FILE` killed with SIGKILL in the middle of a write load, then started again on the
/// same file (issue 5, item 7): every comment the server acknowledged before it died is still there.
@Suite struct SandboxCrashTests {
    /// A `bankterm sandbox` child running in the background, its output in a file.
    struct SandboxProcess {
        let pid: pid_t
        let baseURL: String

        static func start(binary: String, data: String, log: String) throws -> SandboxProcess {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
            let arguments = [binary, "sandbox", "--port", "0", "--data", data, "--generate", "40"]
            let argv = arguments.map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var pid: pid_t = 0
            guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else {
                throw Subprocess.Failed(command: arguments.joined(separator: " "), output: "spawn failed")
            }
            let deadline = Date().addingTimeInterval(30)
            while Date() < deadline {
                let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
                if let line = output.split(separator: "\n").first(where: { $0.hasPrefix("listening on ") }) {
                    return SandboxProcess(pid: pid, baseURL: String(line.dropFirst("listening on ".count)))
                }
                usleep(20_000)
            }
            kill(pid, SIGKILL)
            throw Subprocess.Failed(command: arguments.joined(separator: " "), output: "never listened")
        }

        /// SIGKILL, then reap the child so no zombie is left.
        func killHard() {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
    }

    /// The comments the server answered 201 for, shared by the writer tasks.
    final class Acknowledged: Sendable {
        let values = Mutex<[String]>([])
    }

    @Test func aKilledSandboxKeepsEveryAcknowledgedWrite() async throws {
        let binary = try #require(EndToEndTests.binary, "build bankterm first (swift build)").path
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bt-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let data = home.appendingPathComponent("sandbox.sqlite").path
        let credentials = DirectLoginCredentials(username: DemoCredentials.username, password: DemoCredentials.password,
                                                 consumerKey: DemoCredentials.consumerKey)

        let first = try SandboxProcess.start(binary: binary, data: data, log: home.appendingPathComponent("1.log").path)
        let api = OBPProvider(configuration: OBPConfiguration(baseURL: first.baseURL, credentials: credentials))
        let bank = try #require(try await api.banks().first)
        let account = try #require(try await api.accounts(bank: bank.id).first).ref
        let tx = try #require(try await api.transactions(account, view: "owner", page: PageRequest(limit: 1)).items.first).id

        // Ten writers add comments as fast as they can; the server dies under them once 40 are acknowledged.
        let acknowledged = Acknowledged()
        let writers = Task {
            await withTaskGroup(of: Void.self) { group in
                for writer in 0..<10 {
                    group.addTask {
                        let client = OBPProvider(configuration: OBPConfiguration(
                            baseURL: first.baseURL, credentials: credentials, maxAttempts: 1))
                        for step in 0..<10_000 {
                            let value = "crash\(writer)x\(step)"
                            guard (try? await client.addComment(value, to: tx, in: account, view: "owner")) != nil
                            else { return }
                            acknowledged.values.withLock { $0.append(value) }
                        }
                    }
                }
            }
        }
        let deadline = Date().addingTimeInterval(30)
        while acknowledged.values.withLock({ $0.count }) < 40, Date() < deadline { try await Task.sleep(for: .milliseconds(5)) }
        first.killHard()
        await writers.value
        let saved = acknowledged.values.withLock { $0 }
        try #require(saved.count >= 40, "the writers got going before the kill")

        let second = try SandboxProcess.start(binary: binary, data: data, log: home.appendingPathComponent("2.log").path)
        defer { second.killHard() }
        let reopened = OBPProvider(configuration: OBPConfiguration(baseURL: second.baseURL, credentials: credentials))
        let comments = Set(try await reopened.comments(of: tx, in: account, view: "owner").map(\.value))
        let lost = saved.filter { !comments.contains($0) }
        #expect(lost.isEmpty, "acknowledged but lost: \(lost.prefix(10))")
        print("sandbox crash: \(saved.count) acknowledged comments before SIGKILL, \(lost.count) lost, "
              + "\(comments.filter { $0.hasPrefix("crash") }.count) on disk after restart")
    }
}
