/// The panes of the browser, in navigation order: each one is opened from the one before it.
public enum Pane: Int, Sendable, Hashable, CaseIterable, Comparable {
    case banks
    case accounts
    case transactions
    case detail

    public static func < (lhs: Pane, rhs: Pane) -> Bool { lhs.rawValue < rhs.rawValue }

    public var previous: Pane? { Pane(rawValue: rawValue - 1) }
}
