import Foundation

extension OBPWire {
    /// One transaction request in v2.1.0's shape (`challenge`) or v4.0.0's (`challenges`).
    public static func transactionRequest(_ data: Data) throws(BankError) -> TransactionRequest {
        try transactionRequest(top(data, "transaction request"))
    }

    /// `transaction_requests_with_charges`.
    public static func transactionRequests(_ data: Data) throws(BankError) -> [TransactionRequest] {
        let top = try top(data, "transaction requests")
        return try list(top, "transaction_requests_with_charges", "transaction requests").compactMap {
            try? transactionRequest($0)
        }
    }

    static func transactionRequest(_ object: JSONObject) throws(BankError) -> TransactionRequest {
        let id = try required(object.string("id"), "id", "transaction request")
        let from = object.object("from")
        let details = object.object("details")
        let challengeObject = object.object("challenge") ?? object.objects("challenges")?.first
        let challenge = challengeObject.flatMap { c -> TransactionRequest.Challenge? in
            guard let id = c.string("id"), !id.isEmpty else { return nil }
            return TransactionRequest.Challenge(id: id, allowedAttempts: c.string("allowed_attempts").flatMap { Int($0) },
                                                type: c.string("challenge_type"))
        }
        let rate = details?.object("exchange_rate")
        return TransactionRequest(
            id: id, type: object.string("type") ?? "",
            from: AccountRef(bankID: from?.id("bank_id") ?? "", accountID: from?.id("account_id") ?? ""),
            status: TransactionRequest.Status(object.string("status") ?? ""),
            amount: money(details?.object("value")), description: details?.string("description"),
            to: details?.object("to").flatMap(destination),
            toAccount: details?.object("to").flatMap(receiverAccount),
            transactionIDs: object.strings("transaction_ids")?.map(TransactionID.init(rawValue:)) ?? [],
            started: object.date("start_date"), ended: object.date("end_date"), challenge: challenge,
            charge: money(object.object("charge")?.object("value")),
            conversion: rate.flatMap { rate in
                rate.decimal("conversion_value").map {
                    TransactionRequest.Conversion(rate: $0, debit: money(rate.object("debit")), credit: money(rate.object("credit")))
                }
            })
    }

    /// The receiver of a request's `details.to`, in `PaymentOrder.destinationText`'s words.
    private static func destination(_ to: JSONObject) -> String? {
        if let account = receiverAccount(to) { return account.description }
        if let id = to.string("counterparty_id") { return id }
        if let iban = to.string("iban") { return IBAN.normalized(iban) }
        return to.string("other_account_routing_address")
    }

    private static func receiverAccount(_ to: JSONObject) -> AccountRef? {
        guard let bank: BankID = to.id("bank_id"), let account: AccountID = to.id("account_id") else { return nil }
        return AccountRef(bankID: bank, accountID: account)
    }

    /// `GET /banks/B/fx/FROM/TO` and the answer of `PUT /banks/B/fx`.
    public static func fxRate(_ data: Data) throws(BankError) -> FXRate {
        let object = try top(data, "exchange rate")
        guard let rate = object.decimal("conversion_value") else {
            throw BankError(kind: .badResponse, message: "exchange rate: missing \"conversion_value\"")
        }
        return FXRate(bankID: object.id("bank_id") ?? "", from: object.string("from_currency_code") ?? "",
                      to: object.string("to_currency_code") ?? "", rate: rate,
                      inverseRate: object.decimal("inverse_conversion_value"), effective: object.date("effective_date"))
    }

    /// The account id of a create-account answer (v3.1.0+ `account_id`; v2.2.0 has none, the caller knows it).
    public static func createdAccountID(_ data: Data) throws(BankError) -> String? {
        try top(data, "new account").string("account_id")
    }

    public static func accountAttribute(_ data: Data) throws(BankError) -> AccountAttribute {
        accountAttribute(try top(data, "account attribute"))
    }

    /// One attribute, alone or in an account's `account_attributes`.
    static func accountAttribute(_ object: JSONObject) -> AccountAttribute {
        AccountAttribute(id: object.string("account_attribute_id"), name: object.string("name") ?? "",
                         type: object.string("type") ?? "", value: object.string("value") ?? "",
                         productCode: object.string("product_code"))
    }

    /// The `value`s of `/banks/B/accounts/A/V/transaction-request-types`.
    public static func transactionRequestTypes(_ data: Data) throws(BankError) -> [String] {
        let top = try top(data, "transaction request types")
        return try list(top, "transaction_request_types", "transaction request types").compactMap {
            $0.string("value") ?? $0.string("transaction_request_type")
        }
    }
}
