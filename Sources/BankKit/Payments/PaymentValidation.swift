/// The checks a payment's fields must pass, as pure functions, so a form can validate as the user types and the
/// CLI refuses bad input before any request. The sandbox applies the same rules.
public enum PaymentValidation {
    /// OBP's default `transactionRequests_payment_limit`, in the payment's currency.
    public static let paymentLimit: Int64 = 100_000

    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        case emptyAmount
        case notANumber(String)
        case notPositive
        case tooManyDecimals(currency: String, allowed: Int)
        case overLimit(currency: String)
        case invalidCurrency(String)
        case invalidIBAN(String)

        public var description: String {
            switch self {
            case .emptyAmount: "an amount is needed"
            case .notANumber(let text): "\"\(text)\" is not an amount (use digits and a decimal point, e.g. 12.50)"
            case .notPositive: "the amount must be more than 0"
            case .tooManyDecimals(let currency, 0): "\(currency) has no decimal places"
            case .tooManyDecimals(let currency, let allowed): "\(currency) has \(allowed) decimal places"
            case .overLimit(let currency): "the amount is over the payment limit of \(PaymentValidation.paymentLimit) \(currency)"
            case .invalidCurrency(let text): "\"\(text)\" is not a currency code (three letters, e.g. EUR)"
            case .invalidIBAN(let reason): reason
            }
        }
    }

    /// A three-letter ISO 4217 code, upper-cased.
    public static func currency(_ text: String) -> Result<String, Problem> {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else { return .failure(.invalidCurrency(text)) }
        return .success(code)
    }

    /// The amount in minor units of `currency`: a plain positive decimal with at most the currency's digits and
    /// at most the payment limit.
    public static func amount(_ text: String, currency: String) -> Result<Int64, Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .failure(.emptyAmount) }
        let digits = CurrencyPrecision.digits(currency)
        guard let minor = MinorAmount.parse(trimmed, digits: digits) else {
            if let extra = MinorAmount.fractionDigits(trimmed), extra > digits {
                return .failure(.tooManyDecimals(currency: currency, allowed: digits))
            }
            return .failure(.notANumber(text))
        }
        guard minor > 0 else { return .failure(.notPositive) }
        guard minor <= paymentLimit * Self.scale(digits) else { return .failure(.overLimit(currency: currency)) }
        return .success(minor)
    }

    /// The IBAN in electronic form when its form is right.
    public static func iban(_ text: String) -> Result<String, Problem> {
        if let problem = IBAN.problem(text) { return .failure(.invalidIBAN(problem)) }
        return .success(IBAN.normalized(text))
    }

    static func scale(_ digits: Int) -> Int64 {
        var scale: Int64 = 1
        for _ in 0..<digits { scale *= 10 }
        return scale
    }
}

extension Result {
    /// The failure, for a form that shows it beside the field.
    public var problem: Failure? {
        if case .failure(let problem) = self { return problem }
        return nil
    }
}
