import Foundation

/// A read-only view of one decoded JSON object with lenient typed accessors: OBP sends numbers as strings and
/// strings as numbers, nulls where a view hides a field, and leaves optional fields out. Each accessor answers nil
/// for a missing, null or unconvertible value instead of failing the whole document.
struct JSONObject {
    let fields: [String: Any]

    init(_ fields: [String: Any]) {
        self.fields = fields
    }

    /// Parses `data` whose top level must be an object; anything else (HTML, a cut body) is a bad response.
    static func parse(_ data: Data, context: @autoclosure () -> String) throws(BankError) -> JSONObject {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw BankError(kind: .badResponse, message: "\(context()): the server did not send JSON (\(Self.preview(data)))")
        }
        guard let object = value as? [String: Any] else {
            throw BankError(kind: .badResponse, message: "\(context()): expected a JSON object")
        }
        return JSONObject(object)
    }

    /// The first bytes of a body, flattened to one printable line, for error messages.
    static func preview(_ data: Data) -> String {
        guard !data.isEmpty else { return "empty body" }
        let text = String(decoding: data.prefix(60), as: UTF8.self)
        let flat = String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
        return "starts with \"\(flat)\""
    }

    func string(_ key: String) -> String? {
        switch fields[key] {
        case let value as String: return value
        case let value as NSNumber where !Self.isBool(value): return value.stringValue
        default: return nil
        }
    }

    func int(_ key: String) -> Int? {
        switch fields[key] {
        case let value as NSNumber where !Self.isBool(value): return value.intValue
        case let value as String: return Int(value.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    func double(_ key: String) -> Double? {
        switch fields[key] {
        case let value as NSNumber where !Self.isBool(value): return value.doubleValue
        case let value as String: return Double(value.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    func bool(_ key: String) -> Bool? {
        switch fields[key] {
        case let value as NSNumber: return value.boolValue
        case let value as String:
            switch value.lowercased() {
            case "true", "yes", "1": return true
            case "false", "no", "0": return false
            default: return nil
            }
        default: return nil
        }
    }

    /// Money amounts: a decimal string, or a JSON number read through its shortest text so 0.1 stays 0.1.
    func decimal(_ key: String) -> Decimal? {
        guard let text = string(key) else { return nil }
        return Decimal(string: text.trimmingCharacters(in: .whitespaces), locale: Self.posix)
    }

    func date(_ key: String) -> Date? {
        string(key).flatMap(OBPDate.parse)
    }

    func object(_ key: String) -> JSONObject? {
        (fields[key] as? [String: Any]).map(JSONObject.init)
    }

    /// nil when the field is missing or null (a view hides it); objects that are not objects are skipped.
    func objects(_ key: String) -> [JSONObject]? {
        guard let array = fields[key] as? [Any] else { return nil }
        return array.compactMap { ($0 as? [String: Any]).map(JSONObject.init) }
    }

    func strings(_ key: String) -> [String]? {
        guard let array = fields[key] as? [Any] else { return nil }
        return array.compactMap { $0 as? String }
    }

    func has(_ key: String) -> Bool {
        fields[key] != nil
    }

    func isNull(_ key: String) -> Bool {
        fields[key] is NSNull
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// JSONSerialization hands booleans over as NSNumber whose Objective-C type is `c` (char); a `true` must not
    /// read as the number 1 or the string "1".
    private static func isBool(_ number: NSNumber) -> Bool {
        number.objCType.pointee == 0x63
    }
}
