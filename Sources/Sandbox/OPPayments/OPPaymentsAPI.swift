import BankKit
import Foundation

/// OP Online Payment's REST API under `/paymentbutton`: create, status, refund and the multibank providers, each
/// request signed by the merchant and checked before anything else happens.
struct OPPaymentsAPI: Sendable {
    let book: OPPaymentBook
    let check: OPSignatureCheck

    /// `path` is the request path split at `/`, after `paymentbutton`; `apiKey` has been checked.
    func handle(_ request: OPSignatureCheck.Request, path: [String], apiKey: String) throws(OPError) -> JSON {
        let now = Date()
        guard path.count >= 2, path[0] == "v1", path[1] == "payments" else { throw .notFound }
        let merchantID = try check.verify(request, apiKey: apiKey, now: now)
        let millis = Int64(now.timeIntervalSince1970 * 1000)
        for id in path.dropFirst(2) where !OPAPI.isValidID(id) { throw .invalidID }
        switch (request.method, path.count) {
        case ("POST", 2):
            return book.create(try OPPaymentBody.create(request.body), merchantID: merchantID, now: millis)
        case ("GET", 4) where path[2] == "multibank" && path[3] == "providers":
            return OPMultibankProviders.json
        case ("GET", 3):
            return try book.status(path[2], merchantID: merchantID)
        case ("POST", 4) where path[3] == "refund":
            return try book.refund(path[2], try OPPaymentBody.refund(request.body), merchantID: merchantID, now: millis)
        default:
            // A known resource asked with the wrong method is 405; anything else does not exist.
            guard path.count <= 3 || (path.count == 4 && (path[3] == "refund" || path[2] == "multibank")) else {
                throw .notFound
            }
            throw OPError(status: 405, level: "ERROR", type: "VALIDATION", code: "405-2",
                          message: "Method not allowed on this payment resource")
        }
    }

    /// `GET /customer/payment/startPaymentConfirmation?paymentOperationId=..&paymentOperationValidation=..`
    /// (and the multibank flow's `/customer/payment/multibank/direct/{bankId}/startPaymentConfirmation`): where
    /// the browser goes next. No API key: this is the customer's browser, not the merchant.
    func browserFlow(path: [String], query: [String: String]) throws(OPError) -> String {
        let direct = path == ["customer", "payment", "startPaymentConfirmation"]
        let multibank = path.count == 6 && Array(path.prefix(4)) == ["customer", "payment", "multibank", "direct"]
            && path[5] == "startPaymentConfirmation"
        guard direct || multibank else { throw .notFound }
        guard let operation = query["paymentOperationId"], let validation = query["paymentOperationValidation"] else {
            throw .invalidRequest("paymentOperationId and paymentOperationValidation are required")
        }
        return try book.finishBrowserFlow(operationID: operation, validation: validation,
                                          now: Int64(Date().timeIntervalSince1970 * 1000))
    }
}
