/// A `Style` as one word, for `Cell`: each colour in 26 bits (a kind, then a palette index or 24-bit RGB), the
/// five attributes above them. Bit 63 is left for the cell.
enum StyleBits {
    static func pack(_ style: Style) -> UInt64 {
        var bits = color(style.foreground) | color(style.background) << 26
        if style.bold { bits |= 1 << 52 }
        if style.dim { bits |= 1 << 53 }
        if style.italic { bits |= 1 << 54 }
        if style.underline { bits |= 1 << 55 }
        if style.reverse { bits |= 1 << 56 }
        return bits
    }

    static func unpack(_ bits: UInt64) -> Style {
        Style(foreground: color(bits & colorMask), background: color(bits >> 26 & colorMask),
              bold: bits & 1 << 52 != 0, dim: bits & 1 << 53 != 0, italic: bits & 1 << 54 != 0,
              underline: bits & 1 << 55 != 0, reverse: bits & 1 << 56 != 0)
    }

    private static let colorMask: UInt64 = (1 << 26) - 1

    private static func color(_ color: Color) -> UInt64 {
        switch color {
        case .default: 0
        case .indexed(let index): 1 << 24 | UInt64(index)
        case .rgb(let red, let green, let blue): 2 << 24 | UInt64(red) << 16 | UInt64(green) << 8 | UInt64(blue)
        }
    }

    private static func color(_ bits: UInt64) -> Color {
        switch bits >> 24 {
        case 1: .indexed(UInt8(bits & 0xFF))
        case 2: .rgb(UInt8(bits >> 16 & 0xFF), UInt8(bits >> 8 & 0xFF), UInt8(bits & 0xFF))
        default: .default
        }
    }
}
