import Foundation

/// A read-only view of one JSON object with lenient typed accessors: OBP sends numbers as strings and strings
/// as numbers, nulls where a view hides a field, and leaves optional fields out. Each accessor answers nil for a
/// missing, null or unconvertible value instead of failing the whole document.
struct JSONObject {
    let document: JSONDocument
    /// The object's token in `document`.
    let token: Int

    /// Parses `data` whose top level must be an object; anything else (HTML, a cut body) is a bad response.
    static func parse(_ data: Data, context: @autoclosure () -> String) throws(BankError) -> JSONObject {
        let document = try document(data, context: context())
        guard document.tokens[0].kind == .object else {
            throw BankError(kind: .badResponse, message: "\(context()): expected a JSON object")
        }
        return JSONObject(document: document, token: 0)
    }

    /// The objects of a list sent either as the top-level array or under `key` of a top-level object.
    static func list(_ data: Data, key: String, context: @autoclosure () -> String) throws(BankError) -> [JSONObject]? {
        let document = try document(data, context: context())
        switch document.tokens[0].kind {
        case .array: return JSONObject.objects(in: document, array: 0)
        case .object: return JSONObject(document: document, token: 0).objects(key)
        default: return nil
        }
    }

    private static func document(_ data: Data, context: @autoclosure () -> String) throws(BankError) -> JSONDocument {
        do {
            return try JSONParser.parse(data)
        } catch {
            throw BankError(kind: .badResponse, message: "\(context()): the server did not send valid JSON "
                            + "(\(error.reason) at byte \(error.offset); \(preview(data)))")
        }
    }

    /// The first bytes of a body, flattened to one printable line, for error messages.
    static func preview(_ data: Data) -> String {
        guard !data.isEmpty else { return "empty body" }
        let text = String(decoding: data.prefix(60), as: UTF8.self)
        let flat = String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
        return "starts with \"\(flat)\""
    }

    /// The token of `key`'s value, nil when the key is missing or its value is null.
    private func value(_ key: String) -> Int? {
        guard let value = document.member(key, in: token), document.tokens[value].kind != .null else { return nil }
        return value
    }

    private func kind(_ token: Int) -> JSONToken.Kind { document.tokens[token].kind }

    func string(_ key: String) -> String? {
        guard let value = value(key) else { return nil }
        switch kind(value) {
        case .string, .escapedString, .number: return document.text(at: value)
        default: return nil
        }
    }

    /// An id, read as leniently as `string` (OBP sends some ids as numbers); its kind comes from the call site.
    func id<Kind>(_ key: String) -> Identifier<Kind>? {
        string(key).map(Identifier.init(rawValue:))
    }

    func double(_ key: String) -> Double? {
        guard let value = value(key) else { return nil }
        switch kind(value) {
        case .number: return Double(document.text(at: value))
        case .string, .escapedString: return Double(document.text(at: value).trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        switch kind(value) {
        case .true: return true
        case .false: return false
        case .number: return Double(document.text(at: value)).map { $0 != 0 }
        case .string, .escapedString:
            switch document.text(at: value).lowercased() {
            case "true", "yes", "1": return true
            case "false", "no", "0": return false
            default: return nil
            }
        default: return nil
        }
    }

    /// Money amounts: a decimal string or a JSON number, read from its text so 0.1 stays exactly 0.1.
    func decimal(_ key: String) -> Decimal? {
        guard let value = value(key) else { return nil }
        switch kind(value) {
        case .string, .number:
            if let exact = document.withBytes(of: value, DecimalText.parse) { return exact }
            return Self.slowDecimal(document.text(at: value))
        case .escapedString: return Self.slowDecimal(document.text(at: value))
        default: return nil
        }
    }

    /// Amounts with white space, exponents or more digits than 64 bits hold.
    private static func slowDecimal(_ text: String) -> Decimal? {
        // Trimming goes through NSString on Linux; amounts rarely need it.
        let padded = text.first?.isWhitespace == true || text.last?.isWhitespace == true
        return Decimal(string: padded ? text.trimmingCharacters(in: .whitespaces) : text, locale: posix)
    }

    func date(_ key: String) -> Date? {
        guard let value = value(key) else { return nil }
        switch kind(value) {
        case .string: return document.withBytes(of: value, OBPDate.parse(bytes:))
        case .escapedString, .number: return OBPDate.parse(document.text(at: value))
        default: return nil
        }
    }

    func object(_ key: String) -> JSONObject? {
        guard let value = value(key), kind(value) == .object else { return nil }
        return JSONObject(document: document, token: value)
    }

    /// nil when the field is missing or null (a view hides it); elements that are not objects are skipped.
    func objects(_ key: String) -> [JSONObject]? {
        guard let value = value(key), kind(value) == .array else { return nil }
        return Self.objects(in: document, array: value)
    }

    /// The keys in document order, for decoders that read a family of keys (`can_*`).
    var keys: [String] {
        var keys: [String] = []
        var index = token + 1
        while index < Int(document.tokens[token].next) {
            keys.append(document.text(at: index))
            index = Int(document.tokens[index + 1].next)
        }
        return keys
    }

    /// The string elements of an array (numbers as their text); nil when `key` holds no array.
    func strings(_ key: String) -> [String]? {
        guard let value = value(key), kind(value) == .array else { return nil }
        return document.elements(of: value).compactMap { element in
            switch kind(element) {
            case .string, .escapedString, .number: document.text(at: element)
            default: nil
            }
        }
    }

    /// The number of elements when `key` holds an array, else nil.
    func count(_ key: String) -> Int? {
        guard let value = value(key), kind(value) == .array else { return nil }
        return document.elements(of: value).count
    }

    private static func objects(in document: JSONDocument, array: Int) -> [JSONObject] {
        document.elements(of: array).compactMap { element in
            document.tokens[element].kind == .object ? JSONObject(document: document, token: element) : nil
        }
    }

    private static let posix = Locale(identifier: "en_US_POSIX")
}
