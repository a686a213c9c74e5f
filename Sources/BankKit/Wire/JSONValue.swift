/// A parsed JSON document. Numbers keep their text so that amounts convert to `Decimal` without a detour through
/// `Double`; objects keep their members in order, looked up by a linear scan, which beats hashing for the
/// dozen-key objects OBP sends.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([Member])

    struct Member: Sendable, Equatable {
        var key: String
        var value: JSONValue
    }
}
