import Foundation
import Sandbox
import Testing
@testable import BankKit

/// What the demo shows through the client over HTTP: owners see their accounts' numbers in the v4+ account list
/// (filled from `/banks/B/balances`, which carries the routings), and counterparties have an IBAN with right check
/// digits (Japan's an account number, as Japan has no IBAN).
@Suite struct DemoRoutingClientTests {
    @Test func ownersSeeNumbersAndCounterpartiesHaveAnIBANAndABank() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(generate: 120))
        defer { Task { await server.stop() } }
        let obp = DemoSandbox.provider(server, version: .v5_1_0)
        let accounts = try await obp.accounts(bank: "bankterm.fi")
        let owned = accounts.filter { $0.views.contains { $0.id == "owner" } }
        #expect(!owned.isEmpty)
        #expect(owned.allSatisfy { ($0.number ?? "").count == 9 }, "\(owned.map(\.number))")
        // Across every bank (`bankterm accounts` without --bank) the numbers and balances are filled in too.
        let everywhere = try await obp.accounts(bank: nil).filter { $0.views.contains { $0.id == "owner" } }
        #expect(Set(everywhere.map(\.ref.bankID)).count > 1)
        #expect(everywhere.allSatisfy { $0.balance != nil && ($0.number ?? "").count == 9 }, "\(everywhere.map(\.balance))")

        let current = AccountRef(bankID: "bankterm.fi", accountID: "fi-kaytto-001")
        let others = try await obp.otherAccounts(current, view: "owner")
        #expect(!others.isEmpty)
        for other in others {
            // The other-accounts list sends the IBAN as the number (v1.2.1's shape, which OBP keeps up to v5.1.0).
            let iban = try #require(other.iban ?? other.number, "\(other.holderName ?? "?") has no IBAN")
            #expect(iban.hasPrefix("FI") && IBAN.hasValidCheckDigits(iban), "\(iban)")
        }

        let tokyo = try await obp.otherAccounts(AccountRef(bankID: "bankterm.jp", accountID: "jp-futsu-001"), view: "owner")
        #expect(!tokyo.isEmpty && tokyo.allSatisfy { $0.number?.split(separator: "-").count == 3 },
                "\(tokyo.map(\.number))")
    }
}
