import BankKit

/// Finnish IBANs (`FIkk` and 14 digits) with the ISO 13616 mod-97 check digits (the mod 97 of RF references),
/// printed in groups of four.
enum FinnishIBAN {
    /// The IBAN for a 14-digit Finnish BBAN, e.g. `FI21 5000 1234 5678 90` for `50001234567890`.
    static func make(bban: String) -> String {
        IBAN.make(country: "FI", bban: bban)
    }

    /// A 14-digit BBAN at the bank whose code starts `bankPrefix` (OP's codes start with 5), the rest from `number`.
    static func bban(bankPrefix: String, number: UInt64) -> String {
        let digits = String(number % 10_000_000_000_000)
        let width = 14 - bankPrefix.count
        let body = String(repeating: "0", count: max(0, width - digits.count)) + digits
        return bankPrefix + String(body.suffix(width))
    }
}
