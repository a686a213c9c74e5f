/// One line of the detail view: a label and a value, or a section heading when `label` is empty and
/// `isHeading` is set.
public struct DetailLine: Sendable, Hashable {
    public var label: String
    public var value: String
    public var role: Role
    public var isHeading: Bool

    public init(_ label: String, _ value: String, role: Role = .text) {
        self.label = label
        self.value = value
        self.role = role
        self.isHeading = false
    }

    public static func heading(_ title: String) -> DetailLine {
        var line = DetailLine("", title, role: .title)
        line.isHeading = true
        return line
    }

    /// The text shown for a field the current view hides: never a blank that reads as "empty".
    public static let hiddenText = "hidden by view"

    /// A field whose value the view hides (nil) shows as hidden, not blank.
    public static func field(_ label: String, _ value: String?, role: Role = .text) -> DetailLine {
        guard let value else { return DetailLine(label, hiddenText, role: .hiddenByView) }
        return DetailLine(label, value, role: role)
    }
}
