struct TransactionRecord: Sendable {
    let id: String
    let type: String
    let description: String
    let posted: Int64
    let completed: Int64
    let amount: String
    let newBalance: String
    let currency: String
    let counterparty: CounterpartyRecord
}
