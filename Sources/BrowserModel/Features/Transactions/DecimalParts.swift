import Foundation

/// Sign, exponent and mantissa of a `Decimal` whose mantissa fits 64 bits, read straight from its storage (an
/// 8-bit exponent, a byte of length (high nibble) and sign (bit 3), two reserved bytes, then 16-bit words of
/// mantissa), which costs a few nanoseconds where `significand` and `NSDecimalNumber` cost a microsecond. The layout is Foundation's, not
/// a promise: it is checked once against amounts whose parts are known, and where it differs this gives nil.
struct DecimalParts: Equatable {
    var negative: Bool
    var exponent: Int
    var magnitude: UInt64

    init?(_ amount: Decimal) {
        guard Self.layoutHolds, let parts = Self.read(amount) else { return nil }
        self = parts
    }

    private init(negative: Bool, exponent: Int, magnitude: UInt64) {
        self.negative = negative
        self.exponent = exponent
        self.magnitude = magnitude
    }

    private static func read(_ amount: Decimal) -> DecimalParts? {
        guard MemoryLayout<Decimal>.size == 20 else { return nil }
        return withUnsafeBytes(of: amount) { bytes -> DecimalParts? in
            let length = Int(bytes[1] >> 4)
            guard length <= 4 else { return nil }
            var magnitude: UInt64 = 0
            for word in stride(from: length - 1, through: 0, by: -1) {
                magnitude = magnitude << 16 | UInt64(bytes.loadUnaligned(fromByteOffset: 4 + 2 * word, as: UInt16.self))
            }
            return DecimalParts(negative: bytes[1] & 0x08 != 0, exponent: Int(Int8(bitPattern: bytes[0])),
                                magnitude: magnitude)
        }
    }

    /// Made without parsing text: `Decimal(string:locale:)` loads the ICU locale data, megabytes of resident memory
    /// the browser has no other use for.
    private static let layoutHolds: Bool = {
        let known: [(Decimal, DecimalParts)] = [
            (Decimal(sign: .minus, exponent: -1, significand: 12345), DecimalParts(negative: true, exponent: -1, magnitude: 12345)),
            (Decimal(sign: .plus, exponent: -3, significand: 125), DecimalParts(negative: false, exponent: -3, magnitude: 125)),
            (Decimal(98_765_432_101_234 as UInt64), DecimalParts(negative: false, exponent: 0, magnitude: 98_765_432_101_234)),
            (Decimal(sign: .minus, exponent: 0, significand: Decimal(UInt64.max)),
             DecimalParts(negative: true, exponent: 0, magnitude: .max)),
        ]
        return known.allSatisfy { amount, parts in read(amount) == parts && amount.exponent == parts.exponent }
    }()
}
