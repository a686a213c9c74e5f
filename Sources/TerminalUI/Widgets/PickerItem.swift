import BrowserModel

/// One choice in a `PickerBox`: what it is and a one-line summary.
public struct PickerItem: Sendable, Hashable {
    public var title: SafeText
    public var detail: SafeText
    /// Marks the current choice (the view in use, for example).
    public var isCurrent: Bool

    public init(_ title: SafeText, detail: SafeText = "", isCurrent: Bool = false) {
        self.title = title
        self.detail = detail
        self.isCurrent = isCurrent
    }
}
