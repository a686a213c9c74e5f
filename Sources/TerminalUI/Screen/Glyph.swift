/// What one cell shows: a grapheme of up to five scalars (ncurses' own limit, `CCHARW_MAX`), packed 21 bits each
/// into two words. Held as a `Character`, every cell of a frame was a string to create, copy, compare and release,
/// a large part of what a frame cost; packed, a frame is plain memory.
public struct Glyph: Sendable, Hashable {
    /// Scalars 0-2 in `low` and 3-4 in `high`, from the least significant bits up; a zero slot ends the grapheme,
    /// which is safe because U+0000 is never drawn.
    private var low: UInt64
    private var high: UInt64

    private static let bits: UInt64 = 21
    private static let mask: UInt64 = (1 << 21) - 1

    public static let space = Glyph(" " as Unicode.Scalar)

    public init(_ scalar: Unicode.Scalar) {
        low = UInt64(scalar.value)
        high = 0
    }

    /// The character's first five scalars; any after them are dropped, as the terminal would drop them.
    public init(_ character: Character) {
        low = 0
        high = 0
        for (index, scalar) in character.unicodeScalars.prefix(5).enumerated() {
            let value = UInt64(scalar.value)
            if index < 3 {
                low |= value << (UInt64(index) * Glyph.bits)
            } else {
                high |= value << (UInt64(index - 3) * Glyph.bits)
            }
        }
    }

    /// Calls `body` with each scalar, first to last.
    public func forEachScalar(_ body: (UInt32) -> Void) {
        for index in 0..<5 {
            let word = index < 3 ? low : high
            let value = (word >> (UInt64(index % 3) * Glyph.bits)) & Glyph.mask
            if value == 0 { return }
            body(UInt32(value))
        }
    }

    public var character: Character {
        var text = String.UnicodeScalarView()
        forEachScalar { text.append(Unicode.Scalar($0) ?? " ") }
        // `first`, not `Character(_:)`: the first five scalars of a grapheme are expected to be one, but a
        // cell's text must never be the reason for a trap.
        return String(text).first ?? " "
    }
}
