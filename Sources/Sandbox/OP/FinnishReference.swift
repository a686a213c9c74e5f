import BankKit

/// National payment references for the demo data, from generated numbers; the check digit is BankKit's.
enum FinnishReference {
    static func make(base: UInt64) -> String {
        let digits = String(1000 + base % 100_000_000)
        return PaymentReference.finnish(base: digits) ?? digits
    }
}
