import BankKit
import Foundation

/// Formats dates and amounts for list rows. Hand-rolled rather than `DateFormatter`/`NumberFormatter`
/// because rows are formatted by the hundred thousand and these run in a fraction of their time.
public enum DisplayFormat {
    /// `yyyy-MM-dd` in UTC; the date of a booking is a calendar day, not a moment.
    public static func day(_ date: Date) -> String {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        let (year, month, day) = CivilCalendar.date(fromDays: days)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// `yyyy-MM-dd` of the posted (else completed) date; nil when the view hides both.
    public static func day(of transaction: Transaction) -> String? {
        (transaction.posted ?? transaction.completed).map(day)
    }

    /// The amount with at least two decimals and no grouping, e.g. `-1234.50`.
    public static func amount(_ amount: Decimal) -> String {
        var text = amount.description
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < 2 { text += String(repeating: "0", count: 2 - decimals) }
        } else {
            text += ".00"
        }
        return text
    }

    /// The amount followed by its currency, e.g. `-1234.50 EUR`.
    public static func money(_ money: Money) -> String {
        amount(money.amount) + " " + money.currency
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

}
