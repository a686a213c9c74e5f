import Foundation
import Testing

/// Ctrl-Z and `fg` from an interactive shell, as a person suspends and resumes: the stop must hand the terminal
/// back (alternate screen off), and `fg` must repaint the browser. Job control needs an interactive shell, so
/// unlike the other runs this one types the command into bash.
extension EndToEndTests {
    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed"))
    func ctrlZStopsAndFgRepaints() async throws {
        let binary = try #require(EndToEndTests.binary, "build bankterm first (swift build)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bt-jobs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }

        let tmux = try Tmux(command: "env TERM=xterm-256color bash --norc --noprofile -i", cols: 100, rows: 30)
        defer { tmux.kill() }
        try tmux.send("XDG_CONFIG_HOME='\(home.path)' XDG_STATE_HOME='\(home.path)' XDG_DATA_HOME='\(home.path)' "
                      + "'\(binary.path)' demo --generate 200", literal: true)
        try tmux.send("Enter")
        // Settled first: ncurses' own Ctrl-Z handler ends curses from inside the signal, and a stop that lands
        // mid-frame (the loading spinner redraws ten times a second) was seen once to be lost (see the note).
        try await tmux.waitFor("the banks, nothing loading", timeout: 60) { $0.contains("Musterbank") && !$0.contains("loading") }
        #expect(try alternateScreen(tmux))

        try tmux.send("C-z")
        try await tmux.waitFor(text: "Stopped")
        #expect(try !alternateScreen(tmux), "the stopped browser gave the screen back")

        try tmux.send("fg", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "Musterbank")
        #expect(try alternateScreen(tmux), "fg repaints the browser")

        try tmux.send("q")
        _ = try await tmux.waitFor("the browser quits") { !$0.contains("Banks (") }
    }

    private func alternateScreen(_ tmux: Tmux) throws -> Bool {
        try tmux.run(["display", "-p", "-t", tmux.session, "#{alternate_on}"])
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }
}
