/// How a cell looks: colours and attributes. A theme maps each `Role` to one.
public struct Style: Sendable, Hashable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var dim: Bool
    public var italic: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(foreground: Color = .default, background: Color = .default, bold: Bool = false, dim: Bool = false,
                italic: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    /// The style without colours. A style that stood out only by its background (a selection, the status bar)
    /// becomes reverse video so it still stands out under `NO_COLOR` or on a monochrome terminal.
    public var monochrome: Style {
        var plain = self
        plain.foreground = .default
        plain.background = .default
        if background != .default { plain.reverse.toggle() }
        return plain
    }
}
