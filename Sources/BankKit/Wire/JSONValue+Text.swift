/// The text forms of a `JSONValue`: compact (raw, for pipes) and indented by two spaces (for a terminal), with
/// every string passed through `clean` so a server's control characters never reach the terminal.
extension JSONValue {
    public func text(pretty: Bool, clean: (String) -> String = { $0 }) -> String {
        var out = ""
        write(into: &out, indent: pretty ? 0 : nil, clean: clean)
        return out
    }

    private func write(into out: inout String, indent: Int?, clean: (String) -> String) {
        let newline = indent.map { "\n" + String(repeating: "  ", count: $0 + 1) } ?? ""
        let closing = indent.map { "\n" + String(repeating: "  ", count: $0) } ?? ""
        let inner = indent.map { $0 + 1 }
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let text): out += text
        case .string(let value): out += Self.quoted(clean(value))
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (position, item) in items.enumerated() {
                out += (position > 0 ? "," : "") + newline
                item.write(into: &out, indent: inner, clean: clean)
            }
            out += closing + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{"
            for (position, member) in members.enumerated() {
                out += (position > 0 ? "," : "") + newline + Self.quoted(clean(member.key)) + (indent == nil ? ":" : ": ")
                member.value.write(into: &out, indent: inner, clean: clean)
            }
            out += closing + "}"
        }
    }

    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7f:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
