import Foundation

/// A colour as a theme names it. The terminal may have fewer; `CursesScreen` maps it down with `ColorDepth`.
public enum Color: Sendable, Hashable {
    /// The terminal's own foreground or background (`use_default_colors`).
    case `default`
    /// One of the 256 palette entries; 0-15 are the 16 named colours.
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    public static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta",
        "bright-cyan", "bright-white",
    ]

    /// Parses `default`, a name from `names` (also with `_` or `bright` run together, and `gray`/`grey`),
    /// a palette index, or `#RRGGBB`.
    public init?(parsing text: String) {
        let name = text.trimmingCharacters(in: .whitespaces).lowercased()
        if name == "default" || name == "none" {
            self = .default
            return
        }
        if name.hasPrefix("#") {
            let hex = name.dropFirst()
            guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return nil }
            self = .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
            return
        }
        if let index = Int(name) {
            self.init(index: index)
            return
        }
        var normal = name.replacingOccurrences(of: "_", with: "-")
        if normal == "gray" || normal == "grey" { normal = "bright-black" }
        if normal.hasPrefix("bright") && !normal.hasPrefix("bright-") {
            normal = "bright-" + normal.dropFirst("bright".count)
        }
        guard let index = Color.names.firstIndex(of: normal) else { return nil }
        self = .indexed(UInt8(index))
    }

    public init?(index: Int) {
        guard (0...255).contains(index) else { return nil }
        self = .indexed(UInt8(index))
    }
}
