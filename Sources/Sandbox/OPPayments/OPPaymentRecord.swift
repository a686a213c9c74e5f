import BankKit

/// One payment (or refund) in the sandbox, with what its status endpoint answers. Amounts in cents, times in
/// milliseconds since 1970.
struct OPPaymentRecord: Sendable {
    struct RefundLine: Sendable {
        let paymentID: String
        let cents: Int
        let created: Int64
    }

    let id: String
    let merchantID: String
    let accountID: String
    let cents: Int
    let reference: String
    let returnURL: String
    let cancelURL: String
    let rejectURL: String
    let operationID: String
    let operationValidation: String
    let paymentType: String
    let refundOf: String?
    let created: Int64
    var status: String
    var updated: Int64
    var refunds: [RefundLine] = []

    var refundedCents: Int { refunds.reduce(0) { $0 + $1.cents } }

    /// `GET /v1/payments/{id}`.
    var statusJSON: JSON {
        let failure: (reason: String, type: String, code: String)? = switch status {
        case OPPaymentAPI.Status.cancelled: ("The customer cancelled the payment", "CUSTOMER", "CANCELLED")
        case OPPaymentAPI.Status.rejected: ("The bank rejected the payment", "BANK", "REJECTED")
        default: nil
        }
        return .obj([
            "paymentId": .string(id), "amount": .string(OPAmount.text(cents)), "currency": .string(OPPaymentAPI.currency),
            "status": .string(status), "paymentType": .string(paymentType), "refundOf": .optional(refundOf),
            "refunds": .array(refunds.map { .obj(["paymentId": .string($0.paymentID),
                                                 "amount": .string(OPAmount.text($0.cents)),
                                                 "createTime": .string(Timestamp.format($0.created))]) }),
            "totalRefundedAmount": .string(OPAmount.text(refundedCents)),
            "createTime": .string(Timestamp.format(created)), "updateTime": .string(Timestamp.format(updated)),
            "failureReason": .optional(failure?.reason), "errorType": .optional(failure?.type),
            "errorCode": .optional(failure?.code),
        ])
    }
}
