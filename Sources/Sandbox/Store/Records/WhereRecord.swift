struct WhereRecord: Sendable {
    let transactionID: String
    let latitude: Double
    let longitude: Double
    let date: Int64
    let user: UserRecord
}
