import Foundation

/// Payments (transaction requests and their challenges), exchange rates, and making and labelling accounts.
/// Every POST here is sent once: `call` never repeats one, and a payment whose answer was lost to a broken
/// connection is looked up in the request list before anyone may send it again.
extension OBPProvider {
    public func transactionRequestTypes(_ account: AccountRef, view: ViewID) async throws -> [String] {
        try OBPWire.transactionRequestTypes(await call(.get, viewPath(account, view) + "/transaction-request-types"))
    }

    /// Sends the payment. When the connection breaks before the answer, reads the account's requests: a request
    /// matching the order made since it was sent means the payment went through (`recovered`); none means it did
    /// not, and the network error is thrown with that said, so sending again is safe. When the list cannot be
    /// read either, the error says the outcome is unknown.
    public func pay(_ order: PaymentOrder) async throws -> PaymentSubmission {
        let sentAt = Date()
        let path = viewPath(order.from, order.view) + "/transaction-request-types/\(order.type)/transaction-requests"
        do {
            return .sent(try OBPWire.transactionRequest(await call(.post, path, body: Self.json(order.body))))
        } catch let broken as BankError where broken.kind == .network {
            let requests: [TransactionRequest]
            do {
                requests = try await transactionRequests(order.from, view: order.view)
            } catch {
                throw BankError(kind: .network, status: broken.status, code: broken.code, message: "\(broken.message); the "
                                + "connection broke while sending the payment and the request list cannot be read either, so "
                                + "whether it was made is unknown: look at `bankterm payments list` before sending it again")
            }
            // The server's clock may differ from ours; a minute of slack, and only requests that match the order.
            if let made = requests.first(where: { order.matches($0) && ($0.started ?? .distantFuture) >= sentAt.addingTimeInterval(-60) }) {
                return .recovered(made)
            }
            throw BankError(kind: .network, status: broken.status, code: broken.code,
                            message: "\(broken.message); the request list shows no such payment, so it was not made and may be sent again")
        }
    }

    /// Answers a request's challenge; the answer is sent once.
    public func answerChallenge(_ request: TransactionRequest, view: ViewID = "owner", answer: String) async throws -> TransactionRequest {
        guard let challenge = request.challenge else {
            throw BankError(kind: .invalidInput, message: "transaction request \(request.id) has no challenge to answer")
        }
        let path = viewPath(request.from, view) + "/transaction-request-types/\(Self.encode(request.type))"
            + "/transaction-requests/\(Self.encode(request.id))/challenge"
        return try OBPWire.transactionRequest(await call(.post, path, body: Self.json(["id": challenge.id, "answer": answer])))
    }

    /// The account's requests, newest first.
    public func transactionRequests(_ account: AccountRef, view: ViewID) async throws -> [TransactionRequest] {
        try OBPWire.transactionRequests(await call(.get, viewPath(account, view) + "/transaction-requests"))
    }

    /// One request: v4.0.0's endpoint, or before it the request list.
    public func transactionRequest(_ account: AccountRef, view: ViewID, id: String) async throws -> TransactionRequest {
        if configuration.apiVersion >= .v4_0_0 {
            return try OBPWire.transactionRequest(await call(.get, viewPath(account, view) + "/transaction-requests/\(Self.encode(id))"))
        }
        guard let found = try await transactionRequests(account, view: view).first(where: { $0.id == id }) else {
            throw BankError(kind: .notFound, message: "OBP-40004: Transaction Request Id not found.")
        }
        return found
    }

    public func fxRate(bank: BankID, from: String, to: String) async throws -> FXRate {
        try OBPWire.fxRate(await call(.get, "/banks/\(Self.encode(bank))/fx/\(Self.encode(from))/\(Self.encode(to))"))
    }

    /// `PUT /banks/B/fx` (needs CanCreateFxRate); the inverse rate is 1/rate unless given.
    public func setFXRate(_ rate: FXRate) async throws -> FXRate {
        let inverse = rate.inverseRate ?? (rate.rate == 0 ? 0 : 1 / rate.rate)
        let formatter = ISO8601DateFormatter()
        let body: [String: Any] = [
            "bank_id": rate.bankID.rawValue, "from_currency_code": rate.from, "to_currency_code": rate.to,
            "conversion_value": NSDecimalNumber(decimal: rate.rate).doubleValue,
            "inverse_conversion_value": NSDecimalNumber(decimal: inverse).doubleValue,
            "effective_date": formatter.string(from: rate.effective ?? Date()),
        ]
        return try OBPWire.fxRate(await call(.put, "/banks/\(Self.encode(rate.bankID))/fx", body: Self.json(body)))
    }

    /// Makes an account with a zero balance: PUT to its id, or without one (v4.0.0 on) POST and let the server pick
    /// it. Returns the account.
    public func createAccount(_ new: NewAccount) async throws -> AccountRef {
        var body: [String: Any] = ["label": new.label, "balance": ["currency": new.currency, "amount": "0"],
                                   "product_code": new.productCode ?? "", "branch_id": "", "account_routings": [[String: Any]]()]
        if let userID = new.userID { body["user_id"] = userID.rawValue }
        let bank = Self.encode(new.bankID)
        let answer: Data
        if let id = new.id {
            answer = try await call(.put, "/banks/\(bank)/accounts/\(Self.encode(id))", body: Self.json(body))
        } else if configuration.apiVersion >= .v4_0_0 {
            answer = try await call(.post, "/banks/\(bank)/accounts", body: Self.json(body))
        } else {
            throw BankError(kind: .invalidInput, message: "\(configuration.apiVersion.rawValue) needs an account id (--id)")
        }
        guard let id = try OBPWire.createdAccountID(answer).map(AccountID.init(rawValue:)) ?? new.id else {
            throw BankError(kind: .badResponse, message: "new account: missing \"account_id\"")
        }
        return AccountRef(bankID: new.bankID, accountID: id)
    }

    public func relabel(_ account: AccountRef, label: String) async throws {
        _ = try await call(.post, accountPath(account), body: Self.json(["label": label]))
    }

    /// Creates the attribute (`POST .../products/P/attribute`) or, with an id, replaces it (`PUT .../attributes/ID`).
    public func setAttribute(_ attribute: AccountAttribute, on account: AccountRef) async throws -> AccountAttribute {
        guard AccountAttribute.types.contains(attribute.type) else {
            throw BankError(kind: .invalidInput, message: "an attribute type is one of \(AccountAttribute.types.joined(separator: ", "))")
        }
        let base = accountPath(account) + "/products/\(Self.encode(attribute.productCode ?? ""))"
        let body = Self.json(["name": attribute.name, "type": attribute.type, "value": attribute.value])
        if let id = attribute.id {
            return try OBPWire.accountAttribute(await call(.put, base + "/attributes/\(Self.encode(id))", body: body))
        }
        return try OBPWire.accountAttribute(await call(.post, base + "/attribute", body: body))
    }
}
