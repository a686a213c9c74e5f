import Foundation
import Glibc

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
        serverPID = pid_t(try run(["display-message", "-p", "#{pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The server this object started, and the only process `kill()` signals.
    private var serverPID: pid_t?

    /// Runs one tmux client and returns what it printed.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let result = try Subprocess.run(Tmux.executable ?? "/usr/bin/tmux", ["-L", socket] + arguments)
        guard result.status == 0 else {
            throw Subprocess.Failed(command: "tmux " + arguments.joined(separator: " "), output: result.output)
        }
        return result.output
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

    /// Polls the screen every 50 ms until `predicate` holds, for at most `timeout` seconds (generous: two loaded
    /// cores are slow, and the bound only costs time when a test fails anyway; the first screen of a browser, which
    /// waits for a sandbox to start or a login, is given 60, never less than the default); returns the last
    /// screen, or throws with it so a failure shows what was on screen. It sleeps with `Task.sleep`: a blocking
    /// sleep would hold one of the few cooperative threads and starve the async tests running beside it.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 30, _ predicate: (String) -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if predicate(screen) { return screen }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw WaitTimeout(what: what, screen: screen)
    }

    @discardableResult
    func waitFor(text: String, timeout: Double = 30) async throws -> String {
        try await waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    func kill() {
        _ = try? run(["kill-server"])
        // tmux 3.3 keeps its server alive after kill-server while client connections linger; ending it closes
        // the pane's terminal, which hangs up the programs in it.
        if let pid = serverPID { _ = Glibc.kill(pid, SIGKILL) }
    }

    struct WaitTimeout: Error, CustomStringConvertible {
        let what: String
        let screen: String
        var description: String { "timed out waiting for \(what); the screen was:\n\(screen)" }
    }
}
