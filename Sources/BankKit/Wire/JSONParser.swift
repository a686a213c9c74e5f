import Foundation

/// A strict RFC 8259 parser over UTF-8 bytes into a `JSONDocument`, written for speed on long transaction lists
/// and for safety on hostile input: nesting is bounded, so a deeply nested body cannot exhaust the stack.
struct JSONParser {
    struct Failure: Error, Equatable {
        var offset: Int
        var reason: String
    }

    static let maxDepth = 256

    static func parse(_ data: Data) throws(Failure) -> JSONDocument {
        let bytes = [UInt8](data)
        let result: Result<[JSONToken], Failure> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer)
            return Result { () throws(Failure) -> [JSONToken] in
                parser.skipWhitespace()
                try parser.value(depth: 0)
                parser.skipWhitespace()
                guard parser.index == parser.bytes.count else { throw parser.failure("trailing characters") }
                return parser.tokens
            }
        }
        return JSONDocument(bytes: bytes, tokens: try result.get())
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var tokens: [JSONToken] = []

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // About one token per 12 bytes in OBP's pages; reserving avoids most regrowth.
        tokens.reserveCapacity(bytes.count / 12 + 1)
    }

    private func failure(_ reason: String) -> Failure {
        Failure(offset: index, reason: reason)
    }

    private mutating func append(_ kind: JSONToken.Kind, from start: Int, to end: Int) {
        tokens.append(JSONToken(kind: kind, start: UInt32(start), end: UInt32(end), next: UInt32(tokens.count + 1)))
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(Failure) {
        guard index < bytes.count else { throw failure("unexpected end") }
        switch bytes[index] {
        case UInt8(ascii: "{"): try container(.object, closer: UInt8(ascii: "}"), depth: depth + 1)
        case UInt8(ascii: "["): try container(.array, closer: UInt8(ascii: "]"), depth: depth + 1)
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try literal("true", .true)
        case UInt8(ascii: "f"): try literal("false", .false)
        case UInt8(ascii: "n"): try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw failure("unexpected character")
        }
    }

    private mutating func literal(_ word: StaticString, _ kind: JSONToken.Kind) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw failure("unexpected end") }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw failure("bad literal")
        }
        append(kind, from: index, to: index + count)
        index += count
    }

    /// An object or an array: its token first, then its members (key, value, key, value...) or elements.
    private mutating func container(_ kind: JSONToken.Kind, closer: UInt8, depth: Int) throws(Failure) {
        guard depth <= Self.maxDepth else { throw failure("nested too deeply") }
        let at = tokens.count
        append(kind, from: index, to: index)
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == closer {
            index += 1
            return
        }
        while true {
            skipWhitespace()
            if kind == .object {
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a key") }
                try string()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected :") }
                index += 1
                skipWhitespace()
            }
            try value(depth: depth)
            skipWhitespace()
            guard index < bytes.count else { throw failure("unexpected end") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == closer {
                index += 1
                tokens[at].end = UInt32(index)
                tokens[at].next = UInt32(tokens.count)
                return
            } else {
                throw failure(kind == .object ? "expected , or }" : "expected , or ]")
            }
        }
    }

    private mutating func number() throws(Failure) {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let digitsStart = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        guard index > digitsStart else { throw failure("bad number") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > fractionStart else { throw failure("bad number") }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            let exponentStart = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > exponentStart else { throw failure("bad number") }
        }
        append(.number, from: start, to: index)
    }

    /// A string token. Escapes are checked here and decoded only when a decoder reads the string.
    private mutating func string() throws(Failure) {
        index += 1
        let start = index
        var escaped = false
        // The caller saw the opening quote, so the buffer is not empty.
        let base = bytes.baseAddress!
        while true {
            // Most bytes are ordinary: skip them without the checks below.
            var at = index
            let count = bytes.count
            // Eight bytes at a time while none of them is a quote, a backslash or a control character.
            while at + 8 <= count, !Self.hasSpecialByte(UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self)) {
                at += 8
            }
            while at < count {
                let byte = base[at]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
                at += 1
            }
            index = at
            guard index < bytes.count else { throw failure("unterminated string") }
            switch base[index] {
            case UInt8(ascii: "\""):
                append(escaped ? .escapedString : .string, from: start, to: index)
                index += 1
                return
            case UInt8(ascii: "\\"):
                index += 1
                escaped = true
                try escape()
            default:
                throw failure("control character in string")
            }
        }
    }

    /// Whether any byte of `word` is below 0x20, `"` or `\\` (the classic SWAR zero-byte test, applied to the
    /// word XORed with each byte sought, and a has-less-than test for the control characters).
    @inline(__always)
    private static func hasSpecialByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        return hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C)) || (word &- ones &* 0x20) & ~word & highs != 0
    }

    private mutating func escape() throws(Failure) {
        guard index < bytes.count else { throw failure("unterminated escape") }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return
        case UInt8(ascii: "u"):
            try hex4()
        default:
            throw failure("bad escape")
        }
    }

    private mutating func hex4() throws(Failure) {
        guard index + 4 <= bytes.count else { throw failure("short \\u escape") }
        for _ in 0..<4 {
            switch bytes[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
                 UInt8(ascii: "A")...UInt8(ascii: "F"):
                index += 1
            default:
                throw failure("bad \\u escape")
            }
        }
    }
}
