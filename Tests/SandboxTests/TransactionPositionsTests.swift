import Foundation
import GRDB
import Testing
@testable import Sandbox

/// Pages read by position must be exactly the pages `OFFSET` reads, for every direction, date filter, limit and
/// offset, and positions must survive the ways data arrives: a load, rows added later, an older database file.
@Suite("Transaction positions")
struct TransactionPositionsTests {
    static let bank = "bank.test"
    static let account = "main"
    static let other = "other"
    static let counterparty = CounterpartyRecord(id: "cp-1", name: "Shop", publicAlias: "", privateAlias: "", otherBank: "",
                                                 otherNumber: "", kind: "", moreInfo: "", url: "")

    /// 61 transactions on 9 distinct dates (so most share `posted` with others and ties fall to the id), ids in
    /// an order unrelated to the dates, and a second account interleaved on the same dates.
    static func insert(_ db: Database, account: String = account, count: Int = 61, seed: Int = 0) throws {
        let inserter = try BulkInserter(db)
        try inserter.insert(counterparty, bankID: bank, accountID: account)
        for index in 0..<count {
            let n = index + seed
            let record = TransactionRecord(
                id: String(format: "%08x", (n &* 2_654_435_761) & 0xffff_ffff), type: "T", description: "d\(n)",
                posted: Int64(1_000 + (n * 7) % 9 * 100), completed: 0, amount: "1.00", newBalance: "0.00",
                currency: "EUR", counterparty: counterparty)
            try inserter.insert(record, bankID: bank, accountID: account)
        }
    }

    static func store() throws -> SandboxStore {
        let store = try SandboxStore(path: nil)
        try store.writer.write { db in
            try insert(db)
            try insert(db, account: other, count: 40, seed: 500)
            try TransactionPositions.assign(db)
        }
        return store
    }

    static let queries: [TransactionQuery] = {
        var queries = [TransactionQuery]()
        // Dates: unbounded, on a date many share, between two dates, past every transaction (so some ranges are
        // empty and some have from > to).
        let froms: [Int64] = [.min, 1_200, 1_250, 5_000]
        let tos: [Int64] = [.max, 1_400, 1_450, 900]
        for ascending in [true, false] {
            for from in froms {
                for to in tos {
                    for limit in [1, 7, 61, .max] {
                        for offset in [0, 1, 7, 20, 60, 61, 62, .max] {
                            queries.append(TransactionQuery(limit: limit, offset: offset, ascending: ascending,
                                                            from: from, to: to))
                        }
                    }
                }
            }
        }
        return queries
    }()

    static func ids(_ db: Database, _ query: TransactionQuery, byPosition: Bool) throws -> [String] {
        let counterparties = try CounterpartyDirectory.load(db, bankID: bank, accountID: account)
        let page = byPosition
            ? try StoreReads.transactionsByPosition(db, bankID: bank, accountID: account, query: query,
                                                    counterparties: counterparties)
            : try StoreReads.transactionsByOffset(db, bankID: bank, accountID: account, query: query,
                                                  counterparties: counterparties)
        return page.map(\.id)
    }

    static func expectSamePages(_ db: Database) throws {
        var nonEmpty = 0
        for query in queries {
            let expected = try ids(db, query, byPosition: false)
            #expect(try ids(db, query, byPosition: true) == expected, "\(query)")
            if !expected.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > queries.count / 5)
    }

    @Test("every page read by position is the page OFFSET reads")
    func positionsMatchOffset() throws {
        try Self.store().writer.read { db in
            #expect(try TransactionPositions.isComplete(db, bankID: Self.bank, accountID: Self.account))
            try Self.expectSamePages(db)
        }
    }

    @Test("a page finds the counterparty its transactions name when another account's row holds it")
    func counterpartyOfAnotherAccount() throws {
        try Self.store().writer.read { db in
            // `other` names cp-1, which was stored with `main`: its directory does not list it.
            let counterparties = try CounterpartyDirectory.load(db, bankID: Self.bank, accountID: Self.other)
            let query = TransactionQuery(limit: 1_000)
            for page in [
                try StoreReads.transactionsByPosition(db, bankID: Self.bank, accountID: Self.other, query: query,
                                                      counterparties: counterparties),
                try StoreReads.transactionsByOffset(db, bankID: Self.bank, accountID: Self.other, query: query,
                                                    counterparties: counterparties),
            ] {
                #expect(page.count == 40)
                #expect(page.allSatisfy { $0.counterparty.id == "cp-1" && $0.counterparty.name == "Shop" })
            }
        }
    }

    @Test("rows added after numbering send reads back to OFFSET until they are numbered")
    func laterRows() throws {
        let store = try Self.store()
        try store.writer.write { db in
            try Self.insert(db, count: 30, seed: 1_000)
            #expect(try !TransactionPositions.isComplete(db, bankID: Self.bank, accountID: Self.account))
            #expect(try TransactionPositions.isComplete(db, bankID: Self.bank, accountID: Self.other))
            let query = TransactionQuery(limit: 1_000)
            let counterparties = try CounterpartyDirectory.load(db, bankID: Self.bank, accountID: Self.account)
            let layout = try TransactionPositions.layout(db, bankID: Self.bank, accountID: Self.account)
            #expect(try StoreReads.transactions(db, bankID: Self.bank, accountID: Self.account, query: query,
                                                layout: layout, counterparties: counterparties).count == 91)
            try TransactionPositions.assign(db)
            #expect(try TransactionPositions.isComplete(db, bankID: Self.bank, accountID: Self.account))
            #expect(try StoreReads.transactionsByPosition(db, bankID: Self.bank, accountID: Self.account, query: query,
                                                          counterparties: counterparties).count == 91)
            try Self.expectSamePages(db)
        }
    }

    /// Test data in a file, changed by `older` into what an older version left, then opened again.
    static func reopened(after older: String, in directory: URL) async throws -> SandboxStore {
        let path = directory.appendingPathComponent("old.sqlite").path
        do {
            let store = try SandboxStore(path: path)
            try await store.write { db in
                try Self.insert(db)
                try db.execute(sql: older)
            }
        }
        return try SandboxStore(path: path)
    }

    @Test("a database made before positions existed gets them when opened")
    func olderDatabase() async throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let reopened = try await Self.reopened(
            after: "DROP INDEX txn_page; DROP INDEX txn_unpositioned; ALTER TABLE txn DROP COLUMN position", in: directory)
        try await reopened.read { db in
            #expect(try TransactionPositions.isComplete(db, bankID: Self.bank, accountID: Self.account))
            try Self.expectSamePages(db)
        }
    }

    @Test("a page by position reads the covering index alone, never the table", arguments: [true, false])
    func pageReadsCoveringIndex(ascending: Bool) throws {
        let store = try Self.store()
        try store.writer.read { db in
            let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + StoreReads.pageByPosition(ascending: ascending),
                                        arguments: [Self.bank, Self.account, 0, 49]).map { $0["detail"] as String }
            #expect(plan == ["SEARCH t USING COVERING INDEX txn_page (bank_id=? AND account_id=? AND position>? AND position<?)"])
        }
    }

    @Test("the narrower position index of older versions is replaced by the covering one")
    func olderPositionIndex() async throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let reopened = try await Self.reopened(
            after: "DROP INDEX txn_page; CREATE INDEX txn_by_position ON txn(bank_id, account_id, position)", in: directory)
        let indexes = try await reopened.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'txn' ORDER BY name")
        }
        #expect(indexes.contains("txn_page"))
        #expect(!indexes.contains("txn_by_position"))
        try await reopened.read { db in try Self.expectSamePages(db) }
    }

    @Test("the sandbox numbers what it loads")
    func loaderNumbers() async throws {
        let store = try SandboxStore(path: nil)
        _ = try await SandboxLoader.load(SandboxConfiguration(databasePath: nil, generate: 500), into: store)
        let (unnumbered, misnumbered) = try await store.read { db in
            // The generator numbers rows as it inserts them; numbering them afterwards must give the same.
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM txn WHERE position IS NULL"),
             try Int.fetchOne(db, sql: """
                SELECT count(*) FROM (SELECT position, row_number() OVER (PARTITION BY bank_id, account_id
                                                                         ORDER BY posted, id) - 1 AS n FROM txn)
                WHERE position IS NOT n
                """))
        }
        #expect(unnumbered == 0)
        #expect(misnumbered == 0)
    }
}
