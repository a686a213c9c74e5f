/// Exact money arithmetic on whole minor units (cents, yen): a decimal text becomes an integer count of the
/// currency's smallest unit and back, so balances add up without binary rounding.
public enum MinorAmount {
    /// "12.5" with 2 digits is 1250; nil when the text is not a plain decimal, has more fraction digits than
    /// `digits`, or does not fit.
    public static func parse(_ text: String, digits: Int) -> Int64? {
        guard let (negative, whole, fraction) = split(text), fraction.count <= digits,
              whole.count + digits <= 17 else { return nil }
        let padded = (whole.isEmpty ? "0" : whole) + fraction + String(repeating: "0", count: digits - fraction.count)
        guard let magnitude = Int64(padded) else { return nil }
        return negative ? -magnitude : magnitude
    }

    public static func format(_ minor: Int64, digits: Int) -> String {
        guard digits > 0 else { return String(minor) }
        let scale = UInt64(PaymentValidation.scale(digits))
        let magnitude = minor.magnitude
        let fraction = String(magnitude % scale)
        return "\(minor < 0 ? "-" : "")\(magnitude / scale).\(String(repeating: "0", count: digits - fraction.count))\(fraction)"
    }

    /// The number of fraction digits of a plain decimal text ("12.50" has 2); nil when it is no plain decimal.
    public static func fractionDigits(_ text: String) -> Int? {
        split(text)?.fraction.count
    }

    /// Sign, whole digits and fraction digits of `[-+]digits[.digits]`.
    private static func split(_ text: String) -> (negative: Bool, whole: String, fraction: String)? {
        var body = Substring(text)
        let negative = body.first == "-"
        if negative || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0], fraction = parts.count > 1 ? parts[1] : ""
        let isDigits = { (part: Substring) in part.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
        guard !whole.isEmpty || !fraction.isEmpty, isDigits(whole), isDigits(fraction),
              parts.count == 1 || !fraction.isEmpty else { return nil }
        return (negative, String(whole), String(fraction))
    }
}
