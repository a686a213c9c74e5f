/// OP's amounts: a JSON string of euros with exactly two decimals (`"10.00"`), held as cents so no arithmetic on
/// money goes through floating point.
public enum OPAmount {
    /// Cents of `text` when it is digits, a point and two digits, above zero and below a billion euros.
    public static func cents(_ text: String) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...9).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { (48...57).contains($0) } }),
              let euros = Int(parts[0]), let fraction = Int(parts[1]) else { return nil }
        guard parts[0].count == 1 || parts[0].first != "0" else { return nil }
        return euros * 100 + fraction
    }

    /// Cents of what a person types (`25`, `25.5`, `25.50`): OP wants exactly two decimals on the wire, which
    /// `text` then writes; a person need not.
    public static func typed(_ text: String) -> Int? {
        guard let minor = MinorAmount.parse(text.trimmingCharacters(in: .whitespaces), digits: 2),
              minor > 0, minor < 100_000_000_000 else { return nil }
        return Int(minor)
    }

    /// `1234` -> `"12.34"`.
    public static func text(_ cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
