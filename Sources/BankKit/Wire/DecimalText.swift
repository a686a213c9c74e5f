import Foundation

/// Amounts as OBP sends them ("-12.50", "3"), read straight from the bytes. `Decimal(string:)` is a locale-aware
/// scanner and was the largest single cost of decoding a transaction page; plain amounts need none of that.
enum DecimalText {
    /// The exact value of an optional minus sign, digits and an optional fraction, with at most 18 digits in all
    /// (so the significand fits 64 bits); nil for anything else, which callers hand to `Decimal(string:)`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Decimal? {
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index = 1 }
        var significand: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var pointAt: Int?
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                guard digits < 18 else { return nil }
                significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if pointAt != nil { fractionDigits += 1 }
            } else if byte == UInt8(ascii: "."), pointAt == nil {
                pointAt = index
            } else {
                return nil
            }
            index += 1
        }
        // "", "-", ".5" and "5." are left to Decimal(string:), which has its own opinion of them.
        guard digits > 0, pointAt.map({ $0 > (negative ? 1 : 0) && $0 < bytes.count - 1 }) ?? true else { return nil }
        guard significand != 0 else { return Decimal.zero }
        return Decimal(sign: negative ? .minus : .plus, exponent: -fractionDigits, significand: Decimal(significand))
    }
}
