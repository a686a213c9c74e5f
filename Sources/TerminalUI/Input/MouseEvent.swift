/// What curses reported of the mouse, in screen cells.
struct MouseEvent: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case press
        case wheelUp
        case wheelDown
    }

    var kind: Kind
    var row: Int
    var col: Int
}
