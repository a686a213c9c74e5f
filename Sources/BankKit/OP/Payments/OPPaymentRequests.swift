import Foundation

/// A payment to create, checked on this side first so a mistake costs no request (and no request id).
public struct OPNewPayment: Sendable, Hashable {
    public var amount: String
    public var reference: String
    public var returnURL: String
    public var cancelURL: String
    public var rejectURL: String
    public var language: String?
    public var messageToCustomer: String?

    /// Without a cancel or reject URL the customer comes back to the return URL.
    public init(amount: String, reference: String, returnURL: String, cancelURL: String? = nil,
                rejectURL: String? = nil, language: String? = nil, messageToCustomer: String? = nil) {
        self.amount = amount
        self.reference = reference.replacingOccurrences(of: " ", with: "")
        self.returnURL = returnURL
        self.cancelURL = cancelURL ?? returnURL
        self.rejectURL = rejectURL ?? returnURL
        self.language = language
        self.messageToCustomer = messageToCustomer
    }

    public func validate() throws(BankError) {
        guard OPAmount.cents(amount) != nil else {
            throw BankError(kind: .invalidInput, message: "amount must be euros with two decimals, e.g. 10.00")
        }
        if let problem = PaymentReference.problem(reference) { throw BankError(kind: .invalidInput, message: problem) }
        for (name, url) in [("return", returnURL), ("cancel", cancelURL), ("reject", rejectURL)] {
            if let problem = OPNewPayment.urlProblem(url) {
                throw BankError(kind: .invalidInput, message: "the \(name) URL \(problem)")
            }
        }
        if let language, !OPPaymentAPI.languages.contains(language) {
            throw BankError(kind: .invalidInput, message: "language must be fi, sv or en")
        }
        if let messageToCustomer, messageToCustomer.count > OPPaymentAPI.maxMessageLength {
            throw BankError(kind: .invalidInput, message: "the message to the customer has at most 500 characters")
        }
    }

    /// The JSON body, keys sorted so the same payment is always the same bytes (and the same signature).
    public func body(accountID: String) -> Data {
        var object: [String: Any] = [
            "amount": amount, "currency": OPPaymentAPI.currency, "accountId": accountID, "reference": reference,
            "return": ["url": returnURL], "cancel": ["url": cancelURL], "reject": ["url": rejectURL],
        ]
        if let language { object["language"] = language }
        if let messageToCustomer { object["messageToCustomer"] = messageToCustomer }
        return OPNewPayment.encode(object)
    }

    /// Why OP would refuse `url` as a return, cancel or reject address: not http(s), no host, or this machine
    /// (OP's browser flow cannot send a customer to the merchant's localhost).
    public static func urlProblem(_ url: String) -> String? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "https" || scheme == "http", let host = components.host?.lowercased(), !host.isEmpty else {
            return "must be an http(s) URL with a host: \(url)"
        }
        let loopback = host == "localhost" || host.hasSuffix(".localhost") || host.hasPrefix("127.")
            || host == "[::1]" || host == "::1" || host == "0.0.0.0"
        return loopback ? "must not point at localhost: \(url)" : nil
    }

    static func encode(_ object: [String: Any]) -> Data {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
    }
}

/// A refund: an amount (at most what is left of the payment) and either a reference or a message, not both.
public struct OPRefund: Sendable, Hashable {
    public enum Note: Sendable, Hashable {
        case reference(String)
        case message(String)
    }

    public var amount: String
    public var note: Note

    public init(amount: String, note: Note) {
        self.amount = amount
        switch note {
        case .reference(let value): self.note = .reference(value.replacingOccurrences(of: " ", with: ""))
        case .message: self.note = note
        }
    }

    public func validate() throws(BankError) {
        guard OPAmount.cents(amount) != nil else {
            throw BankError(kind: .invalidInput, message: "amount must be euros with two decimals, e.g. 5.00")
        }
        switch note {
        case .reference(let reference):
            if let problem = PaymentReference.problem(reference) {
                throw BankError(kind: .invalidInput, message: problem)
            }
        case .message(let message):
            guard !message.isEmpty, message.count <= OPPaymentAPI.maxMessageLength else {
                throw BankError(kind: .invalidInput, message: "a refund message has 1 to 500 characters")
            }
        }
    }

    public var body: Data {
        var object: [String: Any] = ["amount": amount, "currency": OPPaymentAPI.currency]
        switch note {
        case .reference(let reference): object["reference"] = reference
        case .message(let message): object["message"] = message
        }
        return OPNewPayment.encode(object)
    }
}
