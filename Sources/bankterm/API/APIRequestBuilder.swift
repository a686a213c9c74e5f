import BankKit
import Foundation

/// Turns `bankterm api`'s words and options into a request, as `gh api` does: `[METHOD] PATH`, GET unless a body
/// is given (then POST, except when paginating, which only GETs); `--field k=v` typed (true, false, null and numbers become JSON values), `--raw-field k=v`
/// always text; fields are the query of a GET and the JSON body of anything else; `--input` is the body as is.
struct APIRequestBuilder {
    var words: [String]
    var fields: [String]
    var rawFields: [String]
    var input: String?
    var headers: [String]
    var paginate = false

    func build(readInput: (String) throws -> Data) throws(BankError) -> RawAPIRequest {
        guard (1...2).contains(words.count) else { throw Self.invalid("give [METHOD] PATH, e.g. bankterm api /banks") }
        let hasBody = input != nil || !fields.isEmpty || !rawFields.isEmpty
        let methodText = words.count == 2 ? words[0].uppercased() : hasBody && !paginate ? "POST" : "GET"
        guard let method = HTTPMethod(rawValue: methodText) else {
            throw Self.invalid("unknown method \(words[0]) (use GET, POST, PUT or DELETE)")
        }
        let path = words[words.count - 1]
        guard path.hasPrefix("/") else { throw Self.invalid("the path must start with /, e.g. /banks") }
        let pairs = try fields.map { field throws(BankError) in try Self.pair(field) }.map { ($0.0, Self.typed($0.1)) }
            + (try rawFields.map { field throws(BankError) in try Self.pair(field) }.map { ($0.0, JSONValue.string($0.1)) })
        var request = RawAPIRequest(method: method, path: path)
        request.headers = try headers.map { header throws(BankError) in
            guard let colon = header.firstIndex(of: ":") else { throw Self.invalid("--header wants NAME:VALUE, got \(header)") }
            return HTTPHeader(String(header[..<colon]).trimmingCharacters(in: .whitespaces),
                              String(header[header.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
        }
        if let input {
            guard pairs.isEmpty else { throw Self.invalid("--input and --field cannot be combined") }
            do {
                request.body = try readInput(input)
            } catch {
                throw Self.invalid("cannot read \(input): \(error.localizedDescription)")
            }
        } else if method == .get {
            request.query = pairs.map { ($0.0, Self.queryText($0.1)) }
        } else if !pairs.isEmpty {
            request.body = Data(JSONValue.object(pairs.map { (key: $0.0, value: $0.1) }).text(pretty: false).utf8)
        }
        return request
    }

    private static func pair(_ field: String) throws(BankError) -> (String, String) {
        guard let equals = field.firstIndex(of: "="), equals != field.startIndex else {
            throw invalid("a field is KEY=VALUE, got \(field)")
        }
        return (String(field[..<equals]), String(field[field.index(after: equals)...]))
    }

    private static func typed(_ text: String) -> JSONValue {
        switch text {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default:
            if let number = try? JSONValue.parse(Array(text.utf8)), case .number = number { return number }
            return .string(text)
        }
    }

    private static func queryText(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        return value.text(pretty: false)
    }

    private static func invalid(_ message: String) -> BankError { BankError(kind: .invalidInput, message: message) }
}
