import Foundation

/// `GET /v1/payments/{id}`: where a payment stands. Strings stay as OP sends them (OP does not publish its list of
/// statuses), amounts as OP's two-decimal strings.
public struct OPPaymentStatus: Sendable, Hashable {
    public struct Refund: Sendable, Hashable {
        public var paymentID: String
        public var amount: String?
        public var createTime: String?
    }

    public var paymentID: String
    public var amount: String?
    public var status: String
    public var paymentType: String?
    /// The payment this one refunds; nil for a payment.
    public var refundOf: String?
    public var refunds: [Refund]
    public var totalRefundedAmount: String?
    public var createTime: String?
    public var updateTime: String?
    public var failureReason: String?
    public var errorType: String?
    public var errorCode: String?

    public var isSettled: Bool { OPPaymentAPI.isSettled(status) }

    public init(paymentID: String, amount: String? = nil, status: String, paymentType: String? = nil,
                refundOf: String? = nil, refunds: [Refund] = [], totalRefundedAmount: String? = nil,
                createTime: String? = nil, updateTime: String? = nil, failureReason: String? = nil,
                errorType: String? = nil, errorCode: String? = nil) {
        self.paymentID = paymentID
        self.amount = amount
        self.status = status
        self.paymentType = paymentType
        self.refundOf = refundOf
        self.refunds = refunds
        self.totalRefundedAmount = totalRefundedAmount
        self.createTime = createTime
        self.updateTime = updateTime
        self.failureReason = failureReason
        self.errorType = errorType
        self.errorCode = errorCode
    }
}
