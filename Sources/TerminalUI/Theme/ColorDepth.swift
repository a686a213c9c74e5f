/// How many colours the terminal can show; theme colours are mapped down to it.
public enum ColorDepth: Sendable, Hashable {
    case none, eight, sixteen, palette256

    /// The depth for a terminal reporting `colors` colours, or `.none` when `NO_COLOR` is set (no-color.org:
    /// present and not empty).
    public init(colors: Int, noColor: Bool) {
        if noColor || colors < 8 {
            self = .none
        } else if colors < 16 {
            self = .eight
        } else if colors < 256 {
            self = .sixteen
        } else {
            self = .palette256
        }
    }

    /// The curses colour number for `color`, -1 for the terminal default, nil when colour is off.
    public func index(for color: Color) -> Int? {
        if self == .none { return nil }
        switch color {
        case .default:
            return -1
        case .indexed(let n):
            return reduce(Int(n))
        case .rgb(let r, let g, let b):
            return reduce(ColorDepth.nearest256(r, g, b))
        }
    }

    private func reduce(_ index: Int) -> Int {
        switch self {
        case .palette256, .none:
            return index
        case .sixteen:
            return index < 16 ? index : ColorDepth.nearest16(index)
        case .eight:
            let sixteen = index < 16 ? index : ColorDepth.nearest16(index)
            return sixteen & 7
        }
    }

    /// The xterm 256-colour cube and grey ramp entry nearest to an RGB colour.
    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        let levels = [0, 95, 135, 175, 215, 255]
        func level(_ v: UInt8) -> Int {
            levels.indices.min { abs(levels[$0] - Int(v)) < abs(levels[$1] - Int(v)) }!
        }
        let (ri, gi, bi) = (level(r), level(g), level(b))
        let cube = 16 + 36 * ri + 6 * gi + bi
        let cubeDistance = distance((levels[ri], levels[gi], levels[bi]), (Int(r), Int(g), Int(b)))
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let greyStep = min(23, max(0, (average - 8 + 5) / 10))
        let greyValue = 8 + 10 * greyStep
        let greyDistance = distance((greyValue, greyValue, greyValue), (Int(r), Int(g), Int(b)))
        return greyDistance < cubeDistance ? 232 + greyStep : cube
    }

    /// The basic colour nearest to a palette entry, by the RGB xterm gives each.
    static func nearest16(_ index: Int) -> Int {
        let target = rgb(of: index)
        return (0..<16).min { distance(rgb(of: $0), target) < distance(rgb(of: $1), target) }!
    }

    private static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func rgb(of index: Int) -> (Int, Int, Int) {
        if index < 16 { return basic[index] }
        if index >= 232 {
            let v = 8 + 10 * (index - 232)
            return (v, v, v)
        }
        let levels = [0, 95, 135, 175, 215, 255]
        let n = index - 16
        return (levels[n / 36], levels[(n / 6) % 6], levels[n % 6])
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return dr * dr + dg * dg + db * db
    }
}
