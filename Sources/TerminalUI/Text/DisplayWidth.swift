/// Widths in terminal columns, not characters: CJK and emoji take two columns, combining marks none.
///
/// The table is our own rather than the C library's `wcwidth`, which depends on the process locale and differs
/// between systems; golden screens must be the same everywhere. Strings are expected to be sanitised first.
public enum DisplayWidth {
    public enum Alignment: Sendable {
        case left, right, center

        /// How many of `gap` spare columns go before the text.
        public func leading(of gap: Int) -> Int {
            switch self {
            case .left: 0
            case .right: gap
            case .center: gap / 2
            }
        }
    }

    /// The ellipsis that marks a truncated string; one column wide.
    public static let ellipsis: Character = "…"

    public static func columns(_ text: String) -> Int {
        var isASCII = true
        for byte in text.utf8 where byte >= 0x80 {
            isASCII = false
            break
        }
        if isASCII { return text.utf8.count }
        if text.unicodeScalars.allSatisfy(standsAlone) {
            return text.unicodeScalars.reduce(0) { $0 + columns(of: $1) }
        }
        var total = 0
        for character in text {
            total += columns(of: character)
        }
        return total
    }

    /// A drawable scalar that is a grapheme on its own whatever its neighbours: none of these ranges holds a
    /// combining mark, a joiner, a spacing mark, a Hangul jamo or a regional indicator (`ScreenTests` checks). Text
    /// made only of these (accented letters, currency signs, borders, chart blocks) is measured and drawn a scalar
    /// at a time, without breaking it into graphemes.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x20 && v < 0x300 && !(0x7F...0x9F).contains(v)) || (0x2010..<0x2028).contains(v)
            || (0x2030..<0x2060).contains(v) || (0x20A0..<0x20D0).contains(v) || (0x2100..<0x2C00).contains(v)
    }

    /// Where the longest start of `text` that fits in `width` columns ends, and the columns it takes.
    private static func prefixEnd(_ text: String, columns width: Int) -> (end: String.Index, taken: Int) {
        var taken = 0
        if text.unicodeScalars.allSatisfy(standsAlone) {
            for index in text.unicodeScalars.indices {
                let w = columns(of: text.unicodeScalars[index])
                if taken + w > width { return (index, taken) }
                taken += w
            }
            return (text.endIndex, taken)
        }
        for index in text.indices {
            let w = columns(of: text[index])
            if taken + w > width { return (index, taken) }
            taken += w
        }
        return (text.endIndex, taken)
    }

    /// A grapheme takes the width of its first scalar; combining marks and variation selectors add nothing,
    /// which is what terminals do.
    public static func columns(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        return columns(of: first)
    }

    public static func columns(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v < 0x20 ? 0 : 1 }
        if v < 0xA0 { return 0 }
        if v < 0x300 || isNarrowSymbol(v) { return 1 }
        return lookedUp(scalar)
    }

    /// Dashes and quotes, currency signs, box drawing and blocks: drawn on every frame (borders, the chart), and
    /// narrow without looking up their Unicode properties (`DisplayWidthTests` checks them against the lookup).
    static func isNarrowSymbol(_ v: UInt32) -> Bool {
        (0x2500...0x259F).contains(v) || (0x2010...0x2027).contains(v) || (0x20A0...0x20CF).contains(v)
    }

    /// The width by the scalar's Unicode properties, for scalars from U+0300 on.
    static func lookedUp(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        if (0x1160...0x11FF).contains(v) || v == 0x200B { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return isWide(v) ? 2 : 1
    }

    /// Pads or truncates `text` to exactly `width` columns. A truncated string ends in `…`; a wide character
    /// that would straddle the edge is replaced by a space so the result never exceeds `width`.
    public static func fit(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        guard width > 0 else { return "" }
        let used = columns(text)
        if used <= width {
            let gap = width - used
            let left = alignment.leading(of: gap)
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
        }
        let (end, fitted) = prefixEnd(text, columns: width - 1)
        var out = String(text[..<end])
        out.append(ellipsis)
        let taken = fitted + 1
        if taken < width { out += String(repeating: " ", count: width - taken) }
        return out
    }

    /// Cuts `text` to at most `width` columns without an ellipsis, for text that continues off-screen.
    public static func prefix(_ text: String, columns width: Int) -> String {
        String(text[..<prefixEnd(text, columns: width).end])
    }

    /// The end of `text` that takes at most `width` columns, for text whose start scrolled off-screen.
    public static func suffix(_ text: String, columns width: Int) -> String {
        var taken = 0
        var start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            let w = columns(of: text[previous])
            if taken + w > width { break }
            taken += w
            start = previous
        }
        return String(text[start...])
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15) outside the emoji, which `isEmojiPresentation` covers.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F200...0x1F202, 0x1F210...0x1F23B,
        0x1F240...0x1F248, 0x1F250...0x1F251, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if v < range.lowerBound {
                high = mid - 1
            } else if v > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
