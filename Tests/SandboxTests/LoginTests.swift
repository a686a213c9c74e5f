import Testing
@testable import Sandbox

@Suite("DirectLogin")
struct LoginTests {
    @Test("both header forms log in and the token works in both forms")
    func bothHeaderForms() async throws {
        try await TestSandbox.with { sandbox in
            let old = try await TestHTTP.send(port: sandbox.port, "POST", "/my/logins/direct", headers: [
                "Authorization": "DirectLogin username=\"Robert.X.0.GH\",password=\"X!d1edcafd\",consumer_key=\"\(DemoCredentials.consumerKey)\"",
            ])
            #expect(old.status == 201)
            let token = try #require(try old.object()["token"] as? String)

            let byNewHeader = try await sandbox.get("/obp/v5.1.0/users/current", headers: ["DirectLogin": "token=\(token)"])
            let byAuthorization = try await sandbox.get("/obp/v5.1.0/users/current",
                                                        headers: ["Authorization": "DirectLogin token=\"\(token)\""])
            #expect(byNewHeader.status == 200)
            #expect(try byNewHeader.object()["username"] as? String == "Robert.X.0.GH")
            #expect(byAuthorization.status == 200)

            let newForm = try await sandbox.login()
            #expect(!newForm.isEmpty && newForm != token)
        }
    }

    @Test("bad credentials, consumer key and token get OBP's errors")
    func failures() async throws {
        try await TestSandbox.with { sandbox in
            let wrongPassword = try await TestHTTP.send(port: sandbox.port, "POST", "/my/logins/direct", headers: [
                "DirectLogin": "username=Robert.X.0.GH, password=nope, consumer_key=\(DemoCredentials.consumerKey)",
            ])
            #expect(wrongPassword.status == 401)
            #expect(wrongPassword.obpMessage == "OBP-20004: Invalid login credentials. Check username/password.")

            let wrongKey = try await TestHTTP.send(port: sandbox.port, "POST", "/my/logins/direct", headers: [
                "DirectLogin": "username=Robert.X.0.GH, password=X!d1edcafd, consumer_key=other",
            ])
            #expect(wrongKey.status == 401)
            #expect(wrongKey.obpMessage == "OBP-20008: Invalid Consumer Key.")

            let badToken = try await sandbox.get("/obp/v5.1.0/users/current", token: "not-a-token")
            #expect(badToken.status == 401)
            #expect(badToken.obpMessage.hasPrefix("OBP-20003: "))

            let anonymous = try await sandbox.get("/obp/v5.1.0/users/current")
            #expect(anonymous.status == 401)
            #expect(anonymous.obpCode == 401)
            #expect(anonymous.obpMessage == "OBP-20001: User not logged in. Authentication is required!")
        }
    }

    @Test("expired tokens are refused with OBP-20003 and a new login works")
    func expiry() async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login()
            #expect(try await sandbox.get("/obp/v5.1.0/users/current", token: token).status == 200)
            await sandbox.server.expireTokens()
            let expired = try await sandbox.get("/obp/v5.1.0/users/current", token: token)
            #expect(expired.status == 401)
            #expect(expired.obpMessage.hasPrefix("OBP-20003: "))
            let fresh = try await sandbox.login()
            #expect(try await sandbox.get("/obp/v5.1.0/users/current", token: fresh).status == 200)
        }
    }

    @Test("the demo credentials log in to generated data")
    func demoCredentials() async throws {
        try await TestSandbox.with(importing: false, generate: 200) { sandbox in
            let token = try await sandbox.login(DemoCredentials.username, DemoCredentials.password)
            let accounts = try await sandbox.get("/obp/v5.1.0/my/accounts", token: token).object()["accounts"] as? [[String: Any]]
            #expect((accounts?.count ?? 0) >= 5)
        }
    }
}
