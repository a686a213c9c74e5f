import BankKit
import Foundation
import Testing
import GRDB
@testable import Sandbox

@Suite("Demo data")
struct DemoDataTests {
    @Test("the same N gives the same data, split over the accounts to exactly N transactions")
    func deterministic() async throws {
        #expect(DemoData.shares(of: 1234).reduce(0, +) == 1234)
        let pages = try await [1, 2].asyncMap { _ in
            try await TestSandbox.with(importing: false, generate: 300) { sandbox in
                let token = try await sandbox.login(DemoCredentials.username, DemoCredentials.password)
                // Everything but the provider URL, which names the server's (random) port.
                let page = try await sandbox.get("/obp/v5.1.0/banks/bankterm.fi/accounts/fi-kaytto-001/owner/transactions",
                                                 token: token).text
                return page.replacingOccurrences(of: "http://127.0.0.1:\(sandbox.port)", with: "")
            }
        }
        #expect(pages[0] == pages[1])
        #expect(!pages[0].isEmpty)
    }

    @Test("ids and descriptions are the ones every earlier demo database has")
    func stableIDsAndWording() {
        // Literals from the first implementation: a demo database made before keeps matching new ones.
        #expect(DerivedID.make("demo-tx", "bankterm.fi", "fi-kaytto-001", "0") == "251851d2-0be8-d1ff-7f2d-4f06d53636a0")
        #expect(DerivedID.make("demo-user", "demo") == "73f57a51-a903-1528-6998-3e2f2abb5a07")
        #expect(DerivedID.make("x") == "af63f54c-8602-1707-e033-a9666b0ab5ad")
        #expect(DerivedID.make("demo-counterparty", "bankterm.jp", "jp-futsu-001", "東京電力")
                == "5f9c58f8-daf3-8cff-f9cf-93ec414af375")
        let march5 = Int64(CivilCalendar.days(year: 2023, month: 3, day: 5)) * 86_400_000
        #expect(DemoDescriptions.text(payee: "K-Market", isSalary: false, region: 0, posted: march5)
                == "Korttiosto 05.03. K-Market")
        #expect(DemoDescriptions.text(payee: "Helen Sähkö Oy", isSalary: false, region: 0, posted: march5)
                == "Suoraveloitus Helen Sähkö Oy, sähkö 03/2023")
        #expect(DemoDescriptions.text(payee: "Acme", isSalary: true, region: 2, posted: march5) == "給与振込 03月分 カ）サンプル")
        #expect(DemoDescriptions.text(payee: "Tesco", isSalary: false, region: 3, posted: march5 + 20 * 86_400_000)
                == "Card payment 25/03 Tesco")
    }

    @Test func anOlderDemoDatabaseIsRewordedInPlace() async throws {
        let store = try SandboxStore(path: nil)
        let fresh = try await store.write { db -> [String] in
            try DemoData.generate(transactions: 300, into: db)
            return try String.fetchAll(db, sql: "SELECT description FROM txn ORDER BY bank_id, account_id, id")
        }
        let reworded = try await store.write { db -> [String] in
            try db.execute(sql: "UPDATE txn SET description = 'Café Größenwahn #397'")
            try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [DemoData.descriptionsKey])
            #expect(try DemoData.generate(transactions: 300, into: db) == 0)
            return try String.fetchAll(db, sql: "SELECT description FROM txn ORDER BY bank_id, account_id, id")
        }
        #expect(reworded == fresh)
    }

    /// `bankterm pay --to-iban` checks the digits, so a demo account must pass to be paid by IBAN; a database made
    /// when every demo IBAN had "21" gets the right ones when opened.
    @Test func everyDemoAccountIBANHasRightCheckDigits() async throws {
        let store = try SandboxStore(path: nil)
        let ibans: @Sendable (Database) throws -> [String] = { db in
            try String.fetchAll(db, sql: "SELECT iban FROM account ORDER BY bank_id, id")
        }
        let fresh = try await store.write { db -> [String] in
            try DemoData.generate(transactions: 30, into: db)
            return try ibans(db)
        }
        #expect(fresh.count == DemoCatalog.accounts.count)
        #expect(fresh.allSatisfy { IBAN.problem($0) == nil }, "\(fresh)")
        #expect(fresh.contains("GB06 1234 5600 1004 7052"), "a BIC's country, GB, not the bank id's uk")
        let revised = try await store.write { db -> [String] in
            try db.execute(sql: "UPDATE account SET iban = 'FI21 1234 5600 1000 7000'")
            try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [DemoData.ibansKey])
            #expect(try DemoData.generate(transactions: 30, into: db) == 0)
            return try ibans(db)
        }
        #expect(revised == fresh)
    }

    /// Where the owner's view shows them, a demo payee has an IBAN (an account routing of scheme IBAN, its check
    /// digits right) and a bank (a BIC): stored with their schemes, not read back as plain account numbers.
    @Test func aDemoPayeeHasAnIBANAndABank() async throws {
        try await TestSandbox.with(importing: false, generate: 300) { sandbox in
            let token = try await sandbox.login(DemoCredentials.username, DemoCredentials.password)
            let page = try await sandbox.get("/obp/v5.1.0/banks/bankterm.de/accounts/de-giro-001/owner/transactions",
                                             token: token).object()
            let other = try #require(((page["transactions"] as? [[String: Any]])?.first)?["other_account"] as? [String: Any])
            let routing = try #require((other["account_routings"] as? [[String: Any]])?.first)
            #expect(routing["scheme"] as? String == "IBAN")
            let iban = try #require(routing["address"] as? String).replacingOccurrences(of: " ", with: "")
            #expect(iban.hasPrefix("DE") && PaymentReference.mod97(String(iban.dropFirst(4) + iban.prefix(4))) == 1, "\(iban)")
            let bank = try #require(other["bank_routing"] as? [String: Any])
            #expect(bank["scheme"] as? String == "BIC" && (bank["address"] as? String)?.isEmpty == false, "\(bank)")
        }
    }

    @Test("running balances add up, and names exercise Finnish, German, Japanese and emoji")
    func realistic() async throws {
        try await TestSandbox.with(importing: false, generate: 1000) { sandbox in
            let token = try await sandbox.login(DemoCredentials.username, DemoCredentials.password)
            let all = try await sandbox.allTransactions(bank: "bankterm.fi", account: "fi-kaytto-001", token: token,
                                                        pageSize: 200, ascending: true)
            #expect(all.count == DemoData.shares(of: 1000)[0])
            func cents(_ transaction: [String: Any], _ field: String) -> Int? {
                let amount = ((transaction["details"] as? [String: Any])?[field] as? [String: Any])?["amount"] as? String
                return amount.flatMap { Decimal(string: $0) }.map { NSDecimalNumber(decimal: $0 * 100).intValue }
            }
            for (previous, next) in zip(all, all.dropFirst()) {
                let before = try #require(cents(previous, "new_balance")), after = try #require(cents(next, "new_balance"))
                #expect(after == before + (try #require(cents(next, "value"))))
            }
            // Descriptions read like a bank statement (kind, date, payee), not the payee's name again.
            let descriptions = all.compactMap { ($0["details"] as? [String: Any])?["description"] as? String }
            #expect(descriptions.count == all.count)
            #expect(descriptions.contains { $0.hasPrefix("Korttiosto ") })
            #expect(descriptions.contains { $0.hasPrefix("Palkka ") })
            #expect(!descriptions.contains { $0.contains(" #") })
            let tagged = all.filter { (($0["metadata"] as? [String: Any])?["tags"] as? [Any])?.isEmpty == false }
            #expect(!tagged.isEmpty)

            let labels = (try await sandbox.get("/obp/v5.1.0/my/accounts", token: token).object()["accounts"] as? [[String: Any]] ?? [])
                .compactMap { $0["label"] as? String }.joined(separator: " ")
            for text in ["Käyttötili", "Straße", "東京", "🐷"] { #expect(labels.contains(text), "\(text)") }
        }
    }
}

private extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result = [T]()
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
