import GRDB

/// Reads and writes of transaction requests. Writes run inside the caller's `SandboxStore.write` transaction,
/// which is what makes answering a challenge execute the payment once however many answers arrive together.
enum TransactionRequestStore {
    private static let columns = """
        SELECT id, bank_id, account_id, type, status, details, currency, amount, description, charge_policy,
               to_bank_id, to_account_id, to_name, to_routing, user_id, start_date, end_date, transaction_ids,
               challenge_id, challenge_attempts, debit_amount, credit_currency, credit_amount, rate
        FROM transaction_request
        """

    static func insert(_ db: Database, _ r: TransactionRequestRecord) throws {
        try db.cachedStatement(sql: """
            INSERT INTO transaction_request(id, bank_id, account_id, type, status, details, currency, amount,
                description, charge_policy, to_bank_id, to_account_id, to_name, to_routing, user_id, start_date,
                end_date, transaction_ids, challenge_id, challenge_attempts, debit_amount, credit_currency,
                credit_amount, rate)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                r.id, r.bankID, r.accountID, r.type, r.status.rawValue, r.details, r.currency, r.amount,
                r.description, r.chargePolicy, r.toBankID, r.toAccountID, r.toName, r.toRouting, r.userID,
                r.startDate, r.endDate, r.transactionIDs.joined(separator: ","), r.challengeID, r.challengeAttempts,
                r.debitAmount, r.creditCurrency, r.creditAmount, r.rate,
            ])
    }

    /// Saves what answering changes: status, end date, the transactions made and the attempts used.
    static func update(_ db: Database, _ r: TransactionRequestRecord) throws {
        try db.cachedStatement(sql: """
            UPDATE transaction_request SET status = ?, end_date = ?, transaction_ids = ?, challenge_attempts = ?
            WHERE id = ?
            """).execute(arguments: [r.status.rawValue, r.endDate, r.transactionIDs.joined(separator: ","),
                                     r.challengeAttempts, r.id])
    }

    static func request(_ db: Database, id: String) throws -> TransactionRequestRecord? {
        try Row.fetchOne(db.cachedStatement(sql: "\(columns) WHERE id = ?"), arguments: [id]).map(record)
    }

    /// The account's requests, newest first.
    static func requests(_ db: Database, bankID: String, accountID: String) throws -> [TransactionRequestRecord] {
        try Row.fetchAll(db.cachedStatement(sql: "\(columns) WHERE bank_id = ? AND account_id = ? ORDER BY start_date DESC, id"),
                         arguments: [bankID, accountID]).map(record)
    }

    private static func record(_ row: Row) -> TransactionRequestRecord {
        let ids: String = row[17]
        return TransactionRequestRecord(
            id: row[0], bankID: row[1], accountID: row[2], type: row[3],
            status: TransactionRequestRecord.Status(rawValue: row[4]) ?? .failed, details: row[5], currency: row[6],
            amount: row[7], description: row[8], chargePolicy: row[9], toBankID: row[10], toAccountID: row[11],
            toName: row[12], toRouting: row[13], userID: row[14], startDate: row[15], endDate: row[16],
            transactionIDs: ids.split(separator: ",").map(String.init), challengeID: row[18],
            challengeAttempts: row[19], debitAmount: row[20], creditCurrency: row[21], creditAmount: row[22],
            rate: row[23])
    }
}
