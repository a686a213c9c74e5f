/// One terminal cell. A wide character occupies its cell and the next one, which is a continuation.
///
/// Three words: the glyph, then the style and the continuation flag packed into one (`StyleBits`), so that
/// finding what a key press changed compares three words a cell, not two colours and six flags.
public struct Cell: Sendable, Hashable {
    public private(set) var glyph: Glyph
    private var bits: UInt64

    private static let continuation: UInt64 = 1 << 63

    public init(glyph: Glyph = .space, style: Style = Style(), isContinuation: Bool = false) {
        self.glyph = glyph
        self.bits = StyleBits.pack(style) | (isContinuation ? Cell.continuation : 0)
    }

    public init(character: Character, style: Style = Style(), isContinuation: Bool = false) {
        self.init(glyph: Glyph(character), style: style, isContinuation: isContinuation)
    }

    public var character: Character { glyph.character }
    public var style: Style { StyleBits.unpack(bits) }
    /// The right half of a wide character: nothing is drawn here.
    public var isContinuation: Bool { bits & Cell.continuation != 0 }

    /// A blank in this cell's style: what is left of a wide character cut in half.
    var blank: Cell { with(.space) }

    /// This cell's style with another glyph: a text's style is packed once, not once a cell.
    func with(_ glyph: Glyph) -> Cell {
        var cell = self
        cell.glyph = glyph
        cell.bits &= ~Cell.continuation
        return cell
    }

    /// The right half of a wide character in this cell's style.
    var continuation: Cell {
        var cell = blank
        cell.bits |= Cell.continuation
        return cell
    }
}
