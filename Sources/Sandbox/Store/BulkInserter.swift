import GRDB
import GRDBSQLite

/// Prepared INSERT statements for the importer and the demo generator, which load many rows inside one
/// transaction. `INSERT OR IGNORE` makes loading idempotent: loading the same data twice changes nothing.
struct BulkInserter {
    private let db: Database
    private let bankStatement: Statement
    private let branchStatement: Statement
    private let userStatement: Statement
    private let accountStatement: Statement
    private let viewStatement: Statement
    private let accessStatement: Statement
    private let counterpartyStatement: Statement
    private let transactionStatement: Statement
    private let annotationStatement: Statement
    private let narrativeStatement: Statement

    init(_ db: Database) throws {
        self.db = db
        bankStatement = try db.makeStatement(sql: "INSERT OR IGNORE INTO bank VALUES (?, ?, ?, ?, ?, ?)")
        branchStatement = try db.makeStatement(sql: "INSERT OR IGNORE INTO branch VALUES (?, ?, ?)")
        userStatement = try db.makeStatement(sql: "INSERT OR IGNORE INTO user VALUES (?, ?, ?, ?, ?)")
        accountStatement = try db.makeStatement(sql: "INSERT OR IGNORE INTO account VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        viewStatement = try db.makeStatement(sql: "INSERT OR IGNORE INTO account_view VALUES (?, ?, ?)")
        accessStatement = try db.makeStatement(sql: "INSERT OR IGNORE INTO account_access VALUES (?, ?, ?, ?)")
        counterpartyStatement = try db.makeStatement(sql: "INSERT OR IGNORE INTO counterparty VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        transactionStatement = try db.makeStatement(sql: """
            INSERT OR IGNORE INTO txn(bank_id, account_id, id, counterparty_id, type, description, posted, completed,
                                      amount, new_balance, currency, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        annotationStatement = try db.makeStatement(sql: "INSERT OR IGNORE INTO annotation VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        narrativeStatement = try db.makeStatement(sql: "INSERT OR IGNORE INTO narrative VALUES (?, ?, ?, ?, ?)")
    }

    func insert(_ bank: BankRecord) throws {
        try bankStatement.execute(arguments: [bank.id, bank.shortName, bank.fullName, bank.logo, bank.website, bank.bankCode])
    }

    func insertBranch(bankID: String, id: String, body: JSON) throws {
        try branchStatement.execute(arguments: [bankID, id, String(decoding: body.bytes, as: UTF8.self)])
    }

    /// The password is hashed here, so a plaintext password never reaches the database.
    func insert(_ user: UserRecord, password: String) throws {
        let salt = PasswordHasher.makeSalt()
        try userStatement.execute(arguments: [user.id, user.username, user.email, salt,
                                              PasswordHasher.hash(password: password, salt: salt)])
    }

    /// A new account, its views, and access to all of them for its owners.
    func insert(_ account: AccountRecord, views: [ViewDefinition], ownerIDs: [String]) throws {
        try accountStatement.execute(arguments: [account.bankID, account.id, account.label, account.number,
                                                 account.type, account.currency, account.balance, account.iban])
        // An account loaded before keeps the views and grants it has now: loading the same file on every start
        // must not bring back a view deleted or a grant revoked since.
        guard db.changesCount > 0 else { return }
        for view in views {
            try viewStatement.execute(arguments: [account.bankID, account.id, view.id])
            for owner in ownerIDs where !view.isPublic {
                try accessStatement.execute(arguments: [owner, account.bankID, account.id, view.id])
            }
        }
    }

    func insert(_ counterparty: CounterpartyRecord, bankID: String, accountID: String) throws {
        try counterpartyStatement.execute(arguments: [
            counterparty.id, bankID, accountID, counterparty.name, counterparty.publicAlias, counterparty.privateAlias,
            counterparty.otherBank, counterparty.otherNumber, counterparty.kind, counterparty.moreInfo, counterparty.url,
            counterparty.bankRoutingScheme, counterparty.accountRoutingScheme,
        ])
    }

    /// `position` is the transaction's place in its account (`TransactionPositions`) when the caller knows it, as
    /// the demo generator does; without it the load ends with `TransactionPositions.assign`.
    /// Bound through SQLite's C API, as GRDB documents for hot paths: building GRDB's `StatementArguments` (an
    /// array of existentials) for each of a million rows cost as much as SQLite's own work on them.
    func insert(_ transaction: TransactionRecord, bankID: String, accountID: String, position: Int? = nil) throws {
        let statement = transactionStatement.sqliteStatement
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        let texts = [bankID, accountID, transaction.id, transaction.counterparty.id, transaction.type,
                     transaction.description]
        for (index, text) in texts.enumerated() { Self.bind(text, at: Int32(index + 1), in: statement) }
        sqlite3_bind_int64(statement, 7, transaction.posted)
        sqlite3_bind_int64(statement, 8, transaction.completed)
        Self.bind(transaction.amount, at: 9, in: statement)
        Self.bind(transaction.newBalance, at: 10, in: statement)
        Self.bind(transaction.currency, at: 11, in: statement)
        if let position { sqlite3_bind_int64(statement, 12, Int64(position)) }
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: transactionStatement.sql)
        }
    }

    /// SQLITE_TRANSIENT: SQLite copies the text before the call returns, so the Swift string may go.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private static func bind(_ text: String, at index: Int32, in statement: SQLiteStatement) {
        var text = text
        text.withUTF8 { bytes in
            _ = bytes.withMemoryRebound(to: CChar.self) { chars in
                sqlite3_bind_text(statement, index, chars.baseAddress, Int32(chars.count), transient)
            }
        }
    }

    func insert(_ annotation: AnnotationRecord, bankID: String, accountID: String, viewID: String) throws {
        try annotationStatement.execute(arguments: [
            annotation.id, annotation.kind.rawValue, bankID, accountID, annotation.transactionID, viewID,
            annotation.value, annotation.label, annotation.date, annotation.user.id,
        ])
    }

    func insertNarrative(_ text: String, transactionID: String, bankID: String, accountID: String, viewID: String) throws {
        try narrativeStatement.execute(arguments: [bankID, accountID, transactionID, viewID, text])
    }
}
