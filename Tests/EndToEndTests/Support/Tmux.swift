import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tmux server of our own (private socket, no user config) running one window, for driving the real binary.
/// Only this server is ever killed.
final class Tmux {
    let socket: String
    let session = "bt"

    static var isInstalled: Bool { executable != nil }

    private static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Starts `command` (one shell word list, run by `sh -c`) in a `cols`x`rows` window.
    init(command: String, cols: Int, rows: Int) throws {
        socket = "bt-e2e-\(UUID().uuidString.prefix(8))"
        try run(["-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "\(cols)", "-y", "\(rows)", command])
    }

    /// Runs one tmux client and returns what it printed. `posix_spawn` and `waitpid` rather than Foundation's
    /// `Process`, whose exit monitoring can miss a client whose daemon child lives on; output goes through a
    /// file because that daemon would hold a pipe open forever.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-out-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([Tmux.executable ?? "tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, Tmux.executable ?? "/usr/bin/tmux", &actions, nil, argv, environ)
        guard spawned == 0 else { throw TmuxFailed(arguments: arguments, output: "spawn failed: \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else { throw TmuxFailed(arguments: arguments, output: output) }
        return output
    }

    struct TmuxFailed: Error, CustomStringConvertible {
        let arguments: [String]
        let output: String
        var description: String { "tmux \(arguments.joined(separator: " ")) failed: \(output)" }
    }

    /// Sends keys as tmux names them (`Enter`, `Escape`, `j`) or, with `literal`, as text.
    func send(_ keys: String..., literal: Bool = false) throws {
        try run(["send-keys", "-t", session] + (literal ? ["-l"] : []) + keys)
    }

    func capture() throws -> String {
        try run(["capture-pane", "-p", "-t", session])
    }

    func resize(cols: Int, rows: Int) throws {
        try run(["resize-window", "-t", session, "-x", "\(cols)", "-y", "\(rows)"])
    }

    /// Polls the screen every 50 ms until `predicate` holds, for at most `timeout` seconds; returns the last
    /// screen, or throws with it so a failure shows what was on screen.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 10, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if predicate(screen) { return screen }
            usleep(50_000)
        }
        throw WaitTimeout(what: what, screen: screen)
    }

    @discardableResult
    func waitFor(text: String, timeout: Double = 10) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    func kill() {
        _ = try? run(["kill-server"])
    }

    struct WaitTimeout: Error, CustomStringConvertible {
        let what: String
        let screen: String
        var description: String { "timed out waiting for \(what); the screen was:\n\(screen)" }
    }
}
