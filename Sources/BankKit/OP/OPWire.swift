import Foundation

/// Decoders for OP's accounts API, one per wire shape, as tolerant as `OBPWire`: missing fields, numbers sent as
/// strings, and the `accounId` misspelling of OP's own documentation example.
public enum OPWire {
    /// The one bank an OP provider shows.
    public static let bankID: BankID = "OP"
    public static let bank = Bank(id: bankID, shortName: "OP", fullName: "OP Financial Group",
                                  website: "https://www.op.fi")
    /// OP has no views; every account is seen as its owner sees it.
    public static let ownerView = ViewSummary(id: "owner", shortName: "Owner",
                                              description: "The account holder's own view (OP has no other)",
                                              isSystem: true)

    /// `GET /v1/accounts`: a JSON array, or an object holding the array under `accounts`.
    public static func accounts(_ data: Data) throws(BankError) -> [Account] {
        try items(data, key: "accounts", what: "accounts").compactMap(account)
    }

    /// `GET /v1/accounts/{id}`.
    public static func account(_ data: Data) throws(BankError) -> Account {
        guard let result = account(try JSONObject.parse(data, context: "account")) else {
            throw BankError(kind: .badResponse, message: "account: missing \"accountId\"")
        }
        return result
    }

    /// `GET /v1/accounts/{id}/transactions`: a JSON array, or an object holding it under `transactions`.
    public static func transactions(_ data: Data, account: AccountID) throws(BankError) -> [Transaction] {
        try items(data, key: "transactions", what: "transactions").compactMap { transaction($0, account: account) }
    }

    /// `GET /v1/accounts/{id}/transactions/{tx}`.
    public static func transaction(_ data: Data, account: AccountID) throws(BankError) -> Transaction {
        guard let result = transaction(try JSONObject.parse(data, context: "transaction"), account: account) else {
            throw BankError(kind: .badResponse, message: "transaction: missing \"transactionId\"")
        }
        return result
    }

    static func account(_ object: JSONObject) -> Account? {
        guard let id: AccountID = object.id("accountId") ?? object.id("accounId"), !id.isEmpty else { return nil }
        var routings: [Routing] = []
        if let iban = object.string("iban"), !iban.isEmpty { routings.append(Routing(scheme: "IBAN", address: iban)) }
        if let bic = object.string("bic"), !bic.isEmpty { routings.append(Routing(scheme: "BIC", address: bic)) }
        let currency = object.string("currency") ?? "EUR"
        return Account(ref: AccountRef(bankID: bankID, accountID: id), label: object.string("accountName"),
                       number: object.string("iban"), owners: object.string("ownerId").map { [$0] } ?? [],
                       type: object.string("accountType"),
                       balance: object.decimal("balance").map { Money(amount: $0, currency: currency) },
                       routings: routings, views: [ownerView])
    }

    /// The counterparty is the receiver of money going out and the payer of money coming in.
    static func transaction(_ object: JSONObject, account: AccountID) -> Transaction? {
        guard let id: TransactionID = object.id("transactionId") ?? object.id("id"), !id.isEmpty else { return nil }
        let amount = object.decimal("amount")
        let outgoing = amount.map { $0 < 0 } ?? false
        let side = outgoing ? "receiver" : "payer"
        let iban = object.string(side + "Iban")
        let name = object.string(side + "Name") ?? object.string(side)
        let counterparty = (iban != nil || name != nil)
            ? Counterparty(holderName: name, iban: iban, bankName: object.string(side + "Bic")) : nil
        let description = [object.string("message"), object.string("purpose")]
            .compactMap { $0?.isEmpty == false ? $0 : nil }.first
        return Transaction(
            id: id, account: AccountRef(bankID: bankID, accountID: object.id("accountId") ?? account),
            counterparty: counterparty, type: object.string("type"), description: description,
            posted: object.date("bookingDate"), completed: object.date("valueDate"),
            value: amount.map { Money(amount: $0, currency: object.string("currency") ?? "EUR") },
            metadata: TransactionMetadata(isLocal: true))
    }

    /// The list at the top level, or under `key` of a top-level object.
    static func items(_ data: Data, key: String, what: String) throws(BankError) -> [JSONObject] {
        guard let items = try JSONObject.list(data, key: key, context: what) else {
            throw BankError(kind: .badResponse, message: "\(what): expected a JSON list")
        }
        return items
    }
}
