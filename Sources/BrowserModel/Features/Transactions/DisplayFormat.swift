import BankKit
import Foundation

/// Formats dates and amounts for list rows. Hand-rolled rather than `DateFormatter`/`NumberFormatter`
/// because rows are formatted by the hundred thousand and these run in a fraction of their time.
public enum DisplayFormat {
    /// `yyyy-MM-dd` in UTC; the date of a booking is a calendar day, not a moment.
    public static func day(_ date: Date) -> String {
        OBPDate.day(date)
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
        let minimum = currency.utf8.count == 3 ? CurrencyPrecision.digits(currency.uppercased()) : 2
        var text = plainText(amount)
        let fraction = text.utf8.firstIndex(of: UInt8(ascii: ".")).map { text.utf8.distance(from: $0, to: text.utf8.endIndex) - 1 } ?? 0
        if fraction < minimum {
            text += (fraction == 0 ? "." : "") + String(repeating: "0", count: minimum - fraction)
        }
        return text
    }

    /// The amount followed by its currency, e.g. `-1234.50 EUR`.
    public static func money(_ money: Money) -> String {
        amount(money) + " " + money.currency
    }

    private static let largestFastSignificand = Decimal(999_999_999_999_999_999 as UInt64)

    /// `amount.description`, without its cost (about 2 us, which 100,000 rows and an export of them feel) for
    /// amounts whose digits fit 64 bits: the digits come out as an integer and the point is placed by hand.
    static func plainText(_ amount: Decimal) -> String {
        guard !amount.isNaN else { return amount.description }
        if let parts = DecimalParts(amount) {
            return parts.magnitude > largestFastMagnitude || !(-18...18).contains(parts.exponent) ? amount.description
                : digits(parts.magnitude, exponent: parts.exponent, negative: parts.negative)
        }
        let exponent = amount.exponent
        let significand = amount.significand
        guard (-18...18).contains(exponent), significand <= largestFastSignificand else {
            return amount.description
        }
        let magnitude = NSDecimalNumber(decimal: significand).uint64Value
        return digits(magnitude, exponent: exponent, negative: amount.sign == .minus)
    }

    private static let largestFastMagnitude: UInt64 = 999_999_999_999_999_999

    private static func digits(_ magnitude: UInt64, exponent: Int, negative: Bool) -> String {
        guard magnitude != 0 else { return "0" }
        var digits = String(magnitude)
        if exponent > 0 {
            digits += String(repeating: "0", count: exponent)
        } else if exponent < 0 {
            let fraction = -exponent
            if digits.utf8.count <= fraction {
                digits = String(repeating: "0", count: fraction - digits.utf8.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -fraction))
        }
        return negative ? "-" + digits : digits
    }
}
