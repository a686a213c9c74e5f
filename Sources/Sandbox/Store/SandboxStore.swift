import GRDB

/// The sandbox's SQLite database. Files use a `DatabasePool` in WAL mode, so readers never wait for a writer and a
/// kill in the middle of a write leaves the last committed state; tests use an in-memory `DatabaseQueue`.
/// Every write runs in one SQLite transaction.
final class SandboxStore: Sendable {
    static let cacheKiB = 32_768
    let writer: any DatabaseWriter

    init(path: String?) throws {
        var configuration = Configuration()
        // A server started on a file another one is still closing (a restart) waits for its lock, not fails.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // WAL with synchronous=NORMAL stays consistent after a crash; mmap and a larger page cache keep deep
            // OFFSET pages (which step through the index) out of read() system calls.
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA mmap_size = 268435456; PRAGMA cache_size = -\(SandboxStore.cacheKiB)")
        }
        if let path {
            writer = try DatabasePool(path: path, configuration: configuration)
        } else {
            writer = try DatabaseQueue(configuration: configuration)
        }
        try writer.write { db in
            try Self.createSchema(db)
            try Self.addRoutingSchemes(db)
            try ViewStore.createSchema(db)
            try TransactionPositions.migrate(db)
            try TransactionPositions.assign(db)
            try PaymentSchema.migrate(db)
            try CounterpartyMetadataStore.migrate(db)
            try DynamicEntityStore.migrate(db)
        }
    }

    /// On a file, runs on the calling thread (the connection's event loop, see `EventLoopHTTP1Channel`): a read in
    /// WAL mode waits for no writer and is CPU work over cached, memory-mapped pages, and sending it to GRDB's queue
    /// and back cost two thread wake-ups a request (an uncached page took 17% more server CPU, and four clients got
    /// 35% fewer pages a second). An in-memory queue (tests) puts reads behind writes, and waiting there must not
    /// hold a thread.
    func read<T: Sendable>(_ block: @Sendable @escaping (Database) throws -> T) async throws -> T {
        if writer is DatabasePool { return try readHere(block) }
        return try await writer.read(block)
    }

    /// Not async, so that GRDB's synchronous `read` is the one called.
    private func readHere<T>(_ block: (Database) throws -> T) throws -> T {
        try writer.read(block)
    }

    /// `read` without the transaction around the block, for a block of one statement, which SQLite isolates by
    /// itself: GRDB's transaction is BEGIN and COMMIT, each prepared anew, 6% of an uncached page in a profile.
    func readStatement<T: Sendable>(_ block: @Sendable @escaping (Database) throws -> T) async throws -> T {
        if writer is DatabasePool { return try readStatementHere(block) }
        return try await writer.unsafeRead(block)
    }

    private func readStatementHere<T>(_ block: (Database) throws -> T) throws -> T {
        try writer.unsafeRead(block)
    }

    func write<T: Sendable>(_ block: @Sendable @escaping (Database) throws -> T) async throws -> T {
        try await writer.write(block)
    }

    /// A database made before counterparties kept their routing schemes: each then reads as OBP's default
    /// (an account number at an OBP bank), which is what it was written as.
    private static func addRoutingSchemes(_ db: Database) throws {
        let columns = try db.columns(in: "counterparty").map(\.name)
        if !columns.contains("bank_scheme") {
            try db.execute(sql: "ALTER TABLE counterparty ADD COLUMN bank_scheme TEXT NOT NULL DEFAULT 'OBP'")
        }
        if !columns.contains("account_scheme") {
            try db.execute(sql: "ALTER TABLE counterparty ADD COLUMN account_scheme TEXT NOT NULL DEFAULT 'AccountNumber'")
        }
    }

    private static func createSchema(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS bank(
                id TEXT PRIMARY KEY, short_name TEXT NOT NULL, full_name TEXT NOT NULL,
                logo TEXT NOT NULL, website TEXT NOT NULL, bank_code TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS branch(
                bank_id TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY(bank_id, id)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS user(
                id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, email TEXT NOT NULL,
                salt TEXT NOT NULL, password_hash TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS account(
                bank_id TEXT NOT NULL, id TEXT NOT NULL, label TEXT NOT NULL, number TEXT NOT NULL,
                type TEXT NOT NULL, currency TEXT NOT NULL, balance TEXT NOT NULL, iban TEXT NOT NULL,
                PRIMARY KEY(bank_id, id)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS account_view(
                bank_id TEXT NOT NULL, account_id TEXT NOT NULL, view_id TEXT NOT NULL,
                PRIMARY KEY(bank_id, account_id, view_id)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS account_access(
                user_id TEXT NOT NULL, bank_id TEXT NOT NULL, account_id TEXT NOT NULL, view_id TEXT NOT NULL,
                PRIMARY KEY(user_id, bank_id, account_id, view_id)) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS account_access_by_account ON account_access(bank_id, account_id, view_id);
            CREATE TABLE IF NOT EXISTS counterparty(
                id TEXT PRIMARY KEY, bank_id TEXT NOT NULL, account_id TEXT NOT NULL, name TEXT NOT NULL,
                public_alias TEXT NOT NULL, private_alias TEXT NOT NULL, other_bank TEXT NOT NULL,
                other_number TEXT NOT NULL, kind TEXT NOT NULL, more_info TEXT NOT NULL, url TEXT NOT NULL,
                bank_scheme TEXT NOT NULL DEFAULT 'OBP', account_scheme TEXT NOT NULL DEFAULT 'AccountNumber');
            CREATE INDEX IF NOT EXISTS counterparty_by_account ON counterparty(bank_id, account_id);
            CREATE TABLE IF NOT EXISTS txn(
                bank_id TEXT NOT NULL, account_id TEXT NOT NULL, id TEXT NOT NULL, counterparty_id TEXT NOT NULL,
                type TEXT NOT NULL, description TEXT NOT NULL, posted INTEGER NOT NULL, completed INTEGER NOT NULL,
                amount TEXT NOT NULL, new_balance TEXT NOT NULL, currency TEXT NOT NULL, position INTEGER,
                PRIMARY KEY(bank_id, account_id, id)) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS txn_by_posted ON txn(bank_id, account_id, posted, id);
            CREATE TABLE IF NOT EXISTS narrative(
                bank_id TEXT NOT NULL, account_id TEXT NOT NULL, transaction_id TEXT NOT NULL, view_id TEXT NOT NULL,
                text TEXT NOT NULL, PRIMARY KEY(bank_id, account_id, transaction_id, view_id)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS annotation(
                id TEXT PRIMARY KEY, kind TEXT NOT NULL, bank_id TEXT NOT NULL, account_id TEXT NOT NULL,
                transaction_id TEXT NOT NULL, view_id TEXT NOT NULL, value TEXT NOT NULL, label TEXT NOT NULL,
                date INTEGER NOT NULL, user_id TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS annotation_by_transaction
                ON annotation(bank_id, account_id, view_id, transaction_id, kind, date);
            CREATE TABLE IF NOT EXISTS where_tag(
                bank_id TEXT NOT NULL, account_id TEXT NOT NULL, transaction_id TEXT NOT NULL, view_id TEXT NOT NULL,
                latitude REAL NOT NULL, longitude REAL NOT NULL, date INTEGER NOT NULL, user_id TEXT NOT NULL,
                PRIMARY KEY(bank_id, account_id, transaction_id, view_id)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS entitlement(
                id TEXT PRIMARY KEY, user_id TEXT NOT NULL, bank_id TEXT NOT NULL, role_name TEXT NOT NULL,
                UNIQUE(user_id, bank_id, role_name));
            CREATE TABLE IF NOT EXISTS customer(
                id TEXT PRIMARY KEY, bank_id TEXT NOT NULL, number TEXT NOT NULL, body TEXT NOT NULL,
                UNIQUE(bank_id, number));
            CREATE TABLE IF NOT EXISTS user_customer_link(
                id TEXT PRIMARY KEY, user_id TEXT NOT NULL, customer_id TEXT NOT NULL, bank_id TEXT NOT NULL,
                date INTEGER NOT NULL, UNIQUE(user_id, customer_id));
            CREATE TABLE IF NOT EXISTS social_media_handle(
                customer_id TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY(customer_id, seq));
            """)
    }
}
