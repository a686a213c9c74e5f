import BankKit
import Synchronization

/// Makes equal values of decoded transactions share one allocation. A decoder allocates every counterparty,
/// description and empty metadata afresh, and at 100,000 transactions those copies are tens of megabytes of
/// the same few hundred values: a long account has a handful of counterparties and mostly unannotated rows.
/// Unannotated transactions with the same parts (account, counterparty, type, description) then share those
/// too, as one box (`Transaction.sharedParts`).
/// Bounded: once a table is full it stops remembering new values (sharing is only an economy).
final class TransactionInterner: Sendable {
    private struct Tables {
        var strings: [String: String] = [:]
        var accounts: [AccountRef: Shared<AccountRef>] = [:]
        var counterparties: [Counterparty: Shared<Counterparty>] = [:]
        var metadata: [TransactionMetadata: Shared<TransactionMetadata>] = [:]
        var parts: [TransactionParts: Shared<TransactionParts>] = [:]
    }

    private let tables = Mutex(Tables())
    private let capacity: Int

    init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    /// `transactions` with their repeated values shared.
    func compact(_ transactions: [Transaction]) -> [Transaction] {
        tables.withLock { tables in
            transactions.map { original in
                var transaction = original
                var parts = transaction.sharedParts.value
                parts.account = share(parts.account, in: &tables.accounts)
                parts.type = intern(parts.type, in: &tables.strings)
                parts.description = intern(parts.description, in: &tables.strings)
                if let counterparty = parts.counterparty {
                    parts.counterparty = share(counterparty, in: &tables.counterparties)
                }
                // Annotated metadata is as unique as its transaction; only the empty kinds are worth a table.
                if parts.metadata.value.isBare {
                    parts.metadata = share(parts.metadata, in: &tables.metadata)
                    transaction.sharedParts = parts.isShareable ? box(parts, in: &tables.parts) : Shared(parts)
                } else {
                    transaction.sharedParts = Shared(parts)
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

    private func share<Value>(_ boxed: Shared<Value>, in table: inout [Value: Shared<Value>]) -> Shared<Value> {
        if let shared = table[boxed.value] { return shared }
        if table.count < capacity { table[boxed.value] = boxed }
        return boxed
    }

    private func box<Value>(_ value: Value, in table: inout [Value: Shared<Value>]) -> Shared<Value> {
        if let shared = table[value] { return shared }
        let boxed = Shared(value)
        if table.count < capacity { table[value] = boxed }
        return boxed
    }
}

private extension TransactionMetadata {
    /// No annotation of any kind, whatever the view lets one see.
    var isBare: Bool {
        (narrative ?? "").isEmpty && tags?.isEmpty != false && comments?.isEmpty != false
            && images?.isEmpty != false && whereTag.value == nil
    }
}
