/// What a screen shows, as TerminalUI's table and detail widgets draw it: the rows on screen only, so a long
/// list costs what fits in the window.
public struct ScreenPresentation: Sendable {
    public var columns: [ScreenColumn]
    /// The visible rows, `rows[0]` being row `firstRow` of `rowCount`.
    public var rows: [[ScreenCell]]
    public var firstRow: Int
    public var rowCount: Int
    public var selectedRow: Int?
    /// Shown instead of rows when there are none: loading, the error, or that the list is empty.
    public var placeholder: ScreenCell?
    /// The opened row, beside or below the list.
    public var detail: ScreenDetail?

    public init(columns: [ScreenColumn], rows: [[ScreenCell]] = [], firstRow: Int = 0, rowCount: Int = 0,
                selectedRow: Int? = nil, placeholder: ScreenCell? = nil, detail: ScreenDetail? = nil) {
        self.columns = columns
        self.rows = rows
        self.firstRow = firstRow
        self.rowCount = rowCount
        self.selectedRow = selectedRow
        self.placeholder = placeholder
        self.detail = detail
    }
}

public struct ScreenColumn: Sendable, Hashable {
    public enum Width: Sendable, Hashable {
        case fixed(Int)
        case flexible(minimum: Int, weight: Int)
    }

    public var title: String
    public var width: Width
    public var alignsRight: Bool
    /// Higher priorities are dropped last when the screen is too narrow.
    public var priority: Int

    public init(_ title: String, _ width: Width, alignsRight: Bool = false, priority: Int = 0) {
        self.title = title
        self.width = width
        self.alignsRight = alignsRight
        self.priority = priority
    }
}

/// Text that came from a server or was made from it, sanitised here: the view model's side of the boundary.
public struct ScreenCell: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain, muted, positive, negative, hidden, alias, mark, error
    }

    public var text: SafeText
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = SafeText(text)
        self.style = style
    }
}

/// An opened item: a title and label/value lines; `selectedLine` marks the field the cursor is on, for screens
/// that edit fields in place.
public struct ScreenDetail: Sendable, Hashable {
    public struct Line: Sendable, Hashable {
        public var label: SafeText
        public var value: ScreenCell
        public init(_ label: String, _ value: ScreenCell) {
            self.label = SafeText(label)
            self.value = value
        }
    }

    public var title: SafeText
    public var lines: [Line]
    public var selectedLine: Int?

    public init(title: String, lines: [Line], selectedLine: Int? = nil) {
        self.title = SafeText(title)
        self.lines = lines
        self.selectedLine = selectedLine
    }
}
