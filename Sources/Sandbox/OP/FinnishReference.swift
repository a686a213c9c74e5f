/// Finnish national payment references: the base digits and a check digit from the repeating weights 7, 3, 1
/// counted from the right.
enum FinnishReference {
    static func make(base: UInt64) -> String {
        let digits = String(1000 + base % 100_000_000)
        var sum = 0
        for (index, character) in digits.reversed().enumerated() {
            sum += (character.wholeNumberValue ?? 0) * [7, 3, 1][index % 3]
        }
        return digits + String((10 - sum % 10) % 10)
    }
}
