import Foundation

extension OBPWire {
    /// Maps a non-2xx answer to a `BankError`, keeping the OBP code, the HTTP status and the server's message.
    /// Reads both error shapes: `{"code":401,"message":"OBP-20001: ..."}` and the older `{"error":"OBP-...: ..."}`.
    public static func error(status: Int, headers: HTTPHeaders, body: Data, now: Date = Date()) -> BankError {
        var message: String
        var code: String?
        if let object = try? JSONObject.parse(body, context: "error"),
           let text = object.string("message") ?? object.string("error") ?? object.string("error_description") {
            message = text
            code = obpCode(in: object.string("code")) ?? obpCode(in: text)
        } else {
            message = body.isEmpty ? "HTTP \(status)" : "HTTP \(status), not an OBP error (\(JSONObject.preview(body)))"
        }
        message = message.trimmingCharacters(in: .whitespacesAndNewlines)
        return BankError(kind: kind(status: status, code: code, message: message, headers: headers, now: now),
                         status: status, code: code, message: message)
    }

    private static func kind(status: Int, code: String?, message: String, headers: HTTPHeaders,
                             now: Date) -> BankError.Kind {
        switch (status, code) {
        case (_, "OBP-20004"), (_, "OBP-20008"), (_, "OBP-20005"):
            return .badCredentials
        case (401, "OBP-20003"), (_, "OBP-20003"):
            return .tokenExpired
        case (401, _):
            return message.localizedCaseInsensitiveContains("token") ? .tokenExpired : .notLoggedIn
        case (403, _):
            return .forbidden(permission: permission(in: message))
        case (404, _):
            return .notFound
        case (429, _), (_, "OBP-10018"):
            return .rateLimited(retryAt: rateLimit(headers, now: now)?.resetAt)
        case (500..., _):
            return .server
        case (400..<500, _):
            return .badRequest
        default:
            return .badResponse
        }
    }

    /// `OBP-20001` out of `OBP-20001: User not logged in.`.
    static func obpCode(in text: String?) -> String? {
        guard let text, let start = text.range(of: "OBP-") else { return nil }
        let digits = text[start.upperBound...].prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : "OBP-" + digits
    }

    /// The view flag a 403 names, e.g. `can_add_tag` in `OBP-30022: ... You need the permission can_add_tag`.
    static func permission(in message: String) -> String? {
        guard let start = message.range(of: "can_") else { return nil }
        let name = message[start.lowerBound...].prefix { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return name.count > 4 ? String(name) : nil
    }

    /// `X-Rate-Limit-Limit`, `-Remaining` and `-Reset`. OBP sends the reset as seconds from now; a value that can
    /// only be a Unix time is read as one.
    public static func rateLimit(_ headers: HTTPHeaders, now: Date = Date()) -> RateLimit? {
        let limit = headers["X-Rate-Limit-Limit"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let remaining = headers["X-Rate-Limit-Remaining"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let reset = headers["X-Rate-Limit-Reset"].flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard limit != nil || remaining != nil || reset != nil else { return nil }
        let resetAt = reset.map { $0 > 1_000_000_000 ? Date(timeIntervalSince1970: $0) : now.addingTimeInterval($0) }
        return RateLimit(limit: limit, remaining: remaining, resetAt: resetAt)
    }
}
