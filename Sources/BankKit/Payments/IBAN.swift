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

    /// Why the text is not an IBAN to pay or save: its form, else its check digits (a mistyped digit would send
    /// money elsewhere); nil when it is one.
    public static func problem(_ text: String) -> String? {
        if let problem = formProblem(text) { return problem }
        return hasValidCheckDigits(text) ? nil : "the IBAN's check digits do not match: is a digit mistyped?"
    }

    /// The mod-97 check of ISO 7064: true when the check digits match the rest.
    public static func hasValidCheckDigits(_ text: String) -> Bool {
        let iban = normalized(text)
        guard formProblem(iban) == nil else { return false }
        return PaymentReference.mod97(String(iban.dropFirst(4) + iban.prefix(4))) == 1
    }

    /// The IBAN of a country's BBAN, with its check digits, printed in groups of four: `make(country: "FI",
    /// bban: "50001234567890")` is `FI21 5000 1234 5678 90`.
    public static func make(country: String, bban: String) -> String {
        let check = 98 - PaymentReference.mod97(bban + country + "00")
        return grouped(country + (check < 10 ? "0" : "") + String(check) + bban)
    }

    /// The printed form: groups of four.
    public static func grouped(_ compact: String) -> String {
        var result = ""
        for (index, character) in compact.enumerated() {
            if index > 0 && index % 4 == 0 { result.append(" ") }
            result.append(character)
        }
        return result
    }
}
