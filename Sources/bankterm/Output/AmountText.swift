import BankKit
import Foundation

/// Amounts as text with their currency's usual decimals: `Decimal` forgets trailing zeros, so `-30.40` would
/// print as `-30.4`. More decimals than usual (a fee of 0.125) are kept, never rounded away.
enum AmountText {
    /// ISO 4217 currencies without minor units; everything else gets two decimals.
    private static let zeroDecimalCurrencies: Set<String> = ["JPY", "KRW", "ISK", "CLP", "VND", "XAF", "XOF", "PYG",
                                                             "UGX", "RWF", "KMF", "GNF", "DJF", "VUV", "XPF", "BIF"]

    static func format(_ money: Money) -> String {
        format(money.amount, currency: money.currency)
    }

    static func format(_ amount: Decimal, currency: String) -> String {
        let minimum = zeroDecimalCurrencies.contains(currency.uppercased()) ? 0 : 2
        var text = "\(amount)"
        let fraction = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        if fraction < minimum {
            text += (fraction == 0 ? "." : "") + String(repeating: "0", count: minimum - fraction)
        }
        return text
    }
}
