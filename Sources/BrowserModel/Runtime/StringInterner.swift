import BankKit
import Synchronization

/// Makes equal strings of decoded transactions share one buffer. A decoder allocates every counterparty name,
/// description and account id afresh, and at 100,000 transactions those copies are megabytes of the same
/// few hundred values. Bounded: once full it stops remembering new values (interning is only an economy).
final class StringInterner: Sendable {
    private let table = Mutex<[String: String]>([:])
    private let capacity: Int

    init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    /// `transactions` with their repeated strings shared, and `account` (the one they were asked for) in place
    /// of each one's own copy of the account ref.
    func compact(_ transactions: [Transaction], account: AccountRef) -> [Transaction] {
        table.withLock { table in
            transactions.map { original in
                var transaction = original
                if transaction.account == account { transaction.account = account }
                transaction.type = intern(transaction.type, in: &table)
                transaction.description = intern(transaction.description, in: &table)
                if var counterparty = transaction.counterparty {
                    counterparty.holderName = intern(counterparty.holderName, in: &table)
                    counterparty.kind = intern(counterparty.kind, in: &table)
                    counterparty.bankName = intern(counterparty.bankName, in: &table)
                    transaction.counterparty = counterparty
                }
                return transaction
            }
        }
    }

    private func intern(_ value: String?, in table: inout [String: String]) -> String? {
        // Up to 15 UTF-8 bytes Swift stores a string inline: nothing to share.
        guard let value, value.utf8.count > 15 else { return value }
        if let shared = table[value] { return shared }
        if table.count < capacity { table[value] = value }
        return value
    }
}
