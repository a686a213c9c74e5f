import GRDB

/// Each transaction's place in its account, counting from 0 in (posted, id) order: a page at any depth is then a
/// range of positions, read through an index in time independent of the offset, where `OFFSET` steps through
/// every earlier index entry (~10 ms for the last page of a 100,000-transaction account, ~2 ms for the first).
///
/// The importer and the demo generator insert in bulk and positions are assigned once after each load; a payment
/// appends one transaction and gives it the next position when it is the newest (`appendPosition`). Rows without
/// one (and every row of a database made before positions existed) have a NULL position; the partial index
/// `txn_unpositioned` finds their accounts without a scan, and readers fall back to `OFFSET` for an account that
/// has any.
enum TransactionPositions {
    /// Adds the column and its indexes to a database made by an older version.
    ///
    /// The position index carries every column a page reads (`StoreReads.pageColumns`), so a page is one range scan
    /// of it. A narrower index made each of the 50 rows a second B-tree search of the table, by its random id:
    /// measured, that was 150-200 µs of a 1.2 ms page. The older, narrower index is replaced.
    static func migrate(_ db: Database) throws {
        if try !db.columns(in: "txn").contains(where: { $0.name == "position" }) {
            try db.execute(sql: "ALTER TABLE txn ADD COLUMN position INTEGER")
        }
        try db.execute(sql: """
            DROP INDEX IF EXISTS txn_by_position;
            CREATE INDEX IF NOT EXISTS txn_page ON txn(bank_id, account_id, position, type, description, posted,
                                                       completed, amount, new_balance, currency, counterparty_id);
            CREATE INDEX IF NOT EXISTS txn_unpositioned ON txn(bank_id, account_id) WHERE position IS NULL;
            """)
    }

    /// Numbers every account that has a transaction without a position; a cheap no-op when none has.
    static func assign(_ db: Database) throws {
        let accounts = try Row.fetchAll(db, sql: """
            SELECT DISTINCT bank_id, account_id FROM txn INDEXED BY txn_unpositioned WHERE position IS NULL
            """)
        // One account at a time, so the window reads the account in `txn_by_posted` order without a sort.
        let renumber = try db.makeStatement(sql: """
            UPDATE txn SET position = r.n
            FROM (SELECT id, row_number() OVER (ORDER BY posted, id) - 1 AS n FROM txn
                  WHERE bank_id = ?1 AND account_id = ?2) r
            WHERE txn.bank_id = ?1 AND txn.account_id = ?2 AND txn.id = r.id AND txn.position IS NOT r.n
            """)
        for row in accounts {
            try renumber.execute(arguments: [row[0] as String, row[1] as String])
        }
    }

    /// Numbers a just-inserted transaction: the next position when it is the newest of a fully numbered account,
    /// else the account is renumbered (rare: a payment is posted now, after everything imported).
    static func appendPosition(_ db: Database, bankID: String, accountID: String, id: String, posted: Int64) throws {
        let latest = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT posted, position FROM txn WHERE bank_id = ? AND account_id = ? AND id != ?
            ORDER BY posted DESC, id DESC LIMIT 1
            """), arguments: [bankID, accountID, id])
        let previousPosted: Int64 = latest?[0] ?? Int64.min
        let previousPosition: Int? = latest?[1]
        if latest == nil || (previousPosition != nil && previousPosted < posted) {
            try db.cachedStatement(sql: "UPDATE txn SET position = ? WHERE bank_id = ? AND account_id = ? AND id = ?")
                .execute(arguments: [(previousPosition ?? -1) + 1, bankID, accountID, id])
        }
        if try !isComplete(db, bankID: bankID, accountID: accountID) { try assign(db) }
    }

    /// What a page read needs to know of its account before reading: whether it is numbered, and the positions of
    /// its first and last transactions (nil when it has none or is not numbered).
    struct Layout: Sendable {
        let isComplete: Bool
        let bounds: ClosedRange<Int>?
    }

    static func layout(_ db: Database, bankID: String, accountID: String) throws -> Layout {
        guard try isComplete(db, bankID: bankID, accountID: accountID) else { return Layout(isComplete: false, bounds: nil) }
        return Layout(isComplete: true, bounds: try bounds(db, bankID: bankID, accountID: accountID, from: .min, to: .max))
    }

    /// Whether every transaction of the account has its position, so pages may be read by position.
    static func isComplete(_ db: Database, bankID: String, accountID: String) throws -> Bool {
        let statement = try db.cachedStatement(sql: """
            SELECT NOT EXISTS (SELECT 1 FROM txn INDEXED BY txn_unpositioned
                               WHERE bank_id = ? AND account_id = ? AND position IS NULL)
            """)
        return try Bool.fetchOne(statement, arguments: [bankID, accountID]) ?? false
    }

    /// The positions of the first and last transactions posted between `from` and `to`, nil when there are none.
    /// Positions follow (posted, id), so the transactions in the date range are exactly the positions between.
    static func bounds(_ db: Database, bankID: String, accountID: String, from: Int64, to: Int64) throws -> ClosedRange<Int>? {
        let first = try db.cachedStatement(sql: """
            SELECT position FROM txn WHERE bank_id = ? AND account_id = ? AND posted >= ? ORDER BY posted, id LIMIT 1
            """)
        let last = try db.cachedStatement(sql: """
            SELECT position FROM txn WHERE bank_id = ? AND account_id = ? AND posted <= ?
            ORDER BY posted DESC, id DESC LIMIT 1
            """)
        guard let lower = try Int.fetchOne(first, arguments: [bankID, accountID, from]),
              let upper = try Int.fetchOne(last, arguments: [bankID, accountID, to]),
              lower <= upper else { return nil }
        return lower...upper
    }

    /// The positions of one page: `offset` and `limit` counted from the start of `bounds` in the query's direction.
    static func page(_ query: TransactionQuery, within bounds: ClosedRange<Int>) -> ClosedRange<Int>? {
        let count = bounds.count
        guard query.offset < count else { return nil }
        let length = min(query.limit, count - query.offset)
        if query.ascending {
            let first = bounds.lowerBound + query.offset
            return first...(first + length - 1)
        }
        let last = bounds.upperBound - query.offset
        return (last - length + 1)...last
    }
}
