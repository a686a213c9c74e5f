/// A rectangle of cells; layout hands these to widgets.
public struct Rect: Sendable, Hashable {
    public var top: Int
    public var left: Int
    public var height: Int
    public var width: Int

    public init(top: Int, left: Int, height: Int, width: Int) {
        self.top = top
        self.left = left
        self.height = max(0, height)
        self.width = max(0, width)
    }

    public init(_ size: Size) {
        self.init(top: 0, left: 0, height: size.rows, width: size.cols)
    }

    public var bottom: Int { top + height }
    public var right: Int { left + width }
    public var isEmpty: Bool { height <= 0 || width <= 0 }

    public func contains(row: Int, col: Int) -> Bool {
        (top..<bottom).contains(row) && (left..<right).contains(col)
    }

    /// The rectangle shrunk by `margin` cells on every side.
    public func inset(by margin: Int) -> Rect {
        Rect(top: top + margin, left: left + margin, height: height - 2 * margin, width: width - 2 * margin)
    }

    /// Splits off `count` rows at the top; returns (those rows, the rest).
    public func splitTop(_ count: Int) -> (Rect, Rect) {
        let n = min(max(0, count), height)
        return (Rect(top: top, left: left, height: n, width: width),
                Rect(top: top + n, left: left, height: height - n, width: width))
    }

    /// Splits off `count` rows at the bottom; returns (the rest, those rows).
    public func splitBottom(_ count: Int) -> (Rect, Rect) {
        let n = min(max(0, count), height)
        return (Rect(top: top, left: left, height: height - n, width: width),
                Rect(top: bottom - n, left: left, height: n, width: width))
    }

    /// Splits off `count` columns at the left; returns (those columns, the rest).
    public func splitLeft(_ count: Int) -> (Rect, Rect) {
        let n = min(max(0, count), width)
        return (Rect(top: top, left: left, height: height, width: n),
                Rect(top: top, left: left + n, height: height, width: width - n))
    }

    /// A rectangle of at most the given size centred in this one.
    public func centered(height h: Int, width w: Int) -> Rect {
        let hh = min(h, height)
        let ww = min(w, width)
        return Rect(top: top + (height - hh) / 2, left: left + (width - ww) / 2, height: hh, width: ww)
    }
}

extension Rect {
    /// The cells both rectangles cover; empty (at this one's corner) when they do not meet.
    public func intersection(_ other: Rect) -> Rect {
        let top = max(self.top, other.top)
        let left = max(self.left, other.left)
        let bottom = min(self.bottom, other.bottom)
        let right = min(self.right, other.right)
        guard bottom > top, right > left else { return Rect(top: self.top, left: self.left, height: 0, width: 0) }
        return Rect(top: top, left: left, height: bottom - top, width: right - left)
    }
}
