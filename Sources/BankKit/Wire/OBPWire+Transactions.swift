import Foundation

extension OBPWire {
    /// `GET /banks/B/accounts/A/V/transactions` and the core list `/my/banks/B/accounts/A/transactions`.
    /// A transaction without an id cannot be addressed later and is dropped rather than failing the page.
    public static func transactions(_ data: Data, account: AccountRef) throws(BankError) -> [Transaction] {
        let top = try top(data, "transactions")
        let sharedAccount = Shared(account)
        var repeats = PageRepeats()
        return try list(top, "transactions", "transactions").compactMap {
            transaction($0, account: sharedAccount, repeats: &repeats)
        }
    }

    /// `GET /banks/B/accounts/A/V/transactions/T/transaction`.
    public static func transaction(_ data: Data, account: AccountRef) throws(BankError) -> Transaction {
        var repeats = PageRepeats()
        guard let result = transaction(try top(data, "transaction"), account: Shared(account), repeats: &repeats) else {
            throw BankError(kind: .badResponse, message: "transaction: missing \"id\"")
        }
        return result
    }

    /// What the transactions of one page repeat: their counterparties and metadata, decoded once each.
    struct PageRepeats {
        var counterparties = RepeatMemo<Counterparty>()
        var metadata = RepeatMemo<TransactionMetadata>()
    }

    static func transaction(_ object: JSONObject, account: Shared<AccountRef>,
                            repeats: inout PageRepeats) -> Transaction? {
        guard let id: TransactionID = object.id("id") else { return nil }
        let details = object.object("details")
        let party = object.object("other_account").map { repeats.counterparties.shared($0) { Shared(Self.counterparty($0)) } }
        let notes = object.object("metadata").map { repeats.metadata.shared($0) { Self.metadata($0).shared } }
        return Transaction(
            id: id, sharedAccount: account, sharedCounterparty: party,
            type: details?.string("type"), description: details?.string("description"),
            posted: details?.date("posted"), completed: details?.date("completed"),
            value: money(details?.object("value")), newBalance: money(details?.object("new_balance")),
            sharedMetadata: notes ?? TransactionMetadata().shared)
    }

    /// `other_account` in a transaction, one entry of `GET .../V/other_accounts` (v3.0.0's routings or v1.2.1's
    /// number, IBAN and bank), or `GET .../transactions/T/other_account`.
    static func counterparty(_ object: JSONObject) -> Counterparty {
        let holder = object.object("holder")
        let routings = routings(object)
        let number = object.string("number")
            ?? routings.first { !$0.isIBAN }?.address
        return Counterparty(id: object.id("id"), holderName: holder?.string("name"),
                            isAlias: holder?.bool("is_alias") ?? false, number: number,
                            kind: object.string("kind"),
                            iban: routings.first { $0.isIBAN }?.address ?? object.string("IBAN"),
                            // v3+ names the bank only by its routing (a BIC, or an OBP bank id).
                            bankName: object.object("bank")?.string("name") ?? object.string("bank_name")
                                ?? object.object("bank_routing")?.string("address").flatMap { $0.isEmpty ? nil : $0 },
                            metadata: object.object("metadata").map(counterpartyMetadata))
    }

    /// `GET .../V/other_accounts`.
    public static func otherAccounts(_ data: Data) throws(BankError) -> [Counterparty] {
        let top = try top(data, "other accounts")
        return try list(top, "other_accounts", "other accounts").map(counterparty)
    }

    /// `GET .../V/other_accounts/O`.
    public static func otherAccount(_ data: Data) throws(BankError) -> Counterparty {
        counterparty(try top(data, "other account"))
    }
}
