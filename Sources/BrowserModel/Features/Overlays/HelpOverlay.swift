/// The `?` overlay. The key list itself belongs to the UI's key map; this holds the filter typed over it and the
/// scroll. Like lazygit's menus it browses with the move keys until `/` starts the filter; Enter ends the filter
/// and keeps it, Esc clears it.
public struct HelpOverlay: Sendable, Hashable {
    public internal(set) var filter = LineEditor()
    /// `/` was pressed: typed keys go to the filter.
    public internal(set) var isFiltering = false
    public internal(set) var scroll = 0
    /// The matching keys and the rows that show them, as the UI last measured them.
    public internal(set) var extent = ScrollExtent(lines: 0, rows: 1)

    public init() {}
}
