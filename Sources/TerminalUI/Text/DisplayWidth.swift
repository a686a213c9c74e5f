/// Widths in terminal columns, not characters: CJK and emoji take two columns, combining marks none.
///
/// The table is our own rather than the C library's `wcwidth`, which depends on the process locale and differs
/// between systems; golden screens must be the same everywhere. Strings are expected to be sanitised first.
public enum DisplayWidth {
    public enum Alignment: Sendable {
        case left, right, center
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
        var total = 0
        for character in text {
            total += columns(of: character)
        }
        return total
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
        if v < 0x300 { return 1 }
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
            switch alignment {
            case .left: return text + String(repeating: " ", count: gap)
            case .right: return String(repeating: " ", count: gap) + text
            case .center:
                let left = gap / 2
                return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
            }
        }
        var out = ""
        var taken = 0
        for character in text {
            let w = columns(of: character)
            if taken + w > width - 1 { break }
            out.append(character)
            taken += w
        }
        out.append(ellipsis)
        taken += 1
        if taken < width { out += String(repeating: " ", count: width - taken) }
        return out
    }

    /// Cuts `text` to at most `width` columns without an ellipsis, for text that continues off-screen.
    public static func prefix(_ text: String, columns width: Int) -> String {
        var out = ""
        var taken = 0
        for character in text {
            let w = columns(of: character)
            if taken + w > width { break }
            out.append(character)
            taken += w
        }
        return out
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
