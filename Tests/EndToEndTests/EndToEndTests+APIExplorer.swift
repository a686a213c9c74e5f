import Foundation
import Sandbox
import Testing

/// `:api` under tmux against the demo's sandbox: the server's resource docs, filtered to "Get Banks", sent with
/// `s`, and the banks JSON on screen; then a `#Tag` filter and a request body edited in `$EDITOR` (a sed command
/// standing in for the person, so the browser really hands the terminal over and takes it back). Part of the
/// serialized `EndToEndTests` suite.
extension EndToEndTests {
    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed: skipping the API Explorer end-to-end test"))
    func apiExplorerSendsGetBanks() async throws {
        let binary = try #require(EndToEndTests.binary, "build bankterm first (swift build)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bt-api-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }

        // The "editor": sed adds a member to the body, in the file the browser hands it.
        let editor = home.appendingPathComponent("editor.sh")
        try "#!/bin/sh\nsed -i 's/}$/\"username\":\"edited-by-sed\"}/' \"$1\"\n"
            .write(to: editor, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: editor.path)
        let script = try EndToEndTests.demoScript(in: home, binary: binary, environment: "EDITOR='\(editor.path)'")

        let tmux = try Tmux(command: script.path, cols: 120, rows: 40)
        defer { tmux.kill() }

        try await tmux.waitFor(text: "Musterbank", timeout: 60)
        try tmux.send(":api", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor("the resource docs") { $0.contains("API Explorer (") && !$0.contains("API Explorer (0)") }
        try tmux.send("f", literal: true)
        try await tmux.waitFor(text: "filter endpoints")
        try tmux.send("Get Banks", literal: true)
        try tmux.send("Enter")
        // The endpoint whose summary is the filter comes first, before others that merely mention banks.
        try await tmux.waitFor(text: "matching \"Get Banks\"")
        try tmux.send("s", literal: true)
        let answer = try await tmux.waitFor("the banks JSON") { $0.contains("200 in") && $0.contains("\"banks\"") }
        #expect(answer.contains("GET /obp/v5.1.0/banks"))
        #expect(answer.contains("Musterbank"))

        try tmux.send("Escape")
        try await tmux.waitFor("the endpoint closed") { !$0.contains("200 in") }
        try tmux.send("f", literal: true)
        try await tmux.waitFor(text: "filter endpoints")
        try tmux.send("C-u")
        try tmux.send("#User create user", literal: true)
        try tmux.send("Enter")
        try await tmux.waitFor(text: "matching \"#User create user\"")
        try tmux.send("Enter")
        try await tmux.waitFor(text: "POST /obp/v5.1.0/users ")
        try tmux.send("e", literal: true)
        let edited = try await tmux.waitFor(text: "\"username\":\"edited-by-sed\"")
        #expect(!edited.contains("unchanged"), "the editor's file came back")

        try tmux.send("Escape")
        try tmux.send("Escape")
        try tmux.send("q", literal: true)
        try await tmux.waitFor(text: "EXITED rc=0")
    }
}
