import Foundation
import Testing

/// The browser against hostile terminals (issue 5, item 5): no tty, unknown and dumb TERM, quit signals and a
/// crash signal restoring the terminal, a resize storm through 20x6 and 300x100. Each run uses `bankterm demo`
/// with its own XDG directories. Part of the serialized `EndToEndTests` suite, so tmux sessions never compete.
extension EndToEndTests {
    /// A private directory and a script that runs `bankterm demo` in it, writes the program's pid to `pid`, and
    /// then prints its exit status and the terminal's `icanon`/`echo` modes.
    struct Run {
        let home: URL
        let script: URL

        init(term: String = "xterm-256color") throws {
            let binary = try #require(EndToEndTests.binary, "build bankterm first (swift build)")
            home = FileManager.default.temporaryDirectory.appendingPathComponent("bt-term-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            script = home.appendingPathComponent("run.sh")
            try """
            #!/bin/sh
            export XDG_CONFIG_HOME='\(home.path)' XDG_STATE_HOME='\(home.path)' XDG_DATA_HOME='\(home.path)' TERM='\(term)'
            sh -c 'echo $$ > "\(home.path)/pid"; exec "\(binary.path)" demo --generate 200'
            rc=$?
            printf 'EXITED rc=%s tty=%s\\n' "$rc" "$(stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' ')"
            sleep 600
            """.write(to: script, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
        }

        var pid: pid_t? {
            (try? String(contentsOf: home.appendingPathComponent("pid"), encoding: .utf8))
                .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }

        func cleanUp() { try? FileManager.default.removeItem(at: home) }
    }

    static func expectRestored(_ screen: String, status: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(screen.contains("EXITED rc=\(status)"), "\(screen)", sourceLocation: sourceLocation)
        #expect(screen.contains("icanon") && !screen.contains("-icanon"), "canonical mode is back", sourceLocation: sourceLocation)
        #expect(screen.contains("echo") && !screen.contains("-echo"), "echo is back", sourceLocation: sourceLocation)
        #expect(!screen.contains("Banks ("), "the browser's screen is gone", sourceLocation: sourceLocation)
    }

    @Test func withoutATerminalItSaysSoInOneLine() throws {
        let binary = try #require(EndToEndTests.binary)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bt-notty-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try Subprocess.run(binary.path, ["demo"], environment: [
            "XDG_DATA_HOME": home.path, "XDG_STATE_HOME": home.path, "XDG_CONFIG_HOME": home.path, "TERM": "xterm",
        ])
        #expect(result.status == 1)
        #expect(result.output.split(separator: "\n").count == 1)
        #expect(result.output.contains("needs a terminal"))
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed"), arguments: [
        ("no-such-terminal", "unknown terminal type"), ("dumb", "cannot move the cursor"),
    ])
    func aTerminalItCannotDriveIsAClearError(term: String, message: String) async throws {
        let run = try Run(term: term)
        defer { run.cleanUp() }
        let tmux = try Tmux(command: run.script.path, cols: 120, rows: 20)
        defer { tmux.kill() }
        let screen = try await tmux.waitFor(text: "EXITED rc=", timeout: 60)
        #expect(screen.contains(message))
        EndToEndTests.expectRestored(screen, status: "1")
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed"), arguments: [SIGTERM, SIGHUP, SIGINT, SIGSEGV])
    func signalsRestoreTheTerminal(signal: Int32) async throws {
        let run = try Run()
        defer { run.cleanUp() }
        let tmux = try Tmux(command: run.script.path, cols: 100, rows: 30)
        defer { tmux.kill() }
        try await tmux.waitFor(text: "Musterbank", timeout: 60)
        let pid = try #require(run.pid)
        #expect(kill(pid, signal) == 0)
        let screen = try await tmux.waitFor(text: "EXITED rc=")
        // Quit signals end the loop normally; a crash signal kills the process by the same signal.
        EndToEndTests.expectRestored(screen, status: signal == SIGSEGV ? "139" : "0")
    }

    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed"))
    func aResizeStormLeavesAWorkingBrowser() async throws {
        let run = try Run()
        defer { run.cleanUp() }
        let tmux = try Tmux(command: run.script.path, cols: 120, rows: 40)
        defer { tmux.kill() }
        try await tmux.waitFor(text: "Musterbank", timeout: 60)
        try tmux.send("Enter")
        try await tmux.waitFor("accounts") { $0.contains("Accounts (") && !$0.contains("Accounts (0)") }
        let sizes = [(20, 6), (300, 100), (80, 24), (21, 7), (150, 50), (99, 30), (100, 30), (20, 6), (250, 80)]
        for round in 0..<4 {
            for (cols, rows) in sizes {
                try tmux.resize(cols: cols + round, rows: rows + round)
            }
        }
        try tmux.resize(cols: 20, rows: 6)
        try await tmux.waitFor("tiny layout") { $0.split(separator: "\n").count <= 6 && $0.contains("Acc") }
        try tmux.resize(cols: 120, rows: 40)
        try await tmux.waitFor("wide layout, selection kept") { $0.contains("Banks (") && $0.contains("Accounts (2)") }
        try tmux.send("q")
        EndToEndTests.expectRestored(try await tmux.waitFor(text: "EXITED rc="), status: "0")
    }
}
