import BankKit

/// The small part of jq that `bankterm api --jq` understands, built in so scripts need no other tool: paths
/// (`.`, `.banks`, `.banks[0].id`, `.banks[].id`, `.[]`), `keys`, `length`, joined with `|`. Anything else is
/// refused with a message that says so; pipe the output to jq itself for more.
struct JQSubset {
    enum Failure: Error, CustomStringConvertible {
        case unsupported(String)
        case notApplicable(String)

        var description: String {
            switch self {
            case .unsupported(let part):
                "--jq: \"\(part)\" is not in the built-in subset (paths like .banks[].id, .[0], keys, length, joined "
                    + "with |); pipe to jq for more"
            case .notApplicable(let reason): "--jq: \(reason)"
            }
        }
    }

    private enum Step {
        case key(String)
        case index(Int)
        case each
        case keys
        case length
    }

    private let stages: [[Step]]

    init(_ expression: String) throws {
        stages = try expression.split(separator: "|").map { try Self.parse($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// The values the expression yields for `input`, in order.
    func run(_ input: JSONValue) throws -> [JSONValue] {
        try stages.reduce([input]) { values, steps in
            try values.flatMap { value in try steps.reduce([value]) { current, step in try current.flatMap { try apply(step, $0) } } }
        }
    }

    private func apply(_ step: Step, _ value: JSONValue) throws -> [JSONValue] {
        switch (step, value) {
        case (.key, .null), (.index, .null): return [.null]
        case (.key(let key), .object): return [value[key] ?? .null]
        case (.index(let index), .array(let items)):
            let position = index < 0 ? items.count + index : index
            return [items.indices.contains(position) ? items[position] : .null]
        case (.each, .array(let items)): return items
        case (.each, .object(let members)): return members.map(\.value)
        case (.keys, .object(let members)): return [.array(members.map(\.key).sorted().map(JSONValue.string))]
        case (.keys, .array(let items)): return [.array(items.indices.map { .number(String($0)) })]
        case (.length, .array(let items)): return [.number(String(items.count))]
        case (.length, .object(let members)): return [.number(String(members.count))]
        case (.length, .string(let text)): return [.number(String(text.count))]
        case (.length, .null): return [.number("0")]
        default: throw Failure.notApplicable("cannot apply \(step) to \(value.text(pretty: false).prefix(40))")
        }
    }

    private static func parse(_ text: String) throws -> [Step] {
        if text == "keys" { return [.keys] }
        if text == "length" { return [.length] }
        guard text.hasPrefix(".") else { throw Failure.unsupported(text) }
        var steps = [Step]()
        var rest = Substring(text.dropFirst())
        while !rest.isEmpty {
            if rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]") else { throw Failure.unsupported(text) }
                let inside = rest[rest.index(after: rest.startIndex)..<close]
                if inside.isEmpty {
                    steps.append(.each)
                } else if let index = Int(inside) {
                    steps.append(.index(index))
                } else {
                    throw Failure.unsupported(text)
                }
                rest = rest[rest.index(after: close)...]
            } else {
                if rest.hasPrefix(".") { rest = rest.dropFirst() }
                let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
                guard !name.isEmpty else { throw Failure.unsupported(text) }
                steps.append(.key(String(name)))
                rest = rest.dropFirst(name.count)
            }
        }
        return steps
    }
}
