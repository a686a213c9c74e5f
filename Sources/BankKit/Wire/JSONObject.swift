import Foundation

/// A read-only view of one JSON object with lenient typed accessors: OBP sends numbers as strings and strings
/// as numbers, nulls where a view hides a field, and leaves optional fields out. Each accessor answers nil for a
/// missing, null or unconvertible value instead of failing the whole document.
struct JSONObject {
    let members: [JSONValue.Member]

    init(_ members: [JSONValue.Member]) {
        self.members = members
    }

    /// Parses `data` whose top level must be an object; anything else (HTML, a cut body) is a bad response.
    static func parse(_ data: Data, context: @autoclosure () -> String) throws(BankError) -> JSONObject {
        let value: JSONValue
        do {
            value = try JSONParser.parse(data)
        } catch {
            throw BankError(kind: .badResponse, message: "\(context()): the server did not send valid JSON "
                            + "(\(error.reason) at byte \(error.offset); \(preview(data)))")
        }
        guard case .object(let members) = value else {
            throw BankError(kind: .badResponse, message: "\(context()): expected a JSON object")
        }
        return JSONObject(members)
    }

    /// The first bytes of a body, flattened to one printable line, for error messages.
    static func preview(_ data: Data) -> String {
        guard !data.isEmpty else { return "empty body" }
        let text = String(decoding: data.prefix(60), as: UTF8.self)
        let flat = String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
        return "starts with \"\(flat)\""
    }

    subscript(key: String) -> JSONValue? {
        for member in members where member.key == key { return member.value }
        return nil
    }

    func string(_ key: String) -> String? {
        switch self[key] {
        case .string(let value)?: return value
        case .number(let text)?: return text
        default: return nil
        }
    }

    func double(_ key: String) -> Double? {
        switch self[key] {
        case .number(let text)?: return Double(text)
        case .string(let value)?: return Double(value.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    func bool(_ key: String) -> Bool? {
        switch self[key] {
        case .bool(let value)?: return value
        case .number(let text)?: return Double(text).map { $0 != 0 }
        case .string(let value)?:
            switch value.lowercased() {
            case "true", "yes", "1": return true
            case "false", "no", "0": return false
            default: return nil
            }
        default: return nil
        }
    }

    /// Money amounts: a decimal string or a JSON number, read from its text so 0.1 stays exactly 0.1.
    func decimal(_ key: String) -> Decimal? {
        guard let text = string(key) else { return nil }
        // Trimming goes through NSString on Linux, a tenth of a page's decode time; amounts rarely need it.
        let padded = text.first?.isWhitespace == true || text.last?.isWhitespace == true
        return Decimal(string: padded ? text.trimmingCharacters(in: .whitespaces) : text, locale: Self.posix)
    }

    func date(_ key: String) -> Date? {
        string(key).flatMap(OBPDate.parse)
    }

    func object(_ key: String) -> JSONObject? {
        guard case .object(let members)? = self[key] else { return nil }
        return JSONObject(members)
    }

    /// nil when the field is missing or null (a view hides it); elements that are not objects are skipped.
    func objects(_ key: String) -> [JSONObject]? {
        guard case .array(let elements)? = self[key] else { return nil }
        return elements.compactMap { element in
            guard case .object(let members) = element else { return nil }
            return JSONObject(members)
        }
    }

    private static let posix = Locale(identifier: "en_US_POSIX")
}
