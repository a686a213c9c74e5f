import BrowserModel

/// One line of the detail view: a label and a value, or a section heading when `label` is empty and
/// `isHeading` is set.
public struct DetailLine: Sendable, Hashable {
    public var label: SafeText
    public var value: SafeText
    public var role: Role
    public var isHeading: Bool

    public init(_ label: SafeText, _ value: SafeText, role: Role = .text) {
        self.label = label
        self.value = value
        self.role = role
        self.isHeading = false
    }

    public static func heading(_ title: SafeText) -> DetailLine {
        var line = DetailLine("", title, role: .title)
        line.isHeading = true
        return line
    }

    /// The text shown for a field the current view hides: never a blank that reads as "empty".
    public static let hiddenText: SafeText = "hidden by view"

    /// The text shown for a field the view lets one see but the transaction does not have.
    public static let absentText: SafeText = "—"

    /// A nil field reads "hidden by view" unless the view is known to show it (`visible`), then it is absent:
    /// OBP sends null both for what a view hides and for what is not there.
    public static func field(_ label: SafeText, _ value: SafeText?, role: Role = .text,
                             visible: Bool = false) -> DetailLine {
        guard let value else {
            return visible ? DetailLine(label, absentText, role: .muted)
                : DetailLine(label, hiddenText, role: .hiddenByView)
        }
        return DetailLine(label, value, role: role)
    }
}
