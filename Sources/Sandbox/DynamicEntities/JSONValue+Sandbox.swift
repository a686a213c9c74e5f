import BankKit
import Foundation

/// Dynamic entity bodies are read with BankKit's `JSONValue`, which keeps key order and a number's text: OBP tells
/// `5` from `5.0` by how it is written, and sends a definition back in the order it was posted.
extension JSONValue {
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The body of a request as a JSON object with numbers as RFC 8259 writes them; anything else is OBP-10001.
    static func object(from body: [UInt8]) throws(OBPError) -> [(key: String, value: JSONValue)] {
        guard let value = try? JSONValue.parse(body), value.isStrict, case .object(let members) = value else {
            throw OBPError.invalidJSON
        }
        return members
    }

    /// A value stored by the sandbox itself, so known to parse.
    static func stored(_ text: String) -> JSONValue {
        (try? JSONValue.parse(Array(text.utf8))) ?? .null
    }

    /// Whether every number is in JSON's grammar (the parser also takes forms such as `+1` or `1.`).
    private var isStrict: Bool {
        switch self {
        case .number(let text):
            text.range(of: "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$", options: .regularExpression) != nil
        case .array(let items): items.allSatisfy(\.isStrict)
        case .object(let members): members.allSatisfy(\.value.isStrict)
        case .null, .bool, .string: true
        }
    }

    /// The sandbox's own JSON for a response, numbers written as they came.
    var json: JSON {
        switch self {
        case .null: .null
        case .bool(let value): .bool(value)
        case .number(let text): .raw(Array(text.utf8))
        case .string(let text): .string(text)
        case .array(let items): .array(items.map(\.json))
        case .object(let members): .object(members.map { JSON.Member(key: $0.key, value: $0.value.json) })
        }
    }
}
