import Foundation
import Sandbox
import Testing

/// `:api` under tmux against the demo's sandbox: the server's resource docs, filtered to "Get Banks", sent with
/// `s`, and the banks JSON on screen. Part of the serialized `EndToEndTests` suite.
extension EndToEndTests {
    @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed: skipping the API Explorer end-to-end test"))
    func apiExplorerSendsGetBanks() async throws {
        let binary = try #require(EndToEndTests.binary, "build bankterm first (swift build)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("bt-api-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }

        let script = try EndToEndTests.demoScript(in: home, binary: binary)

        let tmux = try Tmux(command: script.path, cols: 120, rows: 40)
        defer { tmux.kill() }

        try await tmux.waitFor(text: "Musterbank", timeout: 30)
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
        try tmux.send("Escape")
        try tmux.send("q", literal: true)
        try await tmux.waitFor(text: "EXITED rc=0")
    }
}
