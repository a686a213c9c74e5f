import BankKit
import Foundation

/// The shared OBP import fixture as domain values: 2 banks, 14 accounts, 688 transactions.
/// It lives next to the repository, never inside it: `<repo>/../shared/fixtures/obp/`.
public struct FixtureData: Sendable {
    public static var importFile: URL { Fixtures.exampleImport }

    public var banks: [Bank]
    public var accounts: [Account]
    /// Newest first, as OBP sorts by default.
    public var transactions: [AccountRef: [Transaction]]

    public static let shared: FixtureData = load()

    private static func load() -> FixtureData {
        guard let data = FileManager.default.contents(atPath: importFile.path),
              let top = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return FixtureData(banks: [], accounts: [], transactions: [:])
        }
        let banks = (top["banks"] as? [[String: Any]] ?? []).compactMap { bank -> Bank? in
            guard let id = bank["id"] as? String else { return nil }
            return Bank(id: id, shortName: bank["short_name"] as? String ?? id,
                        fullName: bank["full_name"] as? String ?? id)
        }
        let accounts = (top["accounts"] as? [[String: Any]] ?? []).compactMap { account -> Account? in
            guard let id = account["id"] as? String, let bank = account["bank"] as? String else { return nil }
            let balance = account["balance"] as? [String: Any]
            return Account(ref: AccountRef(bankID: bank, accountID: id), label: account["label"] as? String,
                           number: account["number"] as? String, type: account["type"] as? String,
                           balance: Money(amount: Decimal(string: balance?["amount"] as? String ?? "0") ?? 0,
                                          currency: balance?["currency"] as? String ?? "EUR"))
        }
        let currencies = Dictionary(accounts.map { ($0.ref, $0.balance?.currency ?? "EUR") },
                                    uniquingKeysWith: { first, _ in first })
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var transactions: [AccountRef: [Transaction]] = [:]
        for raw in top["transactions"] as? [[String: Any]] ?? [] {
            guard let id = raw["id"] as? String, let this = raw["this_account"] as? [String: Any],
                  let accountID = this["id"] as? String, let bankID = this["bank"] as? String,
                  let details = raw["details"] as? [String: Any] else { continue }
            let ref = AccountRef(bankID: bankID, accountID: accountID)
            let currency = currencies[ref] ?? "EUR"
            let name = (raw["counterparty"] as? [String: Any])?["name"] as? String
            transactions[ref, default: []].append(Transaction(
                id: id, account: ref,
                counterparty: Counterparty(holderName: name?.isEmpty == false ? name : "unknown"),
                type: details["type"] as? String, description: details["description"] as? String,
                posted: (details["posted"] as? String).flatMap(parser.date(from:)),
                completed: (details["completed"] as? String).flatMap(parser.date(from:)),
                value: (details["value"] as? String).flatMap { Decimal(string: $0) }
                    .map { Money(amount: $0, currency: currency) },
                newBalance: (details["new_balance"] as? String).flatMap { Decimal(string: $0) }
                    .map { Money(amount: $0, currency: currency) },
                metadata: TransactionMetadata(narrative: nil, tags: [], comments: [], images: [],
                                              whereTag: .some(nil))))
        }
        for key in transactions.keys {
            transactions[key]?.sort { ($0.posted ?? .distantPast, $0.id) > ($1.posted ?? .distantPast, $1.id) }
        }
        return FixtureData(banks: banks, accounts: accounts, transactions: transactions)
    }

    /// The account with the most transactions, so paging has pages to walk.
    public var busiestAccount: Account {
        accounts.max { (transactions[$0.ref]?.count ?? 0) < (transactions[$1.ref]?.count ?? 0) }!
    }
}
