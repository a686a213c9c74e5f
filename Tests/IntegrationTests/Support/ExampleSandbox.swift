import BankKit
import Foundation
import TestSupport
import Sandbox

/// A sandbox loaded with the example import, and the users it holds (password per username).
enum ExampleSandbox {
    static func start(rateLimitPerMinute: Int? = nil) async throws -> SandboxServer {
        try await SandboxServer.start(SandboxConfiguration(importFile: Fixtures.exampleImport.path,
                                                           rateLimitPerMinute: rateLimitPerMinute))
    }

    static let users: [(username: String, password: String)] = {
        guard let data = FileManager.default.contents(atPath: Fixtures.exampleImport.path),
              let top = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let users = top["users"] as? [[String: Any]] else { return [] }
        return users.compactMap { user in
            guard let name = user["user_name"] as? String, let password = user["password"] as? String else { return nil }
            return (name, password)
        }
    }()

    static func provider(_ server: SandboxServer, user index: Int = 0, rateLimitWait: TimeInterval = 60,
                         version: OBPAPIVersion = .default) -> OBPProvider {
        let user = users[index]
        return OBPProvider(configuration: OBPConfiguration(
            baseURL: server.baseURL, apiVersion: version,
            credentials: DirectLoginCredentials(username: user.username, password: user.password,
                                                consumerKey: DemoCredentials.consumerKey),
            maxRateLimitWait: rateLimitWait))
    }
}
