struct AccountRecord: Sendable {
    let bankID: String
    let id: String
    let label: String
    let number: String
    let type: String
    let currency: String
    let balance: String
    let iban: String
}
