import GRDB

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
                                      amount, new_balance, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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

    func insert(_ transaction: TransactionRecord, bankID: String, accountID: String) throws {
        try transactionStatement.execute(arguments: [
            bankID, accountID, transaction.id, transaction.counterparty.id, transaction.type, transaction.description,
            transaction.posted, transaction.completed, transaction.amount, transaction.newBalance, transaction.currency,
        ])
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
