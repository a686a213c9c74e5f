import Foundation

/// One payment (or refund) this machine created, as the ledger keeps it: what was asked, and the last status seen.
public struct OPPaymentEntry: Sendable, Hashable, Identifiable {
    public var paymentID: String
    public var merchantID: String
    /// Two-decimal euros as sent.
    public var amount: String
    /// The reference sent; empty for a refund sent with a message.
    public var reference: String
    public var status: String
    /// The refunded total OP last reported; nil before any refund.
    public var totalRefunded: String?
    /// The payment a refund refunds; nil for a payment.
    public var refundOf: String?
    /// Where the customer confirms the payment; nil for a refund.
    public var browserFlowURL: String?
    /// The `x-request-id` of the create, to quote to OP.
    public var requestID: String
    public var createdAt: Date
    public var updatedAt: Date

    public var id: String { paymentID }
    public var isSettled: Bool { OPPaymentAPI.isSettled(status) }

    public init(paymentID: String, merchantID: String, amount: String, reference: String, status: String,
                totalRefunded: String?, refundOf: String?, browserFlowURL: String?, requestID: String,
                createdAt: Date, updatedAt: Date) {
        self.paymentID = paymentID
        self.merchantID = merchantID
        self.amount = amount
        self.reference = reference
        self.status = status
        self.totalRefunded = totalRefunded
        self.refundOf = refundOf
        self.browserFlowURL = browserFlowURL
        self.requestID = requestID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
