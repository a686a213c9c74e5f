import Synchronization

/// What OP Online Payment did to the sandbox's OP accounts since start: a completed payment credits the
/// merchant's account, a refund debits it. The accounts API adds these to the generated data it serves.
final class OPAccountCredits: Sendable {
    private let entries = Mutex([String: [OPTransactionRecord]]())

    func add(_ transaction: OPTransactionRecord) {
        entries.withLock { $0[transaction.accountID, default: []].append(transaction) }
    }

    /// The account's added transactions, oldest first.
    func transactions(account: String) -> [OPTransactionRecord] {
        entries.withLock { $0[account] ?? [] }
    }

    /// The account as generated, with the added amounts in its balance.
    func applied(to account: OPAccountRecord) -> OPAccountRecord {
        let delta = transactions(account: account.id).reduce(0) { $0 + $1.amount }
        guard delta != 0 else { return account }
        return OPAccountRecord(id: account.id, iban: account.iban, name: account.name, ownerID: account.ownerID,
                               ownerName: account.ownerName, balance: account.balance + delta,
                               amountAvailable: account.amountAvailable + delta)
    }
}
