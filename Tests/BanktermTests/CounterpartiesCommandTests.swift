import ArgumentParser
import BankKit
import Foundation
import Sandbox
import Testing
@testable import bankterm

/// `counterparties`: how its arguments parse, and what `list` prints from the sandbox's other accounts.
@Suite struct CounterpartiesCommandTests {
    let account = AccountRef(bankID: "obp-bank-x-gh", accountID: "e0ec24be-5ab1-4760-9189-ad280228c134")

    @Test func everySubcommandParsesAndListIsTheDefault() throws {
        let target = ["--bank", "b", "--account", "a"]
        let list = try #require(try Bankterm.parseAsRoot(["counterparties"] + target + ["--format", "csv"]) as? CounterpartiesListCommand)
        #expect(list.format == .csv && list.target.view == "owner")
        #expect(try Bankterm.parseAsRoot(["counterparties", "show", "o1"] + target) is CounterpartiesShowCommand)
        #expect(try Bankterm.parseAsRoot(["counterparties", "add", "Landlord", "--iban", "DE89370400440532013000"] + target)
            is CounterpartiesAddCommand)
        #expect(try Bankterm.parseAsRoot(["counterparties", "rm", "c1", "--yes"] + target) is CounterpartiesRemoveCommand)
        #expect(try Bankterm.parseAsRoot(["counterparties", "set", "o1", "url", "https://a.example"] + target)
            is CounterpartiesSetCommand)
        #expect(try Bankterm.parseAsRoot(["counterparties", "unset", "o1", "private-alias"] + target) is CounterpartiesUnsetCommand)
        #expect(throws: BankError.self) { try CounterpartiesCommand.field("colour") }
        #expect(try CounterpartiesCommand.field("Private-Alias") == .privateAlias)
    }

    @Test func listPrintsStableJSONAndCSVWithTheMetadata() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(importFile: ViewsCommandTests.importFile))
        defer { Task { await server.stop() } }
        let obp = OBPProvider(configuration: OBPConfiguration(
            baseURL: server.baseURL, credentials: DirectLoginCredentials(username: "Robert.X.0.GH", password: "X!d1edcafd",
                                                                         consumerKey: DemoCredentials.consumerKey)))
        let first = try #require(try await obp.otherAccounts(account, view: "owner").first?.id)
        try await obp.setCounterpartyMetadata(.privateAlias, to: .text("Landlord, \"ours\""), of: first, in: account, view: "owner")
        let parties = try await obp.otherAccounts(account, view: "owner")

        let json = try #require(try JSONSerialization.jsonObject(
            with: Data(CounterpartiesListCommand.render(parties, format: .json).utf8)) as? [[String: Any]])
        let record = try #require(json.first { $0["id"] as? String == first.rawValue })
        let metadata = try #require(record["metadata"] as? [String: Any])
        #expect(metadata["private_alias"] as? String == "Landlord, \"ours\"")
        #expect(Set(metadata.keys) == Set(CounterpartyMetadataField.allCases.map(\.rawValue)))
        #expect(metadata["corporate_location"] is NSNull)

        let csv = CounterpartiesListCommand.render(parties, format: .csv).split(whereSeparator: \.isNewline)
        #expect(csv.first == "id,name,is_alias,number,iban,public_alias,private_alias,more_info,url")
        #expect(csv.contains { $0.hasPrefix(first.rawValue) && $0.contains("\"Landlord, \"\"ours\"\"\"") })
        #expect(csv.count == parties.count + 1)
    }
}
