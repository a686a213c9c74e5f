/// Response headers, looked up without regard to case as HTTP requires. A repeated header keeps its last value.
public struct HTTPHeaders: Sendable, Hashable {
    private var values: [String: String] = [:]

    public init(_ pairs: [(String, String)] = []) {
        for (name, value) in pairs { self[name] = value }
    }

    public subscript(name: String) -> String? {
        get { values[name.lowercased()] }
        set { values[name.lowercased()] = newValue }
    }
}
