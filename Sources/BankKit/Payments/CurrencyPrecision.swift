/// Digits after the decimal point per ISO 4217. Amounts with more digits than their currency has are refused,
/// by the sandbox and by the client, rather than rounded silently.
public enum CurrencyPrecision {
    private static let zero: Set<String> = ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF",
                                            "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"]
    private static let three: Set<String> = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]

    public static func digits(_ currency: String) -> Int {
        if zero.contains(currency) { return 0 }
        if three.contains(currency) { return 3 }
        return 2
    }
}
