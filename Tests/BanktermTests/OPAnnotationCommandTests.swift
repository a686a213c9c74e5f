import BankKit
import Foundation
import Sandbox
import Testing

/// `bankterm tx ...` on OP, whose annotations are kept on this machine: a transaction the server does not know is
/// refused before anything is stored, as an OBP server refuses it for its own metadata.
@Suite struct OPAnnotationCommandTests {
    @Test func anUnknownTransactionIsRefusedAndNothingIsKept() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        let cli = try CLI()
        defer { cli.remove() }
        try cli.writeConfig("""
            default_profile = "op"
            [profiles.op]
            provider = "op"
            base_url = "\(server.baseURL)"
            api_key = "\(OPSandbox.demoAPIKey)"
            token = "\(OPSandbox.customers[0].token)"
            """)
        let accounts = try #require(try await cli.run(["accounts", "--format", "json"]).json() as? [[String: Any]])
        let account = try #require(accounts.first?["account_id"] as? String)
        let page = try await cli.run(["transactions", "--bank", "OP", "--account", account, "--limit", "1",
                                      "--format", "json"])
        let known = try #require((try page.json() as? [[String: Any]])?.first?["id"] as? String)

        let target = ["--bank", "OP", "--account", account, "--tx"]
        let writes: [[String]] = [
            ["tx", "tag", "add"] + target + ["no-such-tx", "food"],
            ["tx", "comment", "add"] + target + ["no-such-tx", "hello"],
            ["tx", "narrative", "set"] + target + ["no-such-tx", "lunch"],
            ["tx", "where", "set"] + target + ["no-such-tx", "--lat", "60.1", "--lon", "24.9"],
            ["tx", "tag", "add", "--bank", "OP", "--account", "no-such-account", "--tx", known, "food"],
        ]
        for arguments in writes {
            let result = try await cli.run(arguments)
            #expect(result.status == 1 && result.stderr.contains("not found"), "\(arguments): \(result.stderr)")
        }
        let tagged = try await cli.run(["tx", "tag", "add"] + target + [known, "food"])
        #expect(tagged.status == 0, "\(tagged.stderr)")
        await server.stop()

        let store = try LocalAnnotationStore(path: cli.home.appendingPathComponent("data/bankterm/annotations.sqlite").path)
        let kept = try await store.metadata(provider: "op", account: account, transactions: [known, "no-such-tx"])
        #expect(kept[known]?.tags?.map(\.value) == ["food"])
        let unknown = try #require(kept["no-such-tx"])
        #expect(unknown.tags?.isEmpty == true && unknown.comments?.isEmpty == true && unknown.narrative == nil)
        guard case .absent = unknown.whereTag else { Issue.record("a where was kept: \(unknown.whereTag)"); return }
        let otherAccount = try await store.metadata(provider: "op", account: "no-such-account", transactions: [known])
        #expect(otherAccount[known]?.tags?.isEmpty == true)
    }
}
