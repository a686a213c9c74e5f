import BankKit
import Foundation
import GRDB

/// Transaction requests: the types offered, making one (which pays at once up to the challenge threshold),
/// answering its challenge, and listing them. Every payment runs inside one write transaction, so a request is
/// executed once however many identical answers arrive at the same moment.
extension OBPAPI {
    func transactionRequestTypesAtBank(_ call: APICall) async throws -> APIResponse {
        let bankID = call.param("bank")
        guard try await store.read({ db in try StoreReads.bank(db, id: bankID) }) != nil else { throw OBPError.bankNotFound }
        return .ok(.obj(["transaction_request_types": .array(TransactionRequestType.served(at: call.version).map {
            .obj(["transaction_request_type": .string($0.rawValue)])
        })]))
    }

    func transactionRequestTypes(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let (bankID, accountID, viewID) = (call.param("bank"), call.param("account"), call.param("view"))
        let account = try await store.read { db in
            try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: viewID, userID: userID).account
        }
        let fee = JSON.obj(["currency": .string(account.currency),
                            "amount": .string(MinorAmount.format(0, digits: CurrencyPrecision.digits(account.currency)))])
        return .ok(.obj(["transaction_request_types": .array(TransactionRequestType.served(at: call.version).map {
            .obj(["value": .string($0.rawValue), "charge": .obj(["summary": .string("The bank fixed charge"), "value": fee])])
        })]))
    }

    func createTransactionRequest(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        guard let type = TransactionRequestType(rawValue: call.param("type")), type.since <= call.version else {
            throw OBPError.invalidTransactionRequestType
        }
        let order = try PaymentOrder.parse(try call.jsonBody(), type: type)
        let (bankID, accountID, viewID, version) = (call.param("bank"), call.param("account"), call.param("view"), call.version)
        let now = clock.nowMillis, policy = challenges
        let record = try await store.write { db -> TransactionRequestRecord in
            let access = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: viewID, userID: userID)
            let sender = access.account
            if type == .freeForm {
                try Self.requireRole(db, [.canCreateAnyTransactionRequest], bankID: bankID, userID: userID)
            }
            if version < .v4_0_0, order.currency != sender.currency { throw OBPError.transactionRequestCurrency }
            let receiver = try Receiver.resolve(db, order.target, sender: sender)
            try Self.requirePermission(db, access, receiver: receiver, userID: userID)
            var record = try Self.makeRecord(db, order, sender: sender, receiver: receiver, policy: policy,
                                             userID: userID, now: now)
            try TransactionRequestStore.insert(db, record)
            if record.challengeID.isEmpty { try Self.complete(db, &record, now: now) }
            return record
        }
        return .created(type.usesChallengeList(at: version)
            ? TransactionRequestRenderer.v400(record, version: version) : TransactionRequestRenderer.v210(record))
    }

    func answerChallenge(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let body = try call.jsonBody()
        guard let challengeID = body["id"] as? String, let answer = body["answer"] as? String else { throw OBPError.invalidJSON }
        let (bankID, accountID, viewID, version) = (call.param("bank"), call.param("account"), call.param("view"), call.version)
        let (type, requestID, now) = (call.param("type"), call.param("request"), clock.nowMillis)
        // A wrong answer must be counted even though it is refused, so the write returns the refusal rather than
        // throwing it (which would roll the count back).
        let outcome = try await store.write { db -> Result<TransactionRequestRecord, OBPError> in
            let access = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: viewID, userID: userID)
            guard access.view.can(.canAddTransactionRequestToAnyAccount) || access.view.can(.canAddTransactionRequestToOwnAccount)
            else { throw OBPError.cannotCreateTransactionRequest(view: viewID, flag: .canAddTransactionRequestToOwnAccount) }
            // OBP finds the request by id alone (OBP-CLI answers through the receiving account); only the user
            // who made it may answer.
            guard var record = try TransactionRequestStore.request(db, id: requestID), record.userID == userID else {
                throw OBPError.transactionRequestNotFound
            }
            guard record.status == .initiated else {
                throw record.challengeAttempts >= ChallengePolicy.allowedAttempts ? OBPError.attemptsUsedUp : OBPError.statusNotInitiated
            }
            guard record.type == type else { throw OBPError.typeHasChanged(expected: record.type, given: type) }
            guard record.challengeID == challengeID else { throw OBPError.invalidChallengeID }
            guard now - record.startDate <= ChallengePolicy.timeToLiveSeconds * 1000 else { throw OBPError.challengeExpired }
            guard ChallengePolicy.accepts(answer, version: version) else {
                record.challengeAttempts += 1
                if record.challengeAttempts >= ChallengePolicy.allowedAttempts {
                    record.status = .failed
                    record.endDate = now
                }
                try TransactionRequestStore.update(db, record)
                return .failure(OBPError.invalidChallengeAnswer)
            }
            try Self.complete(db, &record, now: now)
            return .success(record)
        }
        let record = try outcome.get()
        return APIResponse(status: 202, body: version >= .v4_0_0
            ? TransactionRequestRenderer.v400(record, version: version) : TransactionRequestRenderer.v210(record))
    }

    func transactionRequests(_ call: APICall) async throws -> APIResponse {
        let records = try await onRequests(call) { db, access in
            try TransactionRequestStore.requests(db, bankID: access.account.bankID, accountID: access.account.id)
        }
        return .ok(TransactionRequestRenderer.list(records))
    }

    func transactionRequest(_ call: APICall) async throws -> APIResponse {
        let requestID = call.param("request")
        let record = try await onRequests(call) { db, access in
            guard let record = try TransactionRequestStore.request(db, id: requestID),
                  record.bankID == access.account.bankID, record.accountID == access.account.id else {
                throw OBPError.transactionRequestNotFound
            }
            return record
        }
        return .ok(TransactionRequestRenderer.v210(record))
    }

    /// Reads an account's requests through a view that may make them (OBP's `can_see_transaction_requests`).
    private func onRequests<T: Sendable>(_ call: APICall,
                                         _ body: @Sendable @escaping (Database, ViewAccess) throws -> T) async throws -> T {
        let userID = try call.requireUser()
        let (bankID, accountID, viewID) = (call.param("bank"), call.param("account"), call.param("view"))
        return try await store.read { db in
            let access = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: viewID, userID: userID)
            guard access.view.can(.canAddTransactionRequestToOwnAccount) || access.view.can(.canAddTransactionRequestToAnyAccount)
            else { throw OBPError.noPermission("can_see_transaction_requests") }
            return try body(db, access)
        }
    }

    /// Paying one's own account needs `can_add_transaction_request_to_own_account` (or `..._to_any_account`);
    /// anyone else's needs `..._to_any_account`.
    private static func requirePermission(_ db: Database, _ access: ViewAccess, receiver: Receiver, userID: String) throws {
        let view = access.view
        if view.can(.canAddTransactionRequestToAnyAccount) { return }
        if let account = receiver.account,
           try StoreReads.accessibleViewIDs(db, userID: userID, bankID: account.bankID, accountID: account.id)
            .contains(ViewDefinition.owner.id) {
            guard view.can(.canAddTransactionRequestToOwnAccount) else {
                throw OBPError.cannotCreateTransactionRequest(view: view.id, flag: .canAddTransactionRequestToOwnAccount)
            }
            return
        }
        throw OBPError.cannotCreateTransactionRequest(view: view.id, flag: .canAddTransactionRequestToAnyAccount)
    }

    /// The request with its amounts fixed at the bank's rates, and a challenge when the amount is above the
    /// threshold (converted into the payment's currency at the bank's rate).
    private static func makeRecord(_ db: Database, _ order: PaymentOrder, sender: AccountRecord, receiver: Receiver,
                                   policy: ChallengePolicy, userID: String, now: Int64) throws -> TransactionRequestRecord {
        let digits = CurrencyPrecision.digits(order.currency)
        let convert = { (to: String) throws -> (rate: String, minor: Int64) in
            guard let rate = try ExchangeRates.rate(db, bankID: sender.bankID, from: order.currency, to: to, now: now),
                  let minor = ExchangeRates.convert(order.amount, fromDigits: digits, rate: rate.conversionValue,
                                                    toDigits: CurrencyPrecision.digits(to)) else {
                throw OBPError.fxPairNotSupported
            }
            return (rate.conversionValue, minor)
        }
        let debit = try convert(sender.currency)
        let creditCurrency = receiver.account?.currency ?? order.currency
        let credit = try convert(creditCurrency)
        let thresholdDigits = CurrencyPrecision.digits(policy.thresholdCurrency)
        guard let thresholdMinor = MinorAmount.parse(policy.thresholdAmount, digits: thresholdDigits),
              let thresholdRate = try ExchangeRates.rate(db, bankID: sender.bankID, from: policy.thresholdCurrency,
                                                         to: order.currency, now: now),
              let threshold = ExchangeRates.convert(thresholdMinor, fromDigits: thresholdDigits,
                                                    rate: thresholdRate.conversionValue, toDigits: digits) else {
            throw OBPError.fxPairNotSupported
        }
        let debitText = MinorAmount.format(debit.minor, digits: CurrencyPrecision.digits(sender.currency))
        let creditText = MinorAmount.format(credit.minor, digits: CurrencyPrecision.digits(creditCurrency))
        var details = (try? JSONSerialization.jsonObject(with: order.details)) as? [String: Any] ?? [:]
        details["exchange_rate"] = [
            "from_currency_code": order.currency, "to_currency_code": creditCurrency, "conversion_value": credit.rate,
            "debit": ["currency": sender.currency, "amount": debitText],
            "credit": ["currency": creditCurrency, "amount": creditText],
        ]
        let detailsText = String(decoding: (try? JSONSerialization.data(withJSONObject: details, options: [.sortedKeys])) ?? Data("{}".utf8),
                                 as: UTF8.self)
        return TransactionRequestRecord(
            id: UUID().uuidString.lowercased(), bankID: sender.bankID, accountID: sender.id, type: order.type.rawValue,
            status: .initiated, details: detailsText, currency: order.currency,
            amount: MinorAmount.format(order.amount, digits: digits), description: order.description,
            chargePolicy: order.chargePolicy, toBankID: receiver.account?.bankID ?? "",
            toAccountID: receiver.account?.id ?? "", toName: receiver.name, toRouting: receiver.routing, userID: userID,
            startDate: now, endDate: now, transactionIDs: [],
            challengeID: order.amount > threshold ? UUID().uuidString.lowercased() : "", challengeAttempts: 0,
            debitAmount: debitText, creditCurrency: creditCurrency, creditAmount: creditText, rate: credit.rate)
    }

    /// Executes the payment and marks the request COMPLETED, in the caller's write transaction.
    private static func complete(_ db: Database, _ record: inout TransactionRequestRecord, now: Int64) throws {
        let owners = try StoreReads.owners(db, bankID: record.bankID, accountID: record.accountID)
        record.transactionIDs = [try PaymentExecutor.execute(db, record, users: owners, now: now)]
        record.status = .completed
        record.endDate = now
        try TransactionRequestStore.update(db, record)
    }
}
