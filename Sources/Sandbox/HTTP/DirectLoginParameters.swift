import HTTPTypes

/// The parameters of a DirectLogin header, in either form OBP accepts:
/// `DirectLogin: username=U, password=P, consumer_key=K` or
/// `Authorization: DirectLogin username="U",password="P",consumer_key="K"` (and `token=T` for later calls).
struct DirectLoginParameters: Sendable, Equatable {
    let values: [String: String]

    subscript(_ name: String) -> String? { values[name] }

    private static let directLogin = HTTPField.Name("DirectLogin")!

    /// The parameters a request carries, in its `DirectLogin` or its `Authorization` header.
    init?(headers: HTTPFields) {
        self.init(directLoginHeader: headers[Self.directLogin], authorizationHeader: headers[.authorization])
    }

    /// Read as UTF-8 bytes: every request with a token parses this header, and its separators are ASCII, which
    /// never occurs inside a multi-byte character.
    init?(directLoginHeader: String?, authorizationHeader: String?) {
        let text: Substring.UTF8View
        if let header = directLoginHeader {
            text = Substring(header).utf8
        } else if let header = authorizationHeader, header.utf8.starts(with: Self.scheme) {
            text = Substring(header).utf8.dropFirst(Self.scheme.count)
        } else {
            return nil
        }
        var values = [String: String]()
        for part in text.split(separator: UInt8(ascii: ",")) {
            guard let equals = part.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let key = Self.trimmed(part[..<equals])
            var value = Self.trimmed(part[part.index(after: equals)...])
            if value.count >= 2, value.first == UInt8(ascii: "\""), value.last == UInt8(ascii: "\"") {
                value = value.dropFirst().dropLast()
            }
            values[String(Substring(key))] = String(Substring(value))
        }
        self.values = values
    }

    private static let scheme = "DirectLogin".utf8

    private static func trimmed(_ bytes: Substring.UTF8View) -> Substring.UTF8View {
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return bytes[bytes.endIndex...] }
        return bytes[first...last]
    }
}
