/// International Bank Account Numbers: the electronic form (no spaces, upper case) and the ISO 13616 checks.
public enum IBAN {
    /// "fi21 1234 5600 0007 85" becomes "FI2112345600000785".
    public static func normalized(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace }).uppercased()
    }

    /// Why the text cannot be an IBAN, nil when its form is right: two letters, two check digits, then 11 to 30
    /// letters and digits.
    public static func formProblem(_ text: String) -> String? {
        let iban = Array(normalized(text))
        if iban.isEmpty { return "an IBAN is needed" }
        guard iban.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            return "an IBAN has only letters and digits"
        }
        guard iban.count >= 2, iban[0].isLetter, iban[1].isLetter else { return "an IBAN starts with a country code" }
        guard iban.count >= 4, iban[2].isNumber, iban[3].isNumber else {
            return "an IBAN has two check digits after the country code"
        }
        guard (15...34).contains(iban.count) else { return "an IBAN has 15 to 34 characters, this has \(iban.count)" }
        return nil
    }

    /// The mod-97 check of ISO 7064: true when the check digits match the rest.
    public static func hasValidCheckDigits(_ text: String) -> Bool {
        let iban = normalized(text)
        guard formProblem(iban) == nil else { return false }
        let rearranged = iban.dropFirst(4) + iban.prefix(4)
        var remainder = 0
        for character in rearranged {
            guard let value = character.isNumber ? character.wholeNumberValue
                    : character.asciiValue.map({ Int($0) - 55 }) else { return false }
            for digit in String(value) {
                remainder = (remainder * 10 + (digit.wholeNumberValue ?? 0)) % 97
            }
        }
        return remainder == 1
    }
}
