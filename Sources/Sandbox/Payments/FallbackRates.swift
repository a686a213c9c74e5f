/// OBP's published fallback exchange-rate table (`code.fx.fx.fallbackExchangeRates` in OBP-API): what a bank
/// converts at until someone with `CanCreateFxRate` sets its own rate. Kept as text so rates stay exact.
enum FallbackRates {
    /// One unit of the outer currency in units of the inner one.
    static let table: [String: [String: String]] = [
        "GBP": ["EUR": "1.16278", "USD": "1.24930", "JPY": "141.373", "AED": "4.58882", "INR": "84.0950",
                "KRW": "1433.92", "XAF": "762.826", "JOD": "0.936707", "ILS": "4.70020", "AUD": "1.63992",
                "HKD": "10.1468", "MXN": "29.2420"],
        "EUR": ["GBP": "0.860011", "USD": "1.07428", "JPY": "121.567", "AED": "3.94594", "INR": "72.3136",
                "KRW": "1233.03", "XAF": "655.957", "JOD": "0.838098", "ILS": "4.20494", "AUD": "1.49707",
                "HKD": "8.88926", "MXN": "26.0359"],
        "USD": ["GBP": "0.800446", "EUR": "0.930886", "JPY": "113.161", "AED": "3.67310", "INR": "67.3135",
                "KRW": "1147.78", "XAF": "610.601", "JOD": "0.708659", "ILS": "3.55495", "AUD": "1.27347",
                "HKD": "7.84766", "MXN": "21.7480"],
        "JPY": ["GBP": "0.00707350", "EUR": "0.00822592", "USD": "0.00883695", "AED": "0.0324590", "INR": "0.594846",
                "KRW": "10.1428", "XAF": "5.39585", "JOD": "0.00639777", "ILS": "0.0320926", "AUD": "0.0114819",
                "HKD": "0.0709891", "MXN": "0.2053"],
        "AED": ["GBP": "0.217921", "EUR": "0.253425", "USD": "0.272250", "JPY": "30.8081"],
        "INR": ["GBP": "0.0118913", "EUR": "0.0138287", "USD": "0.0148559", "JPY": "1.68111"],
        "KRW": ["GBP": "0.000697389", "EUR": "0.000811008", "USD": "0.000871250", "JPY": "0.0985917"],
        "XAF": ["GBP": "0.00131092", "EUR": "0.00152449", "USD": "0.00163773", "JPY": "0.185328"],
        "JOD": ["GBP": "1.06757", "EUR": "0.237707", "USD": "1.41112", "JPY": "156.304"],
        "ILS": ["GBP": "0.212763", "EUR": "1.19318", "USD": "0.281298", "JPY": "31.1599"],
        "AUD": ["GBP": "0.609788", "EUR": "0.667969", "USD": "0.785256", "JPY": "87.0936"],
        "HKD": ["GBP": "0.0985443", "EUR": "0.112495", "USD": "0.127427", "JPY": "14.0867"],
        "MXN": ["GBP": "0.0341", "EUR": "0.0384", "USD": "0.0459", "JPY": "4.8687"],
    ]

    static func rate(from: String, to: String) -> String? {
        from == to ? "1" : table[from]?[to]
    }
}
