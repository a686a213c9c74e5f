/// A mouse click or wheel turn, already placed by the UI on what it hit: the model knows rows, not cells.
public enum Pointer: Sendable, Hashable {
    /// The wheel: moves the selection of whatever has it (a picker, the screen on top, the focused pane) by this
    /// many rows, as arrow keys would.
    case wheel(Int)
    /// A click on row `index` of a pane's list (an index into the whole list, not the visible part); `open` for a
    /// double click, which then opens the row as Enter does.
    case row(Pane, index: Int, open: Bool)
    /// A click on row `index` of the list of the screen on top.
    case screenRow(index: Int, open: Bool)
    /// A click inside a pane but on no row (its border, the detail's text): focuses the pane.
    case pane(Pane)
}
