struct BankRecord: Sendable {
    let id: String
    let shortName: String
    let fullName: String
    let logo: String
    let website: String
    let bankCode: String
}
