import BrowserModel

/// A region of a screen with coordinates relative to its top-left corner: what a widget draws into. Whatever
/// falls outside the region is clipped here, so a widget never measures its way around its neighbours (TermKit's
/// Painter, ratatui's `render(area, buf)`).
public struct Canvas {
    public let screen: any Screen
    /// Where the region sits on the screen.
    public let area: Rect

    public init(_ screen: any Screen) {
        self.init(screen, area: Rect(screen.size))
    }

    /// The region `area` of `screen` (in screen coordinates), cut to the screen.
    public init(_ screen: any Screen, area: Rect) {
        self.screen = screen
        self.area = area.intersection(Rect(screen.size))
    }

    public var width: Int { area.width }
    public var height: Int { area.height }
    public var isEmpty: Bool { area.isEmpty }
    /// The region in its own coordinates: (0, 0) to (height, width).
    public var bounds: Rect { Rect(top: 0, left: 0, height: height, width: width) }

    /// The part `rect` (in this region's coordinates) of this region, cut to it.
    public func region(_ rect: Rect) -> Canvas {
        Canvas(screen, area: Rect(top: area.top + rect.top, left: area.left + rect.left, height: rect.height,
                                  width: rect.width).intersection(area))
    }

    /// One row of this region, as a region.
    public func row(_ row: Int) -> Canvas {
        region(Rect(top: row, left: 0, height: 1, width: width))
    }

    /// What to do with text wider than the room left on its row.
    public enum Overflow {
        /// Cut at the edge: text that continues off-screen.
        case clip
        /// Cut one column earlier and end in `…`: text that was shortened.
        case ellipsis
    }

    /// Writes `text` at (row, col) of the region; returns the region column after it. Rows outside the region
    /// and columns left or right of it are not drawn.
    @discardableResult
    public func put(_ text: SafeText, row: Int, col: Int = 0, style: Style, overflow: Overflow = .clip) -> Int {
        guard row >= 0, row < height, col < width else { return col }
        var text = text
        var col = col
        if col < 0 {
            let shown = max(0, text.columns + col)
            text = text.suffix(columns: shown)
            col = 0
        }
        let room = width - col
        if overflow == .ellipsis, text.columns > room { text = text.fit(to: room) }
        let end = screen.put(text, row: area.top + row, col: area.left + col, limit: area.right, style: style)
        return end - area.left
    }

    /// Writes `text` padded or cut to exactly `width` columns from `col`, as `text.fit(to:alignment:)` would, but
    /// without making the padded string when it fits: a table does this for every cell of every frame.
    public func put(_ text: SafeText, fitting width: Int, alignment: DisplayWidth.Alignment, row: Int, col: Int,
                    style: Style) {
        let used = text.columns
        guard used <= width else {
            put(text.fit(to: width, alignment: alignment), row: row, col: col, style: style)
            return
        }
        let gap = width - used
        let left = alignment.leading(of: gap)
        fill(row: row, col: col, count: left, style: style)
        put(text, row: row, col: col + left, style: style)
        fill(row: row, col: col + left + used, count: gap - left, style: style)
    }

    /// Blanks `count` cells of a row from `col` (the rest of the row when nil).
    public func fill(row: Int, col: Int = 0, count: Int? = nil, style: Style) {
        guard row >= 0, row < height else { return }
        let start = max(0, col)
        let end = min(width, count.map { col + $0 } ?? width)
        guard end > start else { return }
        screen.fill(row: area.top + row, col: area.left + start, count: end - start, style: style)
    }

    /// Blanks the whole region.
    public func fill(style: Style) {
        for row in 0..<height { fill(row: row, style: style) }
    }
}

/// Something drawn into a region: a pane, a table, a box over the screen. A widget sees only its canvas.
public protocol Widget {
    func draw(on canvas: Canvas, theme: Theme)
}

extension Widget {
    /// Draws into `rect` of `screen`: for the top of a frame, and for tests that place a widget by hand.
    public func draw(in rect: Rect, theme: Theme, into screen: any Screen) {
        draw(on: Canvas(screen, area: rect), theme: theme)
    }
}
