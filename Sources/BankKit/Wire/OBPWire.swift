import Foundation

/// Decoders for OBP's JSON, one per wire shape, each tolerant in the ways DESIGN.md lists. They read through
/// `JSONObject` over a `JSONDocument` rather than `Codable`: lenient per-field conversion without a custom
/// `init(from:)` per type, and only the fields a decoder reads ever become strings.
public enum OBPWire {
    static func routings(_ object: JSONObject) -> [Routing] {
        var routings = (object.objects("account_routings") ?? []).compactMap(routing)
        if let single = object.object("account_routing").flatMap(routing) { routings.append(single) }
        if let iban = object.string("IBAN") ?? object.string("iban"), !iban.isEmpty,
           !routings.contains(where: { $0.isIBAN }) {
            routings.append(Routing(scheme: "IBAN", address: iban))
        }
        return routings
    }

    static func routing(_ object: JSONObject) -> Routing? {
        guard let scheme = object.string("scheme"), let address = object.string("address") else { return nil }
        return Routing(scheme: scheme, address: address)
    }

    static func money(_ object: JSONObject?) -> Money? {
        guard let object, let amount = object.decimal("amount") else { return nil }
        return Money(amount: amount, currency: object.string("currency") ?? "")
    }

    /// The author of a tag, comment or image: OBP nests it as `user.display_name`.
    static func author(_ object: JSONObject) -> String? {
        object.object("user").flatMap { $0.string("display_name") ?? $0.string("username") ?? $0.string("id") }
    }

    static func top(_ data: Data, _ what: String) throws(BankError) -> JSONObject {
        try JSONObject.parse(data, context: what)
    }

    /// The list under `key`; a missing or non-list value means the server broke the shape.
    static func list(_ object: JSONObject, _ key: String, _ what: String) throws(BankError) -> [JSONObject] {
        guard let items = object.objects(key) else {
            throw BankError(kind: .badResponse, message: "\(what): the response has no \"\(key)\" list")
        }
        return items
    }

    static func required(_ value: String?, _ field: String, _ what: String) throws(BankError) -> String {
        guard let value, !value.isEmpty else {
            throw BankError(kind: .badResponse, message: "\(what): missing \"\(field)\"")
        }
        return value
    }
}
