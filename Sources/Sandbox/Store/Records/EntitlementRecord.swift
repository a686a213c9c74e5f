/// One role held by one user: at one bank, or system-wide with an empty `bankID`.
struct EntitlementRecord: Sendable, Equatable {
    let id: String
    let userID: String
    let bankID: String
    let roleName: String
}
