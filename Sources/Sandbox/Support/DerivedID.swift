/// Deterministic UUID-shaped ids derived from natural keys, so loading the same data twice yields the same rows.
enum DerivedID {
    /// FNV-1a of the parts joined by U+001F, then of that key, U+001F and the first hash's hex, laid out as a
    /// UUID. Built on bytes: the demo generator makes one per transaction, and joining strings and slicing
    /// `Character`s cost more than inserting the row.
    static func make(_ parts: String...) -> String {
        var hash: UInt64 = StableHash.fnvOffset
        for (index, part) in parts.enumerated() {
            if index > 0 { hash = StableHash.fnv1a(0x1f, hash) }
            hash = StableHash.fnv1a(part.utf8, hash)
        }
        let high = hash
        var hex = [UInt8](repeating: 0, count: 32)
        StableHash.writeHex(high, into: &hex, at: 0)
        var low = StableHash.fnv1a(0x1f, hash)
        low = StableHash.fnv1a(hex[0..<16], low)
        StableHash.writeHex(low, into: &hex, at: 16)
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var out = 0
            for (index, digit) in hex.enumerated() {
                if index == 8 || index == 12 || index == 16 || index == 20 { buffer[out] = UInt8(ascii: "-"); out += 1 }
                buffer[out] = digit
                out += 1
            }
            return out
        }
    }

    /// OBP's style of public alias for a counterparty: `ALIAS_` and six hex digits.
    static func publicAlias(_ parts: String...) -> String {
        "ALIAS_" + String(StableHash.hex(parts.joined(separator: "\u{1f}")).prefix(6)).uppercased()
    }
}
