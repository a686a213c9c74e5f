/// Response headers, looked up without regard to case as HTTP requires. A repeated header keeps its last value.
public struct HTTPHeaders: Sendable, Hashable {
    private var values: [String: String] = [:]

    public init(_ pairs: [(String, String)] = []) {
        for (name, value) in pairs { self[name] = value }
    }

    /// Every header as (lower-cased name, value), sorted by name.
    public var all: [(name: String, value: String)] {
        values.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
    }

    public subscript(name: String) -> String? {
        get { values[name.lowercased()] }
        set { values[name.lowercased()] = newValue }
    }
}
