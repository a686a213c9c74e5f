import Foundation
import GRDB

/// Tags, comments, narratives and where-locations for providers without a metadata API (OP), kept in SQLite on
/// this machine and keyed by (provider, account, transaction). A `DatabasePool` in WAL mode, so the browser and a
/// CLI command may use the same file at once. Every change is one transaction; nothing is cached in memory.
public final class LocalAnnotationStore: Sendable {
    private let database: LocalDatabase
    public var path: String { database.path }

    /// Opens (creating when needed, with its directory) the store at `path`.
    public init(path: String) throws(BankError) {
        database = try LocalDatabase(path: path, migrator: Self.migrator, what: "local annotations")
    }

    /// `$XDG_DATA_HOME/bankterm/annotations.sqlite`, or `~/.local/share/bankterm/annotations.sqlite`.
    public static func defaultPath(environment: [String: String]) -> String {
        LocalDatabase.defaultPath("annotations.sqlite", environment: environment)
    }

    // MARK: Reading

    /// The annotations of `transactions` of one account, each marked local; a transaction without any gets empty
    /// lists (visible, none made) rather than nils (hidden).
    public func metadata(provider: String, account: String,
                         transactions: [String]) async throws(BankError) -> [String: TransactionMetadata] {
        guard !transactions.isEmpty else { return [:] }
        return try await run { db in
            var result = [String: TransactionMetadata]()
            for id in transactions {
                result[id] = TransactionMetadata(narrative: nil, tags: [], comments: [], images: nil,
                                                 whereTag: .absent, isLocal: true)
            }
            // SQLite caps bound parameters per statement; chunks keep any page size within it.
            for chunk in stride(from: 0, to: transactions.count, by: 500).map({
                Array(transactions[$0..<min($0 + 500, transactions.count)])
            }) {
                let marks = databaseQuestionMarks(count: chunk.count)
                let arguments = StatementArguments([provider, account] + chunk)
                let annotations = try Row.fetchAll(db, sql: """
                    SELECT id, txn, kind, value, date, author FROM annotation
                    WHERE provider = ? AND account = ? AND txn IN (\(marks)) ORDER BY date, id
                    """, arguments: arguments)
                for row in annotations {
                    let txn: String = row["txn"]
                    let kind: String = row["kind"]
                    let date = Date(timeIntervalSince1970: row["date"])
                    if kind == "tag" {
                        result[txn]?.tags?.append(Tag(id: row["id"], value: row["value"], date: date, author: row["author"]))
                    } else {
                        result[txn]?.comments?.append(Comment(id: row["id"], value: row["value"], date: date,
                                                              author: row["author"]))
                    }
                }
                for row in try Row.fetchAll(db, sql: """
                    SELECT txn, text FROM narrative WHERE provider = ? AND account = ? AND txn IN (\(marks))
                    """, arguments: arguments) {
                    result[row["txn"] as String]?.narrative = row["text"]
                }
                for row in try Row.fetchAll(db, sql: """
                    SELECT txn, latitude, longitude, date FROM where_tag
                    WHERE provider = ? AND account = ? AND txn IN (\(marks))
                    """, arguments: arguments) {
                    result[row["txn"] as String]?.whereTag = .value(GeoTag(
                        latitude: row["latitude"], longitude: row["longitude"],
                        date: Date(timeIntervalSince1970: row["date"])))
                }
            }
            return result
        }
    }

    /// `transactions` with their local annotations filled in.
    public func annotate(_ transactions: [Transaction], provider: String) async throws(BankError) -> [Transaction] {
        var result = transactions
        for (account, indices) in Dictionary(grouping: transactions.indices, by: { transactions[$0].account.accountID }) {
            let found = try await metadata(provider: provider, account: account.rawValue,
                                           transactions: indices.map { transactions[$0].id.rawValue })
            for index in indices {
                if let metadata = found[result[index].id.rawValue] { result[index].metadata = metadata }
            }
        }
        return result
    }

    // MARK: Writing

    public func addTag(_ value: String, to key: LocalAnnotationKey, author: String? = nil) async throws(BankError) -> Tag {
        try AnnotationRules.checkTag(value)
        let tag = Tag(id: UUID().uuidString.lowercased(), value: value, date: Date(), author: author)
        try await insert(id: tag.id, kind: "tag", value: value, key: key, author: author)
        return tag
    }

    public func addComment(_ value: String, to key: LocalAnnotationKey,
                           author: String? = nil) async throws(BankError) -> Comment {
        try AnnotationRules.checkComment(value)
        let comment = Comment(id: UUID().uuidString.lowercased(), value: value, date: Date(), author: author)
        try await insert(id: comment.id, kind: "comment", value: value, key: key, author: author)
        return comment
    }

    public func deleteTag(_ id: String, from key: LocalAnnotationKey) async throws(BankError) {
        try await delete(id: id, kind: "tag", key: key)
    }

    public func deleteComment(_ id: String, from key: LocalAnnotationKey) async throws(BankError) {
        try await delete(id: id, kind: "comment", key: key)
    }

    public func setNarrative(_ text: String, on key: LocalAnnotationKey) async throws(BankError) {
        try await run { db in
            try db.execute(sql: "INSERT OR REPLACE INTO narrative VALUES (?, ?, ?, ?, ?)",
                           arguments: [key.provider, key.account, key.transaction, text, Date().timeIntervalSince1970])
        }
    }

    public func deleteNarrative(on key: LocalAnnotationKey) async throws(BankError) {
        try await run { db in
            try db.execute(sql: "DELETE FROM narrative WHERE provider = ? AND account = ? AND txn = ?",
                           arguments: [key.provider, key.account, key.transaction])
        }
    }

    public func setWhere(_ location: GeoTag, on key: LocalAnnotationKey) async throws(BankError) {
        try AnnotationRules.checkLocation(location)
        try await run { db in
            try db.execute(sql: "INSERT OR REPLACE INTO where_tag VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [key.provider, key.account, key.transaction, location.latitude,
                                       location.longitude, (location.date ?? Date()).timeIntervalSince1970])
        }
    }

    public func deleteWhere(on key: LocalAnnotationKey) async throws(BankError) {
        try await run { db in
            try db.execute(sql: "DELETE FROM where_tag WHERE provider = ? AND account = ? AND txn = ?",
                           arguments: [key.provider, key.account, key.transaction])
        }
    }

    // MARK: Plumbing

    private func insert(id: String, kind: String, value: String, key: LocalAnnotationKey,
                        author: String?) async throws(BankError) {
        try await run { db in
            try db.execute(sql: "INSERT INTO annotation VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           arguments: [id, key.provider, key.account, key.transaction, kind, value,
                                       Date().timeIntervalSince1970, author])
        }
    }

    /// Deleting what is not there is a 404 in OBP's terms, so the caller learns that the id was wrong.
    private func delete(id: String, kind: String, key: LocalAnnotationKey) async throws(BankError) {
        let deleted = try await run { db in
            try db.execute(sql: """
                DELETE FROM annotation WHERE id = ? AND kind = ? AND provider = ? AND account = ? AND txn = ?
                """, arguments: [id, kind, key.provider, key.account, key.transaction])
            return db.changesCount
        }
        guard deleted > 0 else {
            throw BankError(kind: .notFound, message: "no local \(kind) \(id) on transaction \(key.transaction)")
        }
    }

    private func run<T: Sendable>(_ block: @Sendable @escaping (Database) throws -> T) async throws(BankError) -> T {
        try await database.write(block)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE annotation(
                    id TEXT PRIMARY KEY, provider TEXT NOT NULL, account TEXT NOT NULL, txn TEXT NOT NULL,
                    kind TEXT NOT NULL, value TEXT NOT NULL, date REAL NOT NULL, author TEXT);
                CREATE INDEX annotation_by_transaction ON annotation(provider, account, txn);
                CREATE TABLE narrative(
                    provider TEXT NOT NULL, account TEXT NOT NULL, txn TEXT NOT NULL, text TEXT NOT NULL,
                    date REAL NOT NULL, PRIMARY KEY(provider, account, txn)) WITHOUT ROWID;
                CREATE TABLE where_tag(
                    provider TEXT NOT NULL, account TEXT NOT NULL, txn TEXT NOT NULL, latitude REAL NOT NULL,
                    longitude REAL NOT NULL, date REAL NOT NULL, PRIMARY KEY(provider, account, txn)) WITHOUT ROWID;
                """)
        }
        return migrator
    }
}
