import Foundation

/// The shared fixtures live next to the repository, never inside it: `<repo>/../shared/fixtures/obp/`.
public enum Fixtures {
    /// `Tests/TestSupport/Fixtures.swift` → `<repo>/..`.
    public static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("shared/fixtures/obp")

    public static var exampleImport: URL { directory.appendingPathComponent("example_import.json") }

    /// `success_response_body` of each resource doc, keyed by operation id without its version prefix
    /// (`getBanks`), keeping the newest version when several exist.
    public static let successBodies: [String: Data] = {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(
            "resource-docs-v5.1.0.json").path),
              let top = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let docs = top["resource_docs"] as? [[String: Any]] else { return [:] }
        var bodies: [String: (version: String, body: Data)] = [:]
        for doc in docs {
            guard let operation = doc["operation_id"] as? String, let dash = operation.firstIndex(of: "-"),
                  let body = doc["success_response_body"], JSONSerialization.isValidJSONObject(body),
                  let bodyData = try? JSONSerialization.data(withJSONObject: body) else { continue }
            let name = String(operation[operation.index(after: dash)...])
            let version = String(operation[..<dash])
            if let existing = bodies[name], existing.version.compare(version, options: .numeric) == .orderedDescending {
                continue
            }
            bodies[name] = (version, bodyData)
        }
        return bodies.mapValues(\.body)
    }()

    public static func successBody(_ operation: String) throws -> Data {
        guard let body = successBodies[operation] else {
            throw FixtureMissing(operation: operation)
        }
        return body
    }

    public struct FixtureMissing: Error {
        public var operation: String
    }
}

extension Fixtures {
    /// The `error_response_bodies` strings (`"OBP-20001: User not logged in..."`) of the named operations.
    public static func errorMessages(of operations: Set<String>) -> [String] {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(
            "resource-docs-v5.1.0.json").path),
              let top = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let docs = top["resource_docs"] as? [[String: Any]] else { return [] }
        var messages = Set<String>()
        for doc in docs {
            guard let operation = doc["operation_id"] as? String, let dash = operation.firstIndex(of: "-"),
                  operations.contains(String(operation[operation.index(after: dash)...])),
                  let errors = doc["error_response_bodies"] as? [String] else { continue }
            messages.formUnion(errors)
        }
        return messages.sorted()
    }
}
