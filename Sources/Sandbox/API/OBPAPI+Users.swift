import Foundation

/// Creating a user, as OBP's `POST /users` does: no login needed, OBP's password rules, unique username.
extension OBPAPI {
    func createUser(_ call: APICall) async throws -> APIResponse {
        let body = try call.jsonObjectBody()
        guard let email = body["email"]?.stringValue, let username = body["username"]?.stringValue,
              let password = body["password"]?.stringValue, body["first_name"]?.stringValue != nil,
              body["last_name"]?.stringValue != nil, !username.isEmpty else { throw OBPError.invalidJSON }
        guard PasswordRules.accepts(password) else { throw OBPError.invalidPassword }
        let user = UserRecord(id: UUID().uuidString.lowercased(), username: username, email: email)
        try await store.write { db in
            guard try StoreReads.credentials(db, username: username) == nil else { throw OBPError.usernameTaken }
            try BulkInserter(db).insert(user, password: password)
        }
        return .created(users.current(user, entitlements: []))
    }
}
