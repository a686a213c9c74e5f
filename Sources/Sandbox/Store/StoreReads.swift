import GRDB

/// The queries the API serves from. All use cached (prepared) statements: the transaction page is the hot path.
enum StoreReads {
    static func banks(_ db: Database) throws -> [BankRecord] {
        let statement = try db.cachedStatement(sql: "SELECT id, short_name, full_name, logo, website, bank_code FROM bank ORDER BY id")
        return try Row.fetchAll(statement).map(bank)
    }

    static func bank(_ db: Database, id: String) throws -> BankRecord? {
        let statement = try db.cachedStatement(sql: "SELECT id, short_name, full_name, logo, website, bank_code FROM bank WHERE id = ?")
        return try Row.fetchOne(statement, arguments: [id]).map(bank)
    }

    static func branchBodies(_ db: Database, bankID: String) throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: "SELECT body FROM branch WHERE bank_id = ? ORDER BY id"), arguments: [bankID])
    }

    static func branchBody(_ db: Database, bankID: String, id: String) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT body FROM branch WHERE bank_id = ? AND id = ?"), arguments: [bankID, id])
    }

    /// The user and its salted hash, for DirectLogin.
    static func credentials(_ db: Database, username: String) throws -> (UserRecord, salt: String, hash: String)? {
        let statement = try db.cachedStatement(sql: "SELECT id, username, email, salt, password_hash FROM user WHERE username = ?")
        guard let row = try Row.fetchOne(statement, arguments: [username]) else { return nil }
        return (UserRecord(id: row[0], username: row[1], email: row[2]), row[3], row[4])
    }

    static func user(_ db: Database, id: String) throws -> UserRecord? {
        let statement = try db.cachedStatement(sql: "SELECT id, username, email FROM user WHERE id = ?")
        return try Row.fetchOne(statement, arguments: [id]).map { UserRecord(id: $0[0], username: $0[1], email: $0[2]) }
    }

    static func account(_ db: Database, bankID: String, accountID: String) throws -> AccountRecord? {
        let statement = try db.cachedStatement(sql: "\(accountColumns) FROM account WHERE bank_id = ? AND id = ?")
        return try Row.fetchOne(statement, arguments: [bankID, accountID]).map(account)
    }

    static func viewIDs(_ db: Database, bankID: String, accountID: String) throws -> [String] {
        let statement = try db.cachedStatement(sql: "SELECT view_id FROM account_view WHERE bank_id = ? AND account_id = ?")
        return try String.fetchAll(statement, arguments: [bankID, accountID])
    }

    static func accessibleViewIDs(_ db: Database, userID: String, bankID: String, accountID: String) throws -> [String] {
        let statement = try db.cachedStatement(sql: """
            SELECT view_id FROM account_access WHERE user_id = ? AND bank_id = ? AND account_id = ?
            """)
        return try String.fetchAll(statement, arguments: [userID, bankID, accountID])
    }

    /// The accounts a user can see through at least one view, with those views; `bankID` nil means every bank.
    static func accessibleAccounts(_ db: Database, userID: String, bankID: String?) throws -> [(AccountRecord, [String])] {
        let statement = try db.cachedStatement(sql: """
            SELECT a.bank_id, a.id, a.label, a.number, a.type, a.currency, a.balance, a.iban, group_concat(x.view_id)
            FROM account_access x JOIN account a ON a.bank_id = x.bank_id AND a.id = x.account_id
            WHERE x.user_id = ?1 AND (?2 IS NULL OR x.bank_id = ?2)
            GROUP BY a.bank_id, a.id ORDER BY a.bank_id, a.id
            """)
        return try Row.fetchAll(statement, arguments: [userID, bankID]).map { row in
            let views: String = row[8]
            return (account(row), views.split(separator: ",").map(String.init).sorted(by: viewOrder))
        }
    }

    /// The accounts with at least one public view: `_public` as built in, or any view made or changed public.
    static func publicAccounts(_ db: Database, bankID: String) throws -> [AccountRecord] {
        let statement = try db.cachedStatement(sql: """
            SELECT DISTINCT a.bank_id, a.id, a.label, a.number, a.type, a.currency, a.balance, a.iban
            FROM account a JOIN account_view v ON v.bank_id = a.bank_id AND v.account_id = a.id
            LEFT JOIN custom_view c ON c.bank_id = v.bank_id AND c.account_id = v.account_id AND c.view_id = v.view_id
            WHERE a.bank_id = ? AND (c.is_public = 1 OR (c.view_id IS NULL AND v.view_id = '_public')) ORDER BY a.id
            """)
        return try Row.fetchAll(statement, arguments: [bankID]).map(account)
    }

    static func owners(_ db: Database, bankID: String, accountID: String) throws -> [UserRecord] {
        let statement = try db.cachedStatement(sql: """
            SELECT u.id, u.username, u.email FROM account_access x JOIN user u ON u.id = x.user_id
            WHERE x.bank_id = ? AND x.account_id = ? AND x.view_id = 'owner' ORDER BY u.username
            """)
        return try Row.fetchAll(statement, arguments: [bankID, accountID]).map { UserRecord(id: $0[0], username: $0[1], email: $0[2]) }
    }

    /// One page of the account's transactions: by position when `layout` says the account is numbered (any depth
    /// costs the same), else by `OFFSET`. Both give the same rows; the tests hold them to it. Counterparties come
    /// from `counterparties`.
    static func transactions(_ db: Database, bankID: String, accountID: String, query: TransactionQuery,
                             layout: TransactionPositions.Layout, counterparties: CounterpartyDirectory) throws
        -> [TransactionRecord] {
        guard layout.isComplete else {
            return try transactionsByOffset(db, bankID: bankID, accountID: accountID, query: query,
                                            counterparties: counterparties)
        }
        return try transactionsByPosition(db, bankID: bankID, accountID: accountID, query: query, layout: layout,
                                          counterparties: counterparties)
    }

    static func transactionsByPosition(_ db: Database, bankID: String, accountID: String, query: TransactionQuery,
                                       layout: TransactionPositions.Layout? = nil,
                                       counterparties: CounterpartyDirectory) throws -> [TransactionRecord] {
        // Without dates the range is the whole account's, which the layout may know.
        let whole = query.isWholeRange ? layout?.bounds : nil
        guard let bounds = try whole ?? TransactionPositions.bounds(db, bankID: bankID, accountID: accountID,
                                                                    from: query.from, to: query.to),
              let page = TransactionPositions.page(query, within: bounds) else { return [] }
        let statement = try db.cachedStatement(sql: pageByPosition(ascending: query.ascending))
        return try pageRows(db, statement, [bankID, accountID, page.lowerBound, page.upperBound], counterparties)
    }

    /// The statement of a page by position; its plan is a range scan of the covering index `txn_page` alone.
    static func pageByPosition(ascending: Bool) -> String {
        """
        \(pageColumns)
        WHERE t.bank_id = ? AND t.account_id = ? AND t.position BETWEEN ? AND ?
        ORDER BY t.position \(ascending ? "ASC" : "DESC")
        """
    }

    static func transactionsByOffset(_ db: Database, bankID: String, accountID: String, query: TransactionQuery,
                                     counterparties: CounterpartyDirectory) throws -> [TransactionRecord] {
        let direction = query.ascending ? "ASC" : "DESC"
        // The page is chosen on the covering index alone, so OFFSET skips index entries rather than joined rows;
        // only the page's rows are then read and joined.
        let statement = try db.cachedStatement(sql: """
            \(pageColumns)
            JOIN (SELECT posted, id FROM txn WHERE bank_id = ?1 AND account_id = ?2 AND posted >= ?3 AND posted <= ?4
                  ORDER BY posted \(direction), id \(direction) LIMIT ?5 OFFSET ?6) p
              ON t.bank_id = ?1 AND t.account_id = ?2 AND t.id = p.id
            ORDER BY p.posted \(direction), p.id \(direction)
            """)
        return try pageRows(db, statement, [bankID, accountID, query.from, query.to, query.limit, query.offset],
                            counterparties)
    }

    /// The rows of a page statement (`pageColumns`), each with its counterparty from `counterparties`.
    private static func pageRows(_ db: Database, _ statement: Statement, _ arguments: StatementArguments,
                                 _ counterparties: CounterpartyDirectory) throws -> [TransactionRecord] {
        var page: [TransactionRecord] = []
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try rows.next() {
            guard let counterparty = try counterparties.counterparty(db, id: row[8]) else { continue }
            page.append(transaction(row, counterparty: counterparty))
        }
        return page
    }

    static func transaction(_ db: Database, bankID: String, accountID: String, id: String) throws -> TransactionRecord? {
        let statement = try db.cachedStatement(sql: "\(transactionColumns) WHERE t.bank_id = ? AND t.account_id = ? AND t.id = ?")
        return try Row.fetchOne(statement, arguments: [bankID, accountID, id]).map(transaction)
    }

    static func counterparties(_ db: Database, bankID: String, accountID: String) throws -> [CounterpartyRecord] {
        let statement = try db.cachedStatement(sql: "\(counterpartyColumns) WHERE bank_id = ? AND account_id = ? ORDER BY name, id")
        return try Row.fetchAll(statement, arguments: [bankID, accountID]).map { counterparty($0, from: 0) }
    }

    static func counterparty(_ db: Database, id: String) throws -> CounterpartyRecord? {
        let statement = try db.cachedStatement(sql: "\(counterpartyColumns) WHERE id = ?")
        return try Row.fetchOne(statement, arguments: [id]).map { counterparty($0, from: 0) }
    }

    static func counterparty(_ db: Database, bankID: String, accountID: String, id: String) throws -> CounterpartyRecord? {
        let statement = try db.cachedStatement(sql: "\(counterpartyColumns) WHERE bank_id = ? AND account_id = ? AND id = ?")
        return try Row.fetchOne(statement, arguments: [bankID, accountID, id]).map { counterparty($0, from: 0) }
    }

    /// The metadata made through `viewID` on the given transactions, or on every transaction of the account when
    /// `transactionIDs` is nil; one query per kind. Rows are read through cursors: `fetchAll` would copy every row
    /// before it is decoded.
    static func metadata(_ db: Database, bankID: String, accountID: String, viewID: String,
                         transactionIDs: [String]?) throws -> [String: TransactionMetadataRecord] {
        var result = [String: TransactionMetadataRecord]()
        func query(_ sql: (String) -> String, _ row: (Row) -> Void) throws {
            var arguments: StatementArguments = [bankID, accountID, viewID]
            var filter = ""
            if let ids = transactionIDs {
                guard !ids.isEmpty else { return }
                filter = "AND transaction_id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ",")))"
                arguments += StatementArguments(ids)
            }
            try Row.fetchCursor(db.cachedStatement(sql: sql(filter)), arguments: arguments).forEach(row)
        }

        try query({ """
            SELECT transaction_id, text FROM narrative WHERE bank_id = ? AND account_id = ? AND view_id = ? \($0)
            """ }) { row in
            result[row[0], default: .empty].narrative = row[1]
        }
        try query({ """
            SELECT a.id, a.kind, a.transaction_id, a.value, a.label, a.date, u.id, u.username, u.email
            FROM annotation a JOIN user u ON u.id = a.user_id
            WHERE a.bank_id = ? AND a.account_id = ? AND a.view_id = ? \($0)
            ORDER BY a.date, a.id
            """ }) { row in
            let record = annotation(row)
            switch record.kind {
            case .comment: result[record.transactionID, default: .empty].comments.append(record)
            case .tag: result[record.transactionID, default: .empty].tags.append(record)
            case .image: result[record.transactionID, default: .empty].images.append(record)
            }
        }
        try query({ """
            SELECT w.transaction_id, w.latitude, w.longitude, w.date, u.id, u.username, u.email
            FROM where_tag w JOIN user u ON u.id = w.user_id
            WHERE w.bank_id = ? AND w.account_id = ? AND w.view_id = ? \($0)
            """ }) { row in
            result[row[0], default: .empty].whereTag = WhereRecord(
                transactionID: row[0], latitude: row[1], longitude: row[2], date: row[3],
                user: UserRecord(id: row[4], username: row[5], email: row[6]))
        }
        return result
    }

    static func annotation(_ db: Database, id: String) throws -> (AnnotationRecord, viewID: String, bankID: String, accountID: String)? {
        let statement = try db.cachedStatement(sql: """
            SELECT a.id, a.kind, a.transaction_id, a.value, a.label, a.date, u.id, u.username, u.email,
                   a.view_id, a.bank_id, a.account_id
            FROM annotation a JOIN user u ON u.id = a.user_id WHERE a.id = ?
            """)
        guard let row = try Row.fetchOne(statement, arguments: [id]) else { return nil }
        return (annotation(row), row[9], row[10], row[11])
    }

    /// Owner first, then the other system views, then custom ones, as OBP lists them.
    static func viewOrder(_ a: String, _ b: String) -> Bool {
        let rank = { (id: String) in ViewDefinition.all.firstIndex { $0.id == id } ?? Int.max }
        return (rank(a), a) < (rank(b), b)
    }

    private static let accountColumns = "SELECT bank_id, id, label, number, type, currency, balance, iban"
    private static let counterpartyColumns = """
        SELECT id, name, public_alias, private_alias, other_bank, other_number, kind, more_info, url, bank_scheme,
               account_scheme FROM counterparty
        """
    private static let transactionColumns = """
        SELECT t.id, t.type, t.description, t.posted, t.completed, t.amount, t.new_balance, t.currency,
               c.id, c.name, c.public_alias, c.private_alias, c.other_bank, c.other_number, c.kind, c.more_info, c.url,
               c.bank_scheme, c.account_scheme
        FROM txn t JOIN counterparty c ON c.id = t.counterparty_id
        """
    /// A page's columns: the counterparty by id only, for `CounterpartyDirectory`.
    private static let pageColumns = """
        SELECT t.id, t.type, t.description, t.posted, t.completed, t.amount, t.new_balance, t.currency,
               t.counterparty_id
        FROM txn t
        """

    private static func bank(_ row: Row) -> BankRecord {
        BankRecord(id: row[0], shortName: row[1], fullName: row[2], logo: row[3], website: row[4], bankCode: row[5])
    }

    private static func account(_ row: Row) -> AccountRecord {
        AccountRecord(bankID: row[0], id: row[1], label: row[2], number: row[3], type: row[4], currency: row[5],
                      balance: row[6], iban: row[7])
    }

    private static func counterparty(_ row: Row, from i: Int) -> CounterpartyRecord {
        CounterpartyRecord(id: row[i], name: row[i + 1], publicAlias: row[i + 2], privateAlias: row[i + 3],
                           otherBank: row[i + 4], otherNumber: row[i + 5], kind: row[i + 6], moreInfo: row[i + 7],
                           url: row[i + 8], bankRoutingScheme: row[i + 9], accountRoutingScheme: row[i + 10])
    }

    private static func transaction(_ row: Row) -> TransactionRecord {
        transaction(row, counterparty: counterparty(row, from: 8))
    }

    /// A transaction from its first eight columns, as both the joined and the page statements select them.
    private static func transaction(_ row: Row, counterparty: CounterpartyRecord) -> TransactionRecord {
        TransactionRecord(id: row[0], type: row[1], description: row[2], posted: row[3], completed: row[4],
                          amount: row[5], newBalance: row[6], currency: row[7], counterparty: counterparty)
    }

    private static func annotation(_ row: Row) -> AnnotationRecord {
        AnnotationRecord(id: row[0], kind: AnnotationRecord.Kind(rawValue: row[1]) ?? .comment, transactionID: row[2],
                         value: row[3], label: row[4], date: row[5],
                         user: UserRecord(id: row[6], username: row[7], email: row[8]))
    }
}
