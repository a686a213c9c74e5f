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
            return String(unsafeUninitializedCapacity: 36) { buffer in
                var position = 0
                for nibble in 0..<32 {
                    if nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20 {
                        buffer[position] = UInt8(ascii: "-")
                        position += 1
                    }
                    let word = nibble < 16 ? high : low
                    let value = UInt8(truncatingIfNeeded: word >> UInt64(60 - (nibble % 16) * 4)) & 0xF
                    buffer[position] = value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
                    position += 1
                }
                return 36
            }
        }
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
