import Foundation
import GRDB

/// One SQLite file bankterm keeps for the user under `$XDG_DATA_HOME/bankterm/`: opened as a WAL `DatabasePool`
/// (the browser and a CLI command may use one file at once), migrated, and readable by the user only. Every change
/// is one transaction; failures name the file and what it holds.
struct LocalDatabase: Sendable {
    let path: String
    private let pool: DatabasePool
    /// What the file holds, for messages ("local annotations").
    private let what: String

    /// Opens (creating when needed, with its directory) the database at `path`.
    init(path: String, migrator: DatabaseMigrator, what: String) throws(BankError) {
        self.path = path
        self.what = what
        do {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            pool = try DatabasePool(path: path)
            try migrator.migrate(pool)
            // Private notes and payments: only the user may read them (SQLite's -wal and -shm files copy the
            // database file's mode).
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        } catch {
            throw BankError(kind: .invalidInput, message: "cannot open the \(what) at \(path): \(error)")
        }
    }

    func write<T: Sendable>(_ block: @Sendable @escaping (Database) throws -> T) async throws(BankError) -> T {
        do {
            return try await pool.write(block)
        } catch {
            throw BankError(kind: .badResponse, message: "\(what) at \(path): \(error)")
        }
    }

    /// `$XDG_DATA_HOME/bankterm/NAME`, or `~/.local/share/bankterm/NAME`.
    static func defaultPath(_ name: String, environment: [String: String]) -> String {
        AppPaths(environment: environment).data.appendingPathComponent(name).path
    }
}
