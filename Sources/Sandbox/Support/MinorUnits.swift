/// Amounts are generated as integers in minor units (cents, yen) so running balances add up exactly.
enum MinorUnits {
    static func format(minor: Int, decimals: Int) -> String {
        guard decimals > 0 else { return String(minor) }
        var divisor = 1
        for _ in 0..<decimals { divisor *= 10 }
        let magnitude = minor.magnitude
        let fraction = String(magnitude % UInt(divisor))
        let padded = String(repeating: "0", count: decimals - fraction.count) + fraction
        return "\(minor < 0 ? "-" : "")\(magnitude / UInt(divisor)).\(padded)"
    }
}
