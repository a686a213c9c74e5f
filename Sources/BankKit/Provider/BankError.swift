import Foundation

/// Every failure a provider reports, typed so that the UI and CLI can say what to do about it.
public struct BankError: Error, Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// 401 without a token, or bad credentials: the user must log in.
        case notLoggedIn
        case badCredentials
        /// The token was refused (expired or revoked).
        case tokenExpired
        /// 403; `permission` names the view flag that is missing when the server said which.
        case forbidden(permission: String?)
        case notFound
        /// 429; `retryAt` is when the budget refills, when the server said.
        case rateLimited(retryAt: Date?)
        /// The request was malformed in the server's eyes (400 and friends).
        case badRequest
        /// 5xx.
        case server
        /// The request never got an HTTP answer: refused, DNS, timeout, TLS, a cut body.
        case network
        /// An answer arrived but was not what the API promises (HTML, malformed JSON, wrong types, too large).
        case badResponse
        /// Refused on this side before any request, e.g. a tag with white space.
        case invalidInput
    }

    public var kind: Kind
    /// HTTP status, when there was a response.
    public var status: Int?
    /// The provider's own error code, e.g. `OBP-20001`, or OP's error `code`.
    public var code: String?
    /// The server's message (sanitise before display), or a description of the local failure.
    public var message: String
    /// OP's error descriptor `level` and `type`, kept as sent.
    public var level: String?
    public var category: String?
    /// What to do about it, when the caller knows better than the kind (OP's merchant API has no token to renew).
    public var hint: String?

    public init(kind: Kind, status: Int? = nil, code: String? = nil, message: String,
                level: String? = nil, category: String? = nil, hint: String? = nil) {
        self.kind = kind
        self.status = status
        self.code = code
        self.message = message
        self.level = level
        self.category = category
        self.hint = hint
    }
}

extension BankError: LocalizedError {
    public var errorDescription: String? { userMessage }

    /// One line that says what failed and what to do, as a user reads it. Contains no secret.
    public var userMessage: String {
        let prefix = code.map { "\($0): " } ?? ""
        let text = message.hasPrefix(code ?? "\u{0}") ? message : prefix + message
        if let hint { return "\(text) (\(hint))" }
        switch kind {
        case .notLoggedIn where category != nil, .tokenExpired where category != nil,
             .badCredentials where category != nil:
            // Only OP's error descriptor carries a category, and OP has no login: its key and token are configured.
            return "\(text) (check the OP API key and token: --token, or api_key and token in the profile)"
        case .notLoggedIn, .tokenExpired:
            return "\(text) (run `bankterm login`)"
        case .badCredentials:
            return "\(text) (check the username, password and consumer key, then run `bankterm login`)"
        case .forbidden(let permission?):
            return "\(text) (this view lacks \(permission))"
        case .rateLimited(let retryAt?):
            let seconds = max(0, Int(retryAt.timeIntervalSinceNow.rounded(.up)))
            return "\(text) (retry in \(seconds)s)"
        default:
            return text
        }
    }
}

extension Result where Failure == BankError {
    /// Runs `body`, turning any failure into a `BankError`: providers throw only those, so anything else is a bug,
    /// reported as a bad response rather than lost.
    public static func catching(_ body: () async throws -> Success) async -> Result<Success, BankError> {
        do {
            return .success(try await body())
        } catch let error as BankError {
            return .failure(error)
        } catch {
            return .failure(BankError(kind: .badResponse, message: String(describing: error)))
        }
    }
}
