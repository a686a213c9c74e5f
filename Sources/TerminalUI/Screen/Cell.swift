/// One terminal cell. A wide character occupies its cell and the next one, which is a continuation.
public struct Cell: Sendable, Hashable {
    public var character: Character
    public var style: Style
    /// The right half of a wide character: nothing is drawn here.
    public var isContinuation: Bool

    public init(character: Character = " ", style: Style = Style(), isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }
}
