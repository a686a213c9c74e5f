import BankKit
import Foundation

/// The bodies of a create and a refund, checked by OP's rules; each refusal is a 400 that names the field.
enum OPPaymentBody {
    struct Create: Sendable {
        let cents: Int
        let accountID: String
        let reference: String
        let returnURL: String
        let cancelURL: String
        let rejectURL: String
        let language: String
    }

    struct Refund: Sendable {
        let cents: Int
        let reference: String?
        let message: String?
    }

    static func create(_ body: [UInt8]) throws(OPError) -> Create {
        let object = try object(body)
        let cents = try amount(object)
        guard let accountID = object["accountId"] as? String, UUID(uuidString: accountID) != nil else {
            throw .invalidRequest("accountId must be a UUID")
        }
        guard let reference = object["reference"] as? String else { throw .invalidRequest("reference is required") }
        if let problem = PaymentReference.problem(reference) { throw .invalidRequest("reference: \(problem)") }
        let language = object["language"] as? String ?? OPPaymentAPI.defaultLanguage
        guard object["language"] == nil || object["language"] is String,
              OPPaymentAPI.languages.contains(language) else {
            throw .invalidRequest("language must be fi, sv or en")
        }
        if let message = object["messageToCustomer"] {
            guard let text = message as? String, text.count <= OPPaymentAPI.maxMessageLength else {
                throw .invalidRequest("messageToCustomer must be text of at most 500 characters")
            }
        }
        if object["b2bBackend"] != nil { _ = try url(object, "b2bBackend") }
        return Create(cents: cents, accountID: accountID.lowercased(), reference: reference,
                      returnURL: try url(object, "return"), cancelURL: try url(object, "cancel"),
                      rejectURL: try url(object, "reject"), language: language)
    }

    static func refund(_ body: [UInt8]) throws(OPError) -> Refund {
        let object = try object(body)
        let cents = try amount(object)
        let reference = object["reference"] as? String
        let message = object["message"] as? String
        guard (reference == nil) != (message == nil) else {
            throw .invalidRequest("a refund has either a reference or a message, not both and not neither")
        }
        if let reference, let problem = PaymentReference.problem(reference) {
            throw .invalidRequest("reference: \(problem)")
        }
        if let message, message.isEmpty || message.count > OPPaymentAPI.maxMessageLength {
            throw .invalidRequest("message must be 1 to 500 characters")
        }
        return Refund(cents: cents, reference: reference, message: message)
    }

    private static func object(_ body: [UInt8]) throws(OPError) -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
            throw .invalidRequest("The body must be a JSON object")
        }
        return object
    }

    /// `amount` a string with two decimals above zero, `currency` EUR.
    private static func amount(_ object: [String: Any]) throws(OPError) -> Int {
        guard let text = object["amount"] as? String, let cents = OPAmount.cents(text), cents > 0 else {
            throw .invalidRequest("amount must be a string with two decimals above zero, e.g. \"10.00\"")
        }
        guard object["currency"] as? String == OPPaymentAPI.currency else {
            throw .invalidRequest("currency must be EUR")
        }
        return cents
    }

    /// `{"url": ...}`: http(s), with a host that is not this machine.
    private static func url(_ object: [String: Any], _ name: String) throws(OPError) -> String {
        guard let url = (object[name] as? [String: Any])?["url"] as? String else {
            throw .invalidRequest("\(name) must be an object with a url")
        }
        if let problem = OPNewPayment.urlProblem(url) { throw .invalidRequest("\(name).url \(problem)") }
        return url
    }
}
