/// Creditor references a Finnish payment carries: the national reference (digits, the last a check digit from the
/// repeating weights 7, 3, 1 counted from the right) and the international RF reference (ISO 11649:
/// `RF`, two check digits by ISO 7064 mod 97-10, and up to 21 letters or digits). OP accepts either, 2 to 25
/// characters, and validates the check digits.
public enum PaymentReference {
    /// The check digit of a national reference's base digits; nil unless `base` is 3 to 19 ASCII digits.
    public static func finnishCheckDigit(base: String) -> Int? {
        guard (3...19).contains(base.utf8.count), base.utf8.allSatisfy(isDigit) else { return nil }
        var sum = 0
        for (index, byte) in base.utf8.reversed().enumerated() {
            sum += Int(byte - UInt8(ascii: "0")) * [7, 3, 1][index % 3]
        }
        return (10 - sum % 10) % 10
    }

    /// `base` with its check digit appended, e.g. `123456` -> `1234561`.
    public static func finnish(base: String) -> String? {
        finnishCheckDigit(base: base).map { base + String($0) }
    }

    /// A national reference of 4 to 20 digits whose last digit is right.
    public static func isValidFinnish(_ reference: String) -> Bool {
        guard let last = reference.utf8.last, isDigit(last) else { return false }
        return finnishCheckDigit(base: String(reference.dropLast())) == Int(last - UInt8(ascii: "0"))
    }

    /// The RF form of `reference` (a national reference or any 1 to 21 letters and digits), e.g.
    /// `1234561` -> `RF341234561`.
    public static func rf(_ reference: String) -> String? {
        let body = reference.uppercased()
        guard (1...21).contains(body.utf8.count), body.utf8.allSatisfy(isAlphanumeric) else { return nil }
        let check = 98 - mod97(body + "RF00")
        return "RF" + (check < 10 ? "0" : "") + String(check) + body
    }

    /// `RF`, two check digits and 1 to 21 letters or digits, whose mod 97 is 1. Letters may be in either case.
    public static func isValidRF(_ reference: String) -> Bool {
        let text = reference.uppercased()
        let bytes = Array(text.utf8)
        guard (5...25).contains(bytes.count), text.hasPrefix("RF"), isDigit(bytes[2]), isDigit(bytes[3]),
              bytes.dropFirst(4).allSatisfy(isAlphanumeric) else { return false }
        return mod97(String(text.dropFirst(4)) + String(text.prefix(4))) == 1
    }

    /// Why OP would refuse `reference`, or nil when it is a valid national or RF reference of 2 to 25 characters.
    public static func problem(_ reference: String) -> String? {
        guard OPPaymentAPI.referenceLength.contains(reference.count) else {
            return "a reference has 2 to 25 characters"
        }
        if reference.uppercased().hasPrefix("RF") {
            return isValidRF(reference) ? nil : "\(reference) is not a valid RF reference (check digits)"
        }
        return isValidFinnish(reference) ? nil
            : "\(reference) is not a valid Finnish reference (4 to 20 digits, the last a check digit)"
    }

    /// ISO 7064 mod 97-10 over digits and letters (A = 10 ... Z = 35), reduced digit by digit so no big integers
    /// are needed; IBANs use the same. Characters other than ASCII letters and digits are skipped.
    public static func mod97(_ text: String) -> Int {
        var remainder = 0
        for byte in text.uppercased().utf8 {
            if isDigit(byte) {
                remainder = (remainder * 10 + Int(byte - UInt8(ascii: "0"))) % 97
            } else if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) {
                remainder = (remainder * 100 + Int(byte) - 55) % 97
            }
        }
        return remainder
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
