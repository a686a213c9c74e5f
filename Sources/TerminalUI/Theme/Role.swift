/// What a piece of the screen is, so a theme can colour it. Raw values are the keys in theme TOML files.
public enum Role: String, Sendable, Hashable, CaseIterable {
    case text
    case muted
    case paneBorder = "pane_border"
    case focusedBorder = "focused_border"
    case title
    case header
    case selection
    case statusBar = "status_bar"
    case keyHint = "key_hint"
    case amountPositive = "amount_positive"
    case amountNegative = "amount_negative"
    case hiddenByView = "hidden_by_view"
    case aliasMarker = "alias_marker"
    case tag
    case comment
    case error
    case chart
}
