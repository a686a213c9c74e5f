import Foundation

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

/// A form of `Field`s: the text typed into each, and the field under the cursor.
protocol FieldForm {
    associatedtype Field: FormField
    var values: [Field: String] { get set }
    var cursor: Field { get set }
}

extension FieldForm {
    /// Keeps what was typed into `field`, without the spaces around it.
    mutating func set(_ field: Field, _ text: String) {
        values[field] = text.trimmingCharacters(in: .whitespaces)
    }

    mutating func move(_ move: ScreenMove) {
        cursor = cursor.moved(move)
    }
}
