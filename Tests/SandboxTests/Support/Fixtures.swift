import Foundation

/// The shared OBP fixtures, found relative to this file (never copied into the repo).
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/fixtures/obp")

    static let importFile = directory.appendingPathComponent("example_import.json").path
    static let resourceDocs = directory.appendingPathComponent("resource-docs-v5.1.0.json").path

    /// A fresh directory for one test's database files.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bankterm-sandbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// (username, password) pairs from the import file.
    static func importedUsers() throws -> [(String, String)] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: importFile))) as? [String: Any]
        let users = object?["users"] as? [[String: Any]] ?? []
        return users.compactMap { user in
            guard let name = user["user_name"] as? String, let password = user["password"] as? String else { return nil }
            return (name, password)
        }
    }
}
