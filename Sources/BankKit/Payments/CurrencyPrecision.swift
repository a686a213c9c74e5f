/// Digits after the decimal point per ISO 4217. Amounts with more digits than their currency has are refused,
/// by the sandbox and by the client, rather than rounded silently. Case does not matter.
public enum CurrencyPrecision {
    private static let zero = packed(["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
                                      "VND", "VUV", "XAF", "XOF", "XPF"])
    private static let three = packed(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"])

    public static func digits(_ currency: String) -> Int {
        // Asked twice for every transaction an export writes: three bytes in an integer, against a short list,
        // where an uppercased copy and two set lookups were 2% of `--all --format json`.
        guard let code = code(currency) else { return 2 }
        if zero.contains(code) { return 0 }
        if three.contains(code) { return 3 }
        return 2
    }

    /// A three-letter code's bytes, upper-cased, in one integer; nil for anything else.
    private static func code(_ currency: String) -> UInt32? {
        var code: UInt32 = 0
        var count = 0
        for byte in currency.utf8 {
            count += 1
            guard count <= 3 else { return nil }
            let upper = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 0x20 : byte
            code = code << 8 | UInt32(upper)
        }
        return count == 3 ? code : nil
    }

    private static func packed(_ codes: [String]) -> [UInt32] {
        codes.compactMap(code)
    }
}
