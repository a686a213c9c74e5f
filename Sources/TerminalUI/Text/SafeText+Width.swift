import BrowserModel

/// Widths of safe text: cutting or padding it keeps it safe, so these hand back `SafeText`.
extension SafeText {
    public var columns: Int { DisplayWidth.columns(string) }

    /// Padded or cut to exactly `width` columns, a cut marked with `…` (`DisplayWidth.fit`).
    public func fit(to width: Int, alignment: DisplayWidth.Alignment = .left) -> SafeText {
        SafeText(alreadySafe: DisplayWidth.fit(string, to: width, alignment: alignment))
    }

    /// At most `width` columns from the start, without an ellipsis.
    public func prefix(columns width: Int) -> SafeText {
        SafeText(alreadySafe: DisplayWidth.prefix(string, columns: width))
    }

    /// At most `width` columns from the end.
    public func suffix(columns width: Int) -> SafeText {
        SafeText(alreadySafe: DisplayWidth.suffix(string, columns: width))
    }

    /// `count` copies of a narrow piece, e.g. a border or a fill.
    public static func repeating(_ piece: SafeText, count: Int) -> SafeText {
        SafeText(alreadySafe: String(repeating: piece.string, count: max(0, count)))
    }
}
