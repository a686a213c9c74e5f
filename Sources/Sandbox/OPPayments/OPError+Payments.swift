/// The refusals of the OP Online Payment endpoints, in OP's error descriptor. ASSUMPTION: OP publishes the
/// descriptor and the statuses (400, 401, 403, 429, 500) but not its codes or which status each refusal gets;
/// these are bankterm's, and every signature or replay problem is a 401.
extension OPError {
    static func badSignature(_ detail: String) -> OPError {
        OPError(status: 401, level: "ERROR", type: "SECURITY", code: "401-4", message: "Invalid signature: \(detail)")
    }

    static func staleDate(_ detail: String) -> OPError {
        OPError(status: 401, level: "ERROR", type: "SECURITY", code: "401-5", message: detail)
    }

    static let replayed = OPError(status: 401, level: "ERROR", type: "SECURITY", code: "401-6",
                                  message: "The pair of x-session-id and x-request-id has been used before")

    static func invalidRequest(_ detail: String) -> OPError {
        OPError(status: 400, level: "ERROR", type: "VALIDATION", code: "400-2", message: detail)
    }

    static let paymentNotFound = OPError(status: 404, level: "ERROR", type: "BUSINESS", code: "404-4",
                                         message: "Payment not found")

    static func notRefundable(_ detail: String) -> OPError {
        OPError(status: 400, level: "ERROR", type: "BUSINESS", code: "400-3", message: detail)
    }

    static let wrongValidation = OPError(status: 403, level: "ERROR", type: "SECURITY", code: "403-1",
                                         message: "paymentOperationValidation does not match the payment operation")
}
