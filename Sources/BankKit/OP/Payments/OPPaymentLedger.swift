import Foundation
import GRDB

/// The OP payments this machine created, newest first, in `$XDG_DATA_HOME/bankterm/op-payments.sqlite`: OP has no
/// endpoint that lists a merchant's payments, so a payments screen lists these and asks OP for each one's status.
/// Shared by the CLI and the browser (WAL), readable by the user only.
public final class OPPaymentLedger: Sendable {
    private let database: LocalDatabase
    public var path: String { database.path }

    public init(path: String) throws(BankError) {
        database = try LocalDatabase(path: path, migrator: Self.migrator, what: "OP payment ledger")
    }

    public static func defaultPath(environment: [String: String]) -> String {
        LocalDatabase.defaultPath("op-payments.sqlite", environment: environment)
    }

    /// The merchant's payments and refunds, newest first.
    public func entries(merchantID: String) async throws(BankError) -> [OPPaymentEntry] {
        try await database.write { db in
            try Row.fetchAll(db, sql: "SELECT * FROM op_payment WHERE merchant_id = ? ORDER BY created_at DESC, rowid DESC",
                             arguments: [merchantID]).map(Self.entry)
        }
    }

    public func entry(_ paymentID: String) async throws(BankError) -> OPPaymentEntry? {
        try await database.write { db in
            try Row.fetchOne(db, sql: "SELECT * FROM op_payment WHERE payment_id = ?", arguments: [paymentID])
                .map(Self.entry)
        }
    }

    /// Adds a payment just created (or replaces the row of the same id).
    public func record(_ entry: OPPaymentEntry) async throws(BankError) {
        try await database.write { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO op_payment(payment_id, merchant_id, amount, reference, status, total_refunded,
                    refund_of, browser_flow_url, request_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [entry.paymentID, entry.merchantID, entry.amount, entry.reference, entry.status,
                                 entry.totalRefunded, entry.refundOf, entry.browserFlowURL, entry.requestID,
                                 entry.createdAt.timeIntervalSince1970, entry.updatedAt.timeIntervalSince1970])
        }
    }

    /// Keeps the status OP reported for a payment this machine knows; others are left alone.
    public func update(_ status: OPPaymentStatus, at date: Date) async throws(BankError) {
        try await database.write { db in
            try db.execute(sql: """
                UPDATE op_payment SET status = ?, total_refunded = COALESCE(?, total_refunded), updated_at = ?
                WHERE payment_id = ?
                """, arguments: [status.status, status.totalRefundedAmount, date.timeIntervalSince1970,
                                 status.paymentID])
        }
    }

    /// Keeps the refunded total a refund answered with.
    public func setRefunded(_ paymentID: String, total: String?, at date: Date) async throws(BankError) {
        try await database.write { db in
            try db.execute(sql: """
                UPDATE op_payment SET total_refunded = COALESCE(?, total_refunded), updated_at = ? WHERE payment_id = ?
                """, arguments: [total, date.timeIntervalSince1970, paymentID])
        }
    }

    private static func entry(_ row: Row) -> OPPaymentEntry {
        OPPaymentEntry(paymentID: row["payment_id"], merchantID: row["merchant_id"], amount: row["amount"],
                       reference: row["reference"], status: row["status"], totalRefunded: row["total_refunded"],
                       refundOf: row["refund_of"], browserFlowURL: row["browser_flow_url"],
                       requestID: row["request_id"], createdAt: Date(timeIntervalSince1970: row["created_at"]),
                       updatedAt: Date(timeIntervalSince1970: row["updated_at"]))
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE op_payment(
                    payment_id TEXT PRIMARY KEY, merchant_id TEXT NOT NULL, amount TEXT NOT NULL,
                    reference TEXT NOT NULL, status TEXT NOT NULL, total_refunded TEXT, refund_of TEXT,
                    browser_flow_url TEXT, request_id TEXT NOT NULL, created_at REAL NOT NULL,
                    updated_at REAL NOT NULL);
                CREATE INDEX op_payment_by_merchant ON op_payment(merchant_id, created_at);
                """)
        }
        return migrator
    }
}
