import Foundation
@testable import Sandbox

/// Robert's account in the example import, driven through the views and permissions endpoints by a logged-in
/// user (Robert, its only owner, unless told otherwise).
struct ViewsClient: Sendable {
    static let bank = "obp-bank-x-gh"
    static let account = "e0ec24be-5ab1-4760-9189-ad280228c134"
    static let owner = ("Robert.X.0.GH", "X!d1edcafd")
    static let other = ("Susan.X.0.GH", "X!90e4e3e4")

    let sandbox: TestSandbox
    let token: String

    static func owner(of sandbox: TestSandbox) async throws -> ViewsClient {
        ViewsClient(sandbox: sandbox, token: try await sandbox.login(owner.0, owner.1))
    }

    static func other(of sandbox: TestSandbox) async throws -> ViewsClient {
        ViewsClient(sandbox: sandbox, token: try await sandbox.login(other.0, other.1))
    }

    func base(_ version: String = "v5.1.0") -> String {
        "/obp/\(version)/banks/\(Self.bank)/accounts/\(Self.account)"
    }

    /// The identity provider of the sandbox's users, encoded for a path segment.
    var provider: String {
        sandbox.server.baseURL.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    func permissionsPath(_ username: String, version: String = "v3.1.0") -> String {
        "\(base(version))/permissions/\(provider)/\(username)"
    }

    func createView(_ name: String, actions: [String], _ extra: [String: Any] = [:],
                    version: String = "v5.1.0") async throws -> TestResponse {
        var body: [String: Any] = ["name": name, "description": "made by a test", "metadata_view": "",
                                   "is_public": false, "which_alias_to_use": "", "hide_metadata_if_alias_used": false,
                                   "allowed_actions": actions]
        body.merge(extra) { $1 }
        return try await sandbox.request("POST", "\(base(version))/views", token: token, json: body)
    }

    /// Grants `view` through v3.1.0's permissions form.
    func grant(_ view: String, to username: String = owner.0) async throws -> TestResponse {
        try await sandbox.request("POST", "\(permissionsPath(username))/views/\(view)", token: token)
    }

    /// Creates a view and gives it to this client's user, so it can read through it.
    func makeView(_ name: String, actions: [String], _ extra: [String: Any] = [:], for username: String = owner.0) async throws {
        let created = try await createView(name, actions: actions, extra)
        guard created.status == 201 else { throw TestHTTP.Failure.notAnObject(created.text) }
        let granted = try await grant(ViewSpecification.viewID(forName: name), to: username)
        guard granted.status == 201 else { throw TestHTTP.Failure.notAnObject(granted.text) }
    }

    func transactions(through view: String, token: String? = nil) async throws -> [[String: Any]] {
        let response = try await sandbox.get("\(base())/\(view)/transactions", token: token ?? self.token)
        guard response.status == 200 else { throw TestHTTP.Failure.notAnObject(response.text) }
        return try response.object()["transactions"] as? [[String: Any]] ?? []
    }

    func viewIDs(version: String = "v5.1.0") async throws -> [String] {
        let views = try await sandbox.get("\(base(version))/views", token: token).object()["views"] as? [[String: Any]]
        return (views ?? []).compactMap { $0["id"] as? String }
    }

    func userID(_ username: String) async throws -> String {
        let list = try await sandbox.get("\(base())/permissions", token: token).object()["permissions"] as? [[String: Any]]
        if let id = (list ?? []).compactMap({ $0["user"] as? [String: Any] })
            .first(where: { $0["display_name"] as? String == username })?["id"] as? String { return id }
        // Not on the account yet: log in as them and ask who they are.
        let password = [Self.owner, Self.other].first { $0.0 == username }?.1 ?? ""
        let token = try await sandbox.login(username, password)
        return try await sandbox.get("/obp/v5.1.0/users/current", token: token).object()["user_id"] as? String ?? ""
    }
}
