/// The text of an `Identifier`: a canonical lowercase UUID (`8-4-4-4-12` lowercase hex digits) as its 128 bits,
/// anything else as the string. Every string that spells a canonical UUID is packed, so two ids are equal exactly
/// when their strings are, and packed ones compare in the strings' order (hex digits sort as their values).
enum IdentifierStorage: Sendable, Hashable {
    case uuid(high: UInt64, low: UInt64)
    case text(String)

    init(_ text: String) {
        self = Self.packed(text).map { .uuid(high: $0.high, low: $0.low) } ?? .text(text)
    }

    var text: String {
        switch self {
        case .text(let text):
            return text
        case .uuid(let high, let low):
            return String(unsafeUninitializedCapacity: 36) { Self.spell(high: high, low: low, into: $0) }
        }
    }

    /// Calls `body` with the text's UTF-8; a packed UUID is spelled on the stack, without making a string.
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch self {
        case .text(var text):
            return text.withUTF8(body)
        case .uuid(let high, let low):
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 36) { buffer in
                let count = Self.spell(high: high, low: low, into: buffer)
                return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
            }
        }
    }

    /// The canonical spelling of a packed UUID into `buffer`'s first 36 bytes; returns 36.
    private static func spell(high: UInt64, low: UInt64, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let digits: StaticString = "0123456789abcdef"
        let hex = digits.utf8Start
        var position = 0
        // Nibbles from the top of `word`, `count` of them, the first one `skip` nibbles down.
        func spell(_ word: UInt64, skip: Int, count: Int) {
            var shift = 60 - 4 * skip
            for _ in 0..<count {
                buffer[position] = hex[Int(truncatingIfNeeded: word >> UInt64(shift)) & 0xF]
                position += 1
                shift -= 4
            }
        }
        func dash() {
            buffer[position] = UInt8(ascii: "-")
            position += 1
        }
        spell(high, skip: 0, count: 8); dash(); spell(high, skip: 8, count: 4); dash(); spell(high, skip: 12, count: 4)
        dash(); spell(low, skip: 0, count: 4); dash(); spell(low, skip: 4, count: 12)
        return position
    }

    var isEmpty: Bool {
        if case .text(let text) = self { return text.isEmpty }
        return false
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        if case .uuid(let lhsHigh, let lhsLow) = lhs, case .uuid(let rhsHigh, let rhsLow) = rhs {
            return (lhsHigh, lhsLow) < (rhsHigh, rhsLow)
        }
        return lhs.text < rhs.text
    }

    /// The 128 bits of `text` when it is a canonical lowercase UUID.
    private static func packed(_ text: String) -> (high: UInt64, low: UInt64)? {
        guard text.utf8.count == 36 else { return nil }
        var text = text
        return text.withUTF8(packed)
    }

    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> (high: UInt64, low: UInt64)? {
        var high: UInt64 = 0
        var low: UInt64 = 0
        var nibbles = 0
        for (position, byte) in bytes.enumerated() {
            if position == 8 || position == 13 || position == 18 || position == 23 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            let value: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            if nibbles < 16 { high = high << 4 | UInt64(value) } else { low = low << 4 | UInt64(value) }
            nibbles += 1
        }
        return (high, low)
    }
}
