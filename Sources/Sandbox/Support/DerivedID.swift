/// Deterministic UUID-shaped ids derived from natural keys, so loading the same data twice yields the same rows.
enum DerivedID {
    static func make(_ parts: String...) -> String {
        let key = parts.joined(separator: "\u{1f}")
        let high = StableHash.hex(key)
        let low = StableHash.hex("\(key)\u{1f}\(high)")
        let hex = Array(high + low)
        return "\(String(hex[0..<8]))-\(String(hex[8..<12]))-\(String(hex[12..<16]))-\(String(hex[16..<20]))-\(String(hex[20..<32]))"
    }

    /// OBP's style of public alias for a counterparty: `ALIAS_` and six hex digits.
    static func publicAlias(_ parts: String...) -> String {
        "ALIAS_" + String(StableHash.hex(parts.joined(separator: "\u{1f}")).prefix(6)).uppercased()
    }
}
