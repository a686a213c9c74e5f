import Foundation

/// Decoders for OP Online Payment's answers, as tolerant as `OPWire`: fields may be missing, amounts may come as
/// numbers, and `refunds[]` items are read for their `paymentId` whatever else they hold.
public enum OPPaymentWire {
    /// `POST /v1/payments`: `paymentId`, `paymentOperationId`, `paymentOperationValidation`.
    static func created(_ data: Data, browserFlowURL: String, requestID: String) throws(BankError) -> OPCreatedPayment {
        let object = try JSONObject.parse(data, context: "created payment")
        guard let id = object.string("paymentId"), let operation = object.string("paymentOperationId"),
              let validation = object.string("paymentOperationValidation") else {
            throw BankError(kind: .badResponse, message: "created payment: missing paymentId, paymentOperationId or "
                            + "paymentOperationValidation (request id \(requestID))")
        }
        return OPCreatedPayment(paymentID: id, operationID: operation, operationValidation: validation,
                                browserFlowURL: browserFlow(browserFlowURL, operationID: operation,
                                                            validation: validation),
                                requestID: requestID)
    }

    /// The URL the customer's browser opens: the browser-flow path with both values in the query, encoded.
    public static func browserFlow(_ host: String, operationID: String, validation: String) -> String {
        var components = URLComponents()
        components.queryItems = [URLQueryItem(name: "paymentOperationId", value: operationID),
                                 URLQueryItem(name: "paymentOperationValidation", value: validation)]
        // URLComponents leaves `+` and `/` alone in a query, and OP's example quotes the validation value whole.
        let query = (components.percentEncodedQuery ?? "")
            .replacingOccurrences(of: "+", with: "%2B").replacingOccurrences(of: "/", with: "%2F")
        return host + OPPaymentAPI.browserFlowPath + "?" + query
    }

    /// `GET /v1/payments/{id}`.
    public static func status(_ data: Data) throws(BankError) -> OPPaymentStatus {
        let object = try JSONObject.parse(data, context: "payment status")
        guard let id = object.string("paymentId") else {
            throw BankError(kind: .badResponse, message: "payment status: missing paymentId")
        }
        let refunds = (object.objects("refunds") ?? []).compactMap { item -> OPPaymentStatus.Refund? in
            guard let refundID = item.string("paymentId") else { return nil }
            return OPPaymentStatus.Refund(paymentID: refundID, amount: item.string("amount"),
                                          createTime: item.string("createTime"))
        }
        return OPPaymentStatus(
            paymentID: id, amount: object.string("amount"), status: object.string("status") ?? "UNKNOWN",
            paymentType: object.string("paymentType"), refundOf: object.string("refundOf"), refunds: refunds,
            totalRefundedAmount: object.string("totalRefundedAmount"), createTime: object.string("createTime"),
            updateTime: object.string("updateTime"), failureReason: object.string("failureReason"),
            errorType: object.string("errorType"), errorCode: object.string("errorCode"))
    }

    /// `POST /v1/payments/{id}/refund`: `paymentId` and `totalRefundedAmount`.
    static func refunded(_ data: Data, requestID: String) throws(BankError) -> OPRefundResult {
        let object = try JSONObject.parse(data, context: "refund")
        guard let id = object.string("paymentId") else {
            throw BankError(kind: .badResponse, message: "refund: missing paymentId (request id \(requestID))")
        }
        return OPRefundResult(paymentID: id, totalRefundedAmount: object.string("totalRefundedAmount"),
                              requestID: requestID)
    }

    /// `GET /v1/payments/multibank/providers`: a list under `providers` (or at the top level).
    public static func providers(_ data: Data) throws(BankError) -> [OPMultibankProvider] {
        guard let items = try JSONObject.list(data, key: "providers", context: "multibank providers") else {
            throw BankError(kind: .badResponse, message: "multibank providers: expected a list")
        }
        return items.compactMap { item in
            item.string("bankId").map { OPMultibankProvider(bankID: $0, name: item.string("name")) }
        }
    }
}
