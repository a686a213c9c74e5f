import BankKit

/// The field types of OBP's dynamic entities (`DynamicEntityFieldType`), each checked as OBP's lift-json reads a
/// value: `integer` is a number written without a fraction or exponent, `number` one written with them, so `5` is
/// not a `number` and `5.0` is not an `integer`.
enum DynamicEntityFieldType: String, CaseIterable, Sendable {
    case number, integer, boolean, string
    case dateWithDay = "DATE_WITH_DAY"

    func accepts(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.number, .number(let text)): text.contains { ".eE".contains($0) }
        case (.integer, .number(let text)): !text.contains { ".eE".contains($0) }
        case (.boolean, .bool), (.string, .string): true
        case (.dateWithDay, .string(let text)): Self.isDateWithDay(text)
        default: false
        }
    }

    /// OBP's sentence after "the value of X is wrong, ".
    var wrongTypeMessage: String {
        self == .dateWithDay ? "the value's type should be \(rawValue), format is yyyy-MM-dd."
            : "the value's type should be \(rawValue)."
    }

    /// `yyyy-MM-dd` as Java's formatter parses it by default: any day 1-31 of a month 1-12.
    private static func isDateWithDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
