import BankKit

/// `:account new`: the new account's fields, typed one at a time in a prompt and checked as they are typed.
/// The balance is not a field: OBP makes accounts with 0 only.
public struct AccountForm: FieldForm, Sendable, Hashable {
    public enum Field: Int, FormField {
        case id, label, currency, product

        public var label: String {
            switch self {
            case .id: "Account id"
            case .label: "Label"
            case .currency: "Currency"
            case .product: "Product"
            }
        }

        var question: String {
            switch self {
            case .id: "account id (empty: the server picks one)"
            case .label: "label"
            case .currency: "currency (e.g. EUR)"
            case .product: "product code (empty: none; a product's attributes are copied)"
            }
        }

        var promptName: String { "account.\(label.lowercased())" }
    }

    public let bankID: BankID
    public internal(set) var values: [Field: String] = [:]
    public internal(set) var cursor: Field = .id

    init(bankID: BankID, currency: String) {
        self.bankID = bankID
        values[.currency] = currency
    }

    public func text(_ field: Field) -> String { values[field] ?? "" }

    /// Why `text` cannot go in `field`; ids and product codes go into URLs and OBP takes them without spaces.
    public func problem(_ field: Field, _ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch field {
        case .id, .product:
            return trimmed.contains(where: { $0.isWhitespace || $0 == "/" }) ? "no spaces or slashes" : nil
        case .label:
            return trimmed.isEmpty ? "a label is needed" : nil
        case .currency:
            return PaymentValidation.currency(text).problem?.description
        }
    }

    public var firstProblem: (field: Field, message: String)? {
        Field.allCases.lazy.compactMap { field in self.problem(field, self.text(field)).map { (field, $0) } }.first
    }

    /// The account the fields make, nil while one is wrong.
    public var newAccount: NewAccount? {
        guard firstProblem == nil, case .success(let currency) = PaymentValidation.currency(text(.currency)) else { return nil }
        let id = text(.id), product = text(.product)
        return NewAccount(bankID: bankID, id: id.isEmpty ? nil : AccountID(id), label: text(.label), currency: currency,
                          productCode: product.isEmpty ? nil : product)
    }
}
