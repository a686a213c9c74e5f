/// A field of a screen's form (the payment form, the new-account form): typed in a prompt named after it, the
/// cursor moving over the fields in order.
protocol FormField: CaseIterable, Hashable, Sendable where AllCases == [Self] {
    var promptName: String { get }
    var rawValue: Int { get }
    init?(rawValue: Int)
}

extension FormField {
    /// The field a prompt named `promptName` is for; nil for another prompt of the screen.
    init?(promptName: String) {
        guard let field = Self.allCases.first(where: { $0.promptName == promptName }) else { return nil }
        self = field
    }

    /// Where `move` takes the cursor from this field, staying inside the form.
    func moved(_ move: ScreenMove) -> Self {
        let count = Self.allCases.count
        return Self(rawValue: min(max(move.target(from: rawValue, count: count, visibleRows: count), 0), count - 1)) ?? self
    }
}
