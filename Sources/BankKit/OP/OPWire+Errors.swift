import Foundation

extension OPWire {
    /// Maps a non-2xx answer to a `BankError` from OP's error descriptor
    /// `{"errors":[{"id","level","type","message","code"}]}`, keeping `code`, `level` and `type` (as `category`).
    /// The first error of the list decides; a body that is not a descriptor still yields the HTTP status.
    public static func error(status: Int, headers: HTTPHeaders, body: Data, now: Date = Date()) -> BankError {
        let descriptor = (try? JSONObject.parse(body, context: "error"))?.objects("errors")?.first
        let message = descriptor?.string("message")?.trimmingCharacters(in: .whitespacesAndNewlines)
            ?? (body.isEmpty ? "HTTP \(status)" : "HTTP \(status), not an OP error (\(JSONObject.preview(body)))")
        let category = descriptor?.string("type")?.uppercased()
        return BankError(kind: kind(status: status, message: message, headers: headers, now: now),
                         status: status, code: descriptor?.string("code"), message: message,
                         level: descriptor?.string("level")?.uppercased(), category: category)
    }

    private static func kind(status: Int, message: String, headers: HTTPHeaders,
                             now: Date) -> BankError.Kind {
        switch status {
        case 401:
            // A refused application key is a setup mistake; a refused end-user token means "pick another token".
            return message.localizedCaseInsensitiveContains("api key") || message.localizedCaseInsensitiveContains("api-key")
                ? .badCredentials : .tokenExpired
        case 403: return .forbidden(permission: nil)
        case 404: return .notFound
        case 429: return .rateLimited(retryAt: rateLimit(headers, now: now)?.resetAt)
        case 500...: return .server
        case 400..<500: return .badRequest
        default: return .badResponse
        }
    }

    /// `X-RateLimit-Limit`, `-Remaining` and `-Reset` (OP's daily budget). The reset is read as seconds from now,
    /// or as a Unix time when it can only be one.
    public static func rateLimit(_ headers: HTTPHeaders, now: Date = Date()) -> RateLimit? {
        func value(_ name: String) -> String? { headers[name]?.trimmingCharacters(in: .whitespaces) }
        let limit = value("X-RateLimit-Limit").flatMap { Int($0) }
        let remaining = value("X-RateLimit-Remaining").flatMap { Int($0) }
        let reset = value("X-RateLimit-Reset").flatMap { Double($0) }
        guard limit != nil || remaining != nil || reset != nil else { return nil }
        let resetAt = reset.map { $0 > 1_000_000_000 ? Date(timeIntervalSince1970: $0) : now.addingTimeInterval($0) }
        return RateLimit(limit: limit, remaining: remaining, resetAt: resetAt)
    }
}
