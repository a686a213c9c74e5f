import BankKit
import Foundation
import Synchronization

/// The sandbox's OP Online Payment state: every payment and refund by id, and by payment operation for the browser
/// flow. Kept in memory for the life of the server, as OP's sandbox keeps nothing a merchant could rely on.
/// A merchant sees only its own payments; another's id is "not found".
final class OPPaymentBook: Sendable {
    private struct State {
        var payments: [String: OPPaymentRecord] = [:]
        var byOperation: [String: String] = [:]
    }

    private let state = Mutex(State())
    let data: OPDataset
    let credits: OPAccountCredits

    init(data: OPDataset, credits: OPAccountCredits) {
        self.data = data
        self.credits = credits
    }

    /// `POST /v1/payments`: a new payment in `INITIAL`, waiting for the browser flow.
    func create(_ body: OPPaymentBody.Create, merchantID: String, now: Int64) -> JSON {
        let record = OPPaymentRecord(
            id: Self.newID(), merchantID: merchantID.lowercased(), accountID: body.accountID, cents: body.cents,
            reference: body.reference, returnURL: body.returnURL, cancelURL: body.cancelURL, rejectURL: body.rejectURL,
            operationID: Self.newID(), operationValidation: Self.validationToken(),
            paymentType: OPPaymentAPI.PaymentType.payment, refundOf: nil, created: now,
            status: OPPaymentAPI.Status.initial, updated: now)
        state.withLock { state in
            state.payments[record.id] = record
            state.byOperation[record.operationID] = record.id
        }
        return .obj(["paymentId": .string(record.id), "paymentOperationId": .string(record.operationID),
                     "paymentOperationValidation": .string(record.operationValidation)])
    }

    /// `GET /v1/payments/{id}`.
    func status(_ id: String, merchantID: String) throws(OPError) -> JSON {
        let record = state.withLock { $0.payments[id.lowercased()] }
        guard let record, record.merchantID == merchantID.lowercased() else { throw .paymentNotFound }
        return record.statusJSON
    }

    /// `POST /v1/payments/{id}/refund`: a completed payment gives back at most what is left; the refund is a
    /// payment of its own (`refundOf`), completed at once, and debits the merchant's account.
    func refund(_ id: String, _ body: OPPaymentBody.Refund, merchantID: String, now: Int64) throws(OPError) -> JSON {
        let result: Result<(OPPaymentRecord, OPPaymentRecord), OPError> = state.withLock { state in
            guard var original = state.payments[id.lowercased()], original.merchantID == merchantID.lowercased() else {
                return .failure(.paymentNotFound)
            }
            guard original.refundOf == nil else { return .failure(.notRefundable("A refund cannot be refunded")) }
            guard original.status == OPPaymentAPI.Status.completed else {
                return .failure(.notRefundable("Only a completed payment can be refunded; this one is \(original.status)"))
            }
            let left = original.cents - original.refundedCents
            guard body.cents <= left else {
                return .failure(.notRefundable("The refund is more than what is left of the payment "
                                               + "(\(OPAmount.text(left)) EUR)"))
            }
            let refund = OPPaymentRecord(
                id: Self.newID(), merchantID: original.merchantID, accountID: original.accountID, cents: body.cents,
                reference: body.reference ?? "", returnURL: "", cancelURL: "", rejectURL: "", operationID: "",
                operationValidation: "", paymentType: OPPaymentAPI.PaymentType.refund, refundOf: original.id,
                created: now, status: OPPaymentAPI.Status.completed, updated: now)
            original.refunds.append(.init(paymentID: refund.id, cents: body.cents, created: now))
            original.updated = now
            state.payments[original.id] = original
            state.payments[refund.id] = refund
            return .success((original, refund))
        }
        let (original, refund) = try result.get()
        credit(original.accountID, cents: -refund.cents, id: refund.id, now: now,
               message: body.message ?? "Refund of OP Online Payment \(original.reference)",
               reference: body.reference ?? "")
        return .obj(["paymentId": .string(refund.id),
                     "totalRefundedAmount": .string(OPAmount.text(original.refundedCents))])
    }

    /// The browser flow: OP's sandbox has no UI and sends the browser straight back to the merchant. The
    /// accountId decides (OP's rule): one cancels, one rejects, any other completes and credits the account.
    /// A finished payment sends the browser to the same place again and changes nothing.
    func finishBrowserFlow(operationID: String, validation: String, now: Int64) throws(OPError) -> String {
        let result: Result<(OPPaymentRecord, Bool), OPError> = state.withLock { state in
            guard let id = state.byOperation[operationID.lowercased()], var record = state.payments[id] else {
                return .failure(.paymentNotFound)
            }
            guard record.operationValidation == validation else { return .failure(.wrongValidation) }
            guard record.status == OPPaymentAPI.Status.initial else { return .success((record, false)) }
            record.status = switch record.accountID {
            case OPPaymentAPI.sandboxCancelAccountID: OPPaymentAPI.Status.cancelled
            case OPPaymentAPI.sandboxRejectAccountID: OPPaymentAPI.Status.rejected
            default: OPPaymentAPI.Status.completed
            }
            record.updated = now
            state.payments[id] = record
            return .success((record, true))
        }
        let (record, changed) = try result.get()
        if changed, record.status == OPPaymentAPI.Status.completed {
            credit(record.accountID, cents: record.cents, id: record.id, now: now,
                   message: "OP Online Payment \(record.reference)", reference: record.reference)
        }
        switch record.status {
        case OPPaymentAPI.Status.cancelled: return record.cancelURL
        case OPPaymentAPI.Status.rejected: return record.rejectURL
        default: return record.returnURL
        }
    }

    /// Books `cents` on the merchant's account when it is one of the sandbox's OP accounts (any UUID is a valid
    /// accountId in OP's sandbox; only these show up in the accounts API).
    private func credit(_ accountID: String, cents: Int, id: String, now: Int64, message: String, reference: String) {
        guard let account = data.accounts.values.lazy.flatMap({ $0 }).first(where: { $0.id == accountID }) else { return }
        let customer = "OP Online Payment customer"
        let incoming = cents > 0
        credits.add(OPTransactionRecord(
            id: DerivedID.make("op-payment-tx", id), accountID: account.id, booking: now, value: now, amount: cents,
            message: message, reference: reference, payerIban: incoming ? "" : account.iban,
            payerName: incoming ? customer : account.ownerName, receiverIban: incoming ? account.iban : "",
            receiverName: incoming ? account.ownerName : customer, type: "VERKKOMAKSU", purpose: "GDSV"))
    }

    private static func newID() -> String { UUID().uuidString.lowercased() }

    /// A secret the browser-flow URL carries so that knowing an operation id is not enough to finish it.
    private static func validationToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return Hex.encode((0..<24).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }
}
