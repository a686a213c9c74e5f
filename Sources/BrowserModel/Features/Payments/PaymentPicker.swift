import BankKit

/// The receivers the payment form's picker lists, narrowed by a filter typed with `/`.
public struct PaymentPicker: Sendable {
    public internal(set) var list = LoadableList<PaymentChoice>()
    public private(set) var filter = ""
    private var all: [PaymentChoice] = []

    mutating func begin() { list.begin() }

    mutating func finish(_ result: Result<[PaymentChoice], BankError>) {
        if case .success(let choices) = result { all = choices }
        list.finish(result.map { _ in filtered })
    }

    mutating func setFilter(_ text: String) {
        filter = text.trimmingCharacters(in: .whitespaces)
        list.replace(filtered)
        list.select(0)
    }

    private var filtered: [PaymentChoice] { filter.isEmpty ? all : all.filter { $0.matches(filter) } }
}
