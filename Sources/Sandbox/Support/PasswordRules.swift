/// OBP's password rules for new users (`APIUtil.fullPasswordValidation`): only letters, digits, space and ASCII
/// punctuation; then EITHER 17 to 512 characters, OR 10 to 16 without spaces mixing a digit, a lower- and an
/// upper-case letter and a special character.
enum PasswordRules {
    private static let specials = Set(##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##)

    static func accepts(_ password: String) -> Bool {
        let characters = Array(password)
        let basic = characters.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == " " || specials.contains($0)) }
        guard basic, !characters.isEmpty, characters.count <= 512 else { return false }
        if characters.count > 16 { return true }
        return (10...16).contains(characters.count) && !characters.contains(" ")
            && characters.contains(where: \.isNumber) && characters.contains(where: \.isLowercase)
            && characters.contains(where: \.isUppercase) && characters.contains(where: specials.contains)
    }
}
