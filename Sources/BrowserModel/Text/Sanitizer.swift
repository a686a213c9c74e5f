/// Makes a string from a server safe to put on a terminal.
///
/// A remote byte must never drive the terminal: ESC starts CSI/OSC/DCS sequences that can clear the screen,
/// retitle the window or fake a prompt; C1 controls do the same on terminals that honour 8-bit controls; bidi
/// overrides and zero-width characters can make text read differently from what it is. Each such scalar is
/// replaced by a visible placeholder, so the rest of an escape sequence shows up as harmless text.
public enum Sanitizer {
    /// The placeholder for a C1 control, a bidi control or an invisible character.
    public static let placeholder: Character = "\u{FFFD}"

    public static func clean(_ text: String) -> String {
        // Most strings need nothing; checking first keeps the common case allocation-free.
        guard text.unicodeScalars.contains(where: needsReplacement) else { return text }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            out.append(contentsOf: replacement(for: scalar))
        }
        return String(out)
    }

    /// True for every scalar `clean` replaces.
    public static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return false }
        if v < 0x20 || v == 0x7F { return true }
        if v >= 0x80 && v <= 0x9F { return true }
        switch v {
        // Prepended concatenation marks (U+0600...) are invisible and glue onto the next character, so text after
        // them would be measured as part of one zero-width cluster (found by scripts/fuzz.sh sanitizer).
        case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x110BD, 0x110CD:
            return true
        case 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF,
             0xFFF9...0xFFFB, 0xE0000...0xE007F:
            return true
        default:
            return false
        }
    }

    private static func replacement(for scalar: Unicode.Scalar) -> String.UnicodeScalarView {
        guard needsReplacement(scalar) else { return String.UnicodeScalarView([scalar]) }
        let v = scalar.value
        switch v {
        case 0x09:
            // A tab would move the cursor to a column we did not measure.
            return " ".unicodeScalars
        case 0x00..<0x20:
            // The Control Pictures block has a glyph for each C0 control: ESC shows as ␛, BEL as ␇.
            return String.UnicodeScalarView([Unicode.Scalar(0x2400 + v)!])
        case 0x7F:
            return "\u{2421}".unicodeScalars
        default:
            return String.UnicodeScalarView([placeholder.unicodeScalars.first!])
        }
    }
}
