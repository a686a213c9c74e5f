import Foundation

/// An error as OP's API sends it: an HTTP status and the error descriptor
/// `{"errors":[{"id","level","type","message","code"}]}`; the id is fresh per occurrence, as OP's are.
struct OPError: Error, Sendable, Equatable {
    let status: Int
    let level: String
    let type: String
    let code: String
    let message: String

    var json: JSON {
        .obj(["errors": .array([.obj([
            "id": .string(UUID().uuidString.lowercased()), "level": .string(level), "type": .string(type),
            "message": .string(message), "code": .string(code),
        ])])])
    }

    static let missingAPIKey = OPError(status: 401, level: "ERROR", type: "SECURITY", code: "401-1",
                                       message: "Missing x-api-key header: the application API key is required")
    static let invalidAPIKey = OPError(status: 401, level: "ERROR", type: "SECURITY", code: "401-2",
                                       message: "Invalid API key")
    static let invalidToken = OPError(status: 401, level: "ERROR", type: "SECURITY", code: "401-3",
                                      message: "Invalid or missing x-authorization token")
    static let invalidID = OPError(status: 400, level: "ERROR", type: "VALIDATION", code: "400-1",
                                   message: "Invalid identifier: only letters, digits and '-' are allowed")
    static let notFound = OPError(status: 404, level: "ERROR", type: "BUSINESS", code: "404-1",
                                  message: "Resource not found")
    static let accountNotFound = OPError(status: 404, level: "ERROR", type: "BUSINESS", code: "404-2",
                                         message: "Account not found")
    static let transactionNotFound = OPError(status: 404, level: "ERROR", type: "BUSINESS", code: "404-3",
                                             message: "Transaction not found")
    static let methodNotAllowed = OPError(status: 405, level: "ERROR", type: "VALIDATION", code: "405-1",
                                          message: "Method not allowed: the accounts API is read-only")
    static let tooManyRequests = OPError(status: 429, level: "WARN", type: "TECHNICAL", code: "429-1",
                                         message: "Too many requests: the daily quota of this API key is used up")
    static let internalError = OPError(status: 500, level: "FATAL", type: "TECHNICAL", code: "500-1",
                                       message: "Internal server error")
    static let unavailable = OPError(status: 503, level: "FATAL", type: "TECHNICAL", code: "503-1",
                                     message: "Service temporarily unavailable")
}
