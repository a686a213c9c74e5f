/// A JSON value decoded strictly enough to tell booleans from numbers, for comparing response shapes.
indirect enum JSONShape: Decodable, Equatable {
    case null
    case bool
    case number
    case string
    case array([JSONShape])
    case object([String: JSONShape])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if (try? container.decode(Bool.self)) != nil {
            self = .bool
        } else if (try? container.decode(Double.self)) != nil {
            self = .number
        } else if (try? container.decode(String.self)) != nil {
            self = .string
        } else if let array = try? container.decode([JSONShape].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONShape].self))
        }
    }

    /// Differences between `self` (a server response) and an OBP example: missing or extra keys and different
    /// types. A null in the response is accepted anywhere, since views hide fields by sending null.
    func differences(from example: JSONShape, at path: String = "$") -> [String] {
        switch (self, example) {
        case (.null, _), (.bool, .bool), (.number, .number), (.string, .string):
            return []
        case (.array(let items), .array(let examples)):
            guard let first = examples.first else { return [] }
            return items.flatMap { $0.differences(from: first, at: "\(path)[]") }
        case (.object(let members), .object(let expected)):
            var found = [String]()
            let missing = Set(expected.keys).subtracting(members.keys), extra = Set(members.keys).subtracting(expected.keys)
            if !missing.isEmpty { found.append("\(path): missing \(missing.sorted())") }
            if !extra.isEmpty { found.append("\(path): extra \(extra.sorted())") }
            for (key, value) in members { if let example = expected[key] { found += value.differences(from: example, at: "\(path).\(key)") } }
            return found
        default:
            return ["\(path): \(self.kind) where OBP has \(example.kind)"]
        }
    }

    /// The same value with `keys` dropped from every object in it.
    func removing(_ keys: Set<String>) -> JSONShape {
        switch self {
        case .array(let items): .array(items.map { $0.removing(keys) })
        case .object(let members): .object(members.filter { !keys.contains($0.key) }.mapValues { $0.removing(keys) })
        default: self
        }
    }

    private var kind: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
