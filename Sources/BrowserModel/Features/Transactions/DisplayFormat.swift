import BankKit
import Foundation

/// Formats dates and amounts for list rows. Hand-rolled rather than `DateFormatter`/`NumberFormatter`
/// because rows are formatted by the hundred thousand and these run in a fraction of their time.
public enum DisplayFormat {
    /// `yyyy-MM-dd` in UTC; the date of a booking is a calendar day, not a moment.
    public static func day(_ date: Date) -> String {
        OBPDate.day(date)
    }

    /// `2025-06-16 21:00 UTC`: a moment as the detail panes show it.
    public static func timestamp(_ date: Date) -> String {
        let seconds = (Int(date.timeIntervalSince1970) % 86_400 + 86_400) % 86_400
        return "\(day(date)) " + String(format: "%02d:%02d", seconds / 3600, seconds % 3600 / 60) + " UTC"
    }

    /// `yyyy-MM-dd` of the posted (else completed) date; nil when the view hides both.
    public static func day(of transaction: Transaction) -> String? {
        (transaction.posted ?? transaction.completed).map(day)
    }

    /// The amount with its currency's usual decimals (two; none for yen, three for dinars) and no grouping, e.g.
    /// `-1234.50`. `Decimal` forgets trailing zeros, so they are put back; more decimals than usual (a fee of
    /// 0.125) are kept, never rounded away.
    public static func amount(_ money: Money) -> String {
        amount(money.amount, currency: money.currency)
    }

    public static func amount(_ amount: Decimal, currency: String) -> String {
        let minimum = CurrencyPrecision.digits(currency)
        return text(of: amount, fractionDigitsAtLeast: minimum)
    }

    /// The amount followed by its currency, e.g. `-1234.50 EUR`.
    public static func money(_ money: Money) -> String {
        amount(money) + " " + money.currency
    }

    private static let largestFastSignificand = Decimal(999_999_999_999_999_999 as UInt64)
    private static let largestFastMagnitude: UInt64 = 999_999_999_999_999_999

    /// `amount.description`, without its cost (about 2 us, which 100,000 rows and an export of them feel).
    static func plainText(_ amount: Decimal) -> String {
        text(of: amount, fractionDigitsAtLeast: 0)
    }

    /// The amount's digits with at least `minimum` of them after the point, zeros added. Amounts whose digits fit
    /// 64 bits come out as an integer and are written straight into the string's storage, the point placed by
    /// hand: this runs twice for every transaction a CSV or JSON export writes, where building the text by string
    /// edits was a tenth of the command's CPU.
    private static func text(of amount: Decimal, fractionDigitsAtLeast minimum: Int) -> String {
        guard !amount.isNaN, let (magnitude, exponent, sign) = fastParts(amount) else {
            return padded(amount.description, fractionDigitsAtLeast: minimum)
        }
        // Zero is "0" whatever its exponent, and has no sign.
        let scale = magnitude == 0 ? 0 : exponent
        let negative = magnitude != 0 && sign
        var digitCount = 1
        var rest = magnitude / 10
        while rest > 0 { digitCount += 1; rest /= 10 }
        let fractionDigits = max(-scale, 0)
        let integerDigits = scale >= 0 ? digitCount + scale : max(digitCount - fractionDigits, 1)
        let zerosAdded = max(minimum - fractionDigits, 0)
        let hasPoint = fractionDigits + zerosAdded > 0
        let length = (negative ? 1 : 0) + integerDigits + (hasPoint ? 1 : 0) + fractionDigits + zerosAdded
        return String(unsafeUninitializedCapacity: length) { text in
            // From the right: added zeros, the fraction's digits, the point, the integer's digits, the sign.
            var at = length
            func put(_ byte: UInt8) {
                at -= 1
                text[at] = byte
            }
            var digits = magnitude
            func putDigit() {
                put(UInt8(ascii: "0") + UInt8(digits % 10))
                digits /= 10
            }
            for _ in 0..<zerosAdded { put(UInt8(ascii: "0")) }
            for _ in 0..<fractionDigits { putDigit() }
            if hasPoint { put(UInt8(ascii: ".")) }
            for _ in 0..<max(scale, 0) { put(UInt8(ascii: "0")) }
            repeat { putDigit() } while digits > 0
            if negative { put(UInt8(ascii: "-")) }
            return length
        }
    }

    /// The digits as one integer, the exponent and the sign, when the digits fit 64 bits: read from the Decimal's
    /// bytes (`DecimalParts`) where its layout is the one checked, else through NSDecimalNumber.
    private static func fastParts(_ amount: Decimal) -> (magnitude: UInt64, exponent: Int, negative: Bool)? {
        if let parts = DecimalParts(amount) {
            guard parts.magnitude <= largestFastMagnitude, (-18...18).contains(parts.exponent) else { return nil }
            return (parts.magnitude, parts.exponent, parts.negative)
        }
        let exponent = amount.exponent
        let significand = amount.significand
        guard (-18...18).contains(exponent), significand <= largestFastSignificand else { return nil }
        return (NSDecimalNumber(decimal: significand).uint64Value, exponent, amount.sign == .minus)
    }

    private static func padded(_ text: String, fractionDigitsAtLeast minimum: Int) -> String {
        let point = text.utf8.firstIndex(of: UInt8(ascii: "."))
        let fraction = point.map { text.utf8.distance(from: $0, to: text.utf8.endIndex) - 1 } ?? 0
        guard fraction < minimum else { return text }
        return text + (fraction == 0 ? "." : "") + String(repeating: "0", count: minimum - fraction)
    }
}
