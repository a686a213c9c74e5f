import BankKit

/// Where the demo's shops and employers bank: an account that looks real (an IBAN with right check digits in the
/// bank's country, or a Japanese bank-branch-account number, as Japan has no IBAN) at one of the region's banks,
/// named by its BIC. Derived from the name, so the same counterparty has the same account every run.
enum DemoRouting {
    struct Other {
        let bankScheme = "BIC"
        let bank: String
        let accountScheme: String
        let account: String
    }

    /// The region's banks by BIC and national bank code (Finnish prefix, German BLZ, British bank code, Zengin).
    private static let banks: [String: [(bic: String, code: String)]] = [
        "FI": [("POHJFIHH", "3"), ("LAKEFIHH", "4"), ("KAUPFIHH", "6")],
        "DE": [("MUSTDEFF", "10050000"), ("RHEIDEFF", "37040044"), ("ALPEDEMM", "70020270")],
        "GB": [("THMSGB2L", "THMS"), ("PENNGB22", "PENN"), ("CROWGB2L", "CROW")],
        "JP": [("TKYDJPJT", "0199"), ("OSKDJPJT", "0288"), ("KYTDJPJT", "0377")],
    ]

    static func of(_ name: String, region: DemoCatalog.Region) -> Other {
        let hash = StableHash.fnv1a(name.utf8)
        let country = region.bank.id.split(separator: ".").last.map { $0 == "uk" ? "GB" : $0.uppercased() } ?? "FI"
        let choices = banks[country] ?? banks["FI"] ?? []
        let bank = choices[Int(hash % UInt64(choices.count))]
        let number = hash / 3
        switch country {
        case "JP":
            return Other(bank: bank.bic, accountScheme: "AccountNumber",
                         account: "\(bank.code)-\(digits(number, 3))-\(digits(number / 1_000, 7))")
        case "GB":
            return Other(bank: bank.bic, accountScheme: "IBAN",
                         account: IBAN.make(country: "GB", bban: bank.code + digits(number, 14)))
        case "DE":
            return Other(bank: bank.bic, accountScheme: "IBAN",
                         account: IBAN.make(country: "DE", bban: bank.code + digits(number, 10)))
        default:
            return Other(bank: bank.bic, accountScheme: "IBAN",
                         account: IBAN.make(country: country, bban: bank.code + digits(number, 14 - bank.code.count)))
        }
    }

    /// The last `width` decimal digits of `number`, zero-padded.
    private static func digits(_ number: UInt64, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, width - text.count)) + text.suffix(width)
    }
}
