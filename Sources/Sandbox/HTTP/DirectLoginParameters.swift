/// The parameters of a DirectLogin header, in either form OBP accepts:
/// `DirectLogin: username=U, password=P, consumer_key=K` or
/// `Authorization: DirectLogin username="U",password="P",consumer_key="K"` (and `token=T` for later calls).
struct DirectLoginParameters: Sendable, Equatable {
    let values: [String: String]

    subscript(_ name: String) -> String? { values[name] }

    init?(directLoginHeader: String?, authorizationHeader: String?) {
        let text: Substring
        if let header = directLoginHeader {
            text = Substring(header)
        } else if let header = authorizationHeader, header.hasPrefix("DirectLogin") {
            text = header.dropFirst("DirectLogin".count)
        } else {
            return nil
        }
        var values = [String: String]()
        for part in text.split(separator: ",") {
            guard let equals = part.firstIndex(of: "=") else { continue }
            let key = part[..<equals].trimmingSpaces
            var value = part[part.index(after: equals)...].trimmingSpaces
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            values[key] = value
        }
        self.values = values
    }
}

private extension Substring {
    /// Scans UTF-8 from both ends: every request with a token parses this header.
    var trimmingSpaces: String {
        let bytes = utf8
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
