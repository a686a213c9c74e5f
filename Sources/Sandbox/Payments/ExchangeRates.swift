import BankKit
import Foundation
import GRDB

/// How a bank converts: its own rate when one was set, else OBP's fallback table (OBP's lookup order), and the
/// conversion of exact minor units at that rate, rounded half up to the target currency's precision.
enum ExchangeRates {
    /// The bank's rate, or nil when the pair is not supported (OBP-10004).
    static func rate(_ db: Database, bankID: String, from: String, to: String, now: Int64) throws -> FXRateRecord? {
        if from == to {
            return FXRateRecord(bankID: bankID, from: from, to: to, conversionValue: "1", inverseConversionValue: "1",
                                effectiveDate: now)
        }
        if let set = try FXRateStore.rate(db, bankID: bankID, from: from, to: to) { return set }
        guard let value = FallbackRates.rate(from: from, to: to) else { return nil }
        let inverse = FallbackRates.rate(from: to, to: from) ?? reciprocal(value)
        return FXRateRecord(bankID: bankID, from: from, to: to, conversionValue: value, inverseConversionValue: inverse,
                            effectiveDate: now)
    }

    /// `minor` units of a currency with `fromDigits` at `rate`, in minor units of a currency with `toDigits`.
    static func convert(_ minor: Int64, fromDigits: Int, rate: String, toDigits: Int) -> Int64? {
        guard let rate = Decimal(string: rate, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        var value = Decimal(minor) * rate * pow(10, toDigits) / pow(10, fromDigits)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        return NSDecimalNumber(decimal: rounded).int64Value
    }

    private static func reciprocal(_ text: String) -> String {
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), value != 0 else { return "0" }
        var quotient = 1 / value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &quotient, 10, .plain)
        return NSDecimalNumber(decimal: rounded).stringValue
    }
}
