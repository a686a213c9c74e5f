/// What a create answers, with the browser-flow URL the customer must open.
public struct OPCreatedPayment: Sendable, Hashable {
    public var paymentID: String
    public var operationID: String
    public var operationValidation: String
    public var browserFlowURL: String
    /// The `x-request-id` the create was sent with, to quote to OP.
    public var requestID: String

    public init(paymentID: String, operationID: String, operationValidation: String, browserFlowURL: String,
                requestID: String) {
        self.paymentID = paymentID
        self.operationID = operationID
        self.operationValidation = operationValidation
        self.browserFlowURL = browserFlowURL
        self.requestID = requestID
    }
}

/// What a refund answers: the refund's own payment id and the refunded total of the original.
public struct OPRefundResult: Sendable, Hashable {
    public var paymentID: String
    public var totalRefundedAmount: String?
    public var requestID: String

    public init(paymentID: String, totalRefundedAmount: String?, requestID: String) {
        self.paymentID = paymentID
        self.totalRefundedAmount = totalRefundedAmount
        self.requestID = requestID
    }
}

/// One bank of the multibank browser flow (`GET /v1/payments/multibank/providers`).
public struct OPMultibankProvider: Sendable, Hashable {
    public var bankID: String
    public var name: String?

    public init(bankID: String, name: String?) {
        self.bankID = bankID
        self.name = name
    }
}
