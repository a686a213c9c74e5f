import Foundation

/// A parsed JSON document: its bytes and a flat list of tokens pointing into them. No value is turned into a
/// Swift string until a decoder asks for it, so the dozens of fields a decoder never reads (routings, aliases,
/// URLs) cost a token each and no allocation. Decoding a transaction page this way is several times faster than
/// building a tree with a string per key and value.
final class JSONDocument: Sendable {
    let bytes: [UInt8]
    /// In document order: a container's token comes before its children, an object's children alternate key and
    /// value. The root is token 0.
    let tokens: [JSONToken]

    init(bytes: [UInt8], tokens: [JSONToken]) {
        self.bytes = bytes
        self.tokens = tokens
    }

    /// The text of a string (unescaped) or of a number token.
    func text(at token: Int) -> String {
        let token = tokens[token]
        return bytes.withUnsafeBufferPointer { buffer in
            let slice = UnsafeBufferPointer(rebasing: buffer[Int(token.start)..<Int(token.end)])
            return token.kind == .escapedString ? Self.unescape(slice) : String(decoding: slice, as: UTF8.self)
        }
    }

    /// Calls `body` with the raw bytes of a token: a string's contents between the quotes (escapes as sent), or a
    /// number's text.
    func withBytes<T>(of token: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let token = tokens[token]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(token.start)..<Int(token.end)])) }
    }

    /// The token of `key`'s value in the object at `object`, the first one when the key repeats.
    func member(_ key: String, in object: Int) -> Int? {
        var key = key
        return key.withUTF8 { key in
            tokens.withUnsafeBufferPointer { tokens in
                bytes.withUnsafeBufferPointer { bytes in
                    let end = Int(tokens[object].next)
                    var index = object + 1
                    while index < end {
                        let name = tokens[index]
                        if Int(name.end - name.start) == key.count || name.kind == .escapedString {
                            let raw = UnsafeBufferPointer(rebasing: bytes[Int(name.start)..<Int(name.end)])
                            let matches = name.kind == .escapedString
                                ? Self.unescape(raw).utf8.elementsEqual(key)
                                : key.isEmpty || memcmp(raw.baseAddress!, key.baseAddress!, key.count) == 0
                            if matches { return index + 1 }
                        }
                        index = Int(tokens[index + 1].next)
                    }
                    return nil
                }
            }
        }
    }

    /// The tokens of the elements of the array at `array`.
    func elements(of array: Int) -> [Int] {
        var result: [Int] = []
        let end = Int(tokens[array].next)
        var index = array + 1
        while index < end {
            result.append(index)
            index = Int(tokens[index].next)
        }
        return result
    }

    /// A string's contents with its escapes decoded. The parser has checked every escape, so nothing fails here;
    /// a lone surrogate becomes U+FFFD.
    private static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(raw.count)
        var index = 0
        func hex4() -> UInt32 {
            var value: UInt32 = 0
            for byte in raw[index..<index + 4] {
                value = value << 4 | UInt32(byte <= 0x39 ? byte - 0x30 : (byte | 0x20) - 0x61 + 10)
            }
            index += 4
            return value
        }
        while index < raw.count {
            let byte = raw[index]
            index += 1
            guard byte == UInt8(ascii: "\\") else {
                utf8.append(byte)
                continue
            }
            let escape = raw[index]
            index += 1
            switch escape {
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = hex4()
                if (0xD800...0xDBFF).contains(scalar), index + 6 <= raw.count, raw[index] == UInt8(ascii: "\\"),
                   raw[index + 1] == UInt8(ascii: "u") {
                    index += 2
                    let low = hex4()
                    scalar = (0xDC00...0xDFFF).contains(low) ? 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                }
                utf8.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
            default: utf8.append(escape) // \" \\ \/
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}

/// One value of a `JSONDocument`.
struct JSONToken: Sendable {
    enum Kind: UInt8, Sendable {
        case object, array, string, escapedString, number, `true`, `false`, null
    }

    var kind: Kind
    /// Byte range of a string's contents (without quotes) or a number's text; for containers, where they open.
    var start: UInt32
    var end: UInt32
    /// The token after this value and everything inside it.
    var next: UInt32
}
