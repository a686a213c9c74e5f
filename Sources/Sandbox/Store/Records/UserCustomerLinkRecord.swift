/// A user linked to a customer of a bank: the user acts as that customer.
struct UserCustomerLinkRecord: Sendable {
    let id: String
    let userID: String
    let customerID: String
    let bankID: String
    let date: Int64
}
