/// DirectLogin, the current user and the API root.
extension OBPAPI {
    func login(_ parameters: DirectLoginParameters?) async throws -> APIResponse {
        guard let parameters, let username = parameters["username"], let password = parameters["password"],
              let key = parameters["consumer_key"] else { throw OBPError.missingLoginParameters }
        guard key == consumerKey else { throw OBPError.invalidConsumerKey }
        let credentials = try await store.read { db in try StoreReads.credentials(db, username: username) }
        guard let (user, salt, hash) = credentials,
              PasswordHasher.verify(password: password, salt: salt, expectedHash: hash) else {
            throw OBPError.invalidCredentials
        }
        return .created(.obj(["token": .string(tokens.issue(userID: user.id))]))
    }

    func currentUser(_ call: APICall) async throws -> APIResponse {
        let userID = try call.requireUser()
        let found = try await store.read { db -> (UserRecord, [EntitlementRecord])? in
            guard let user = try StoreReads.user(db, id: userID) else { return nil }
            return (user, try EntitlementTable.forUser(db, userID: userID))
        }
        guard let (user, entitlements) = found else { throw OBPError.notLoggedIn }
        return .ok(users.current(user, entitlements: entitlements))
    }

    func root(_ call: APICall) async throws -> APIResponse {
        .ok(.obj([
            "version": .string(call.version.rawValue),
            "version_status": .string(call.version == .v5_1_0 ? "BLEEDING-EDGE" : "STABLE"),
            "git_commit": .string("bankterm-sandbox"),
            "connector": .string("bankterm-sandbox"),
            "hostname": .string(baseURL),
            "local_identity_provider": .string(baseURL),
            "hosted_by": .obj([
                "organisation": .string("bankterm"), "email": .string("sandbox@bankterm.example"),
                "phone": .string(""), "organisation_website": .string("https://bankterm.example"),
            ]),
            "hosted_at": .obj(["organisation": .string("localhost"), "organisation_website": .string(baseURL)]),
            "energy_source": .obj(["organisation": .string("localhost"), "organisation_website": .string(baseURL)]),
            "resource_docs_requires_role": .bool(false),
        ]))
    }
}
