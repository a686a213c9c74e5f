import Testing
@testable import Sandbox

@Suite("Roles and entitlements")
struct RoleTests {
    static let bank = "obp-bank-x-gh"

    func userID(_ sandbox: TestSandbox, token: String) async throws -> String {
        try #require(try await sandbox.get("/obp/v5.1.0/users/current", token: token).object()["user_id"] as? String)
    }

    @Test("the admin holds every known role; an imported user holds none")
    func adminAndImportedUsers() async throws {
        try await TestSandbox.with { sandbox in
            let admin = try await sandbox.login(DemoCredentials.adminUsername, DemoCredentials.adminPassword)
            let list = try await sandbox.get("/obp/v5.1.0/my/entitlements", token: admin).object()["list"] as? [[String: Any]] ?? []
            let held = Set(list.map { "\($0["role_name"] as? String ?? "")@\($0["bank_id"] as? String ?? "")" })
            #expect(held.contains("CanCreateEntitlementAtAnyBank@"))
            #expect(held.contains("CanCreateAccount@\(Self.bank)"))
            #expect(!held.contains("CanCreateAccount@"))
            let current = try await sandbox.get("/obp/v5.1.0/users/current", token: admin).object()
            #expect(((current["entitlements"] as? [String: Any])?["list"] as? [Any])?.count == list.count)

            let robert = try await sandbox.login()
            let mine = try await sandbox.get("/obp/v5.1.0/my/entitlements", token: robert).object()["list"] as? [Any]
            #expect(mine?.isEmpty == true)
        }
    }

    @Test("granting a role needs CanCreateEntitlementAtOneBank or ...AtAnyBank: OBP-20006 otherwise")
    func grantNeedsRole() async throws {
        try await TestSandbox.with { sandbox in
            let robert = try await sandbox.login()
            let susan = try await sandbox.login("Susan.X.0.GH", "X!90e4e3e4")
            let susanID = try await userID(sandbox, token: susan)
            let path = "/obp/v2.0.0/users/\(susanID)/entitlements"
            let body = ["bank_id": Self.bank, "role_name": "CanCreateAccount"]

            let refused = try await sandbox.request("POST", path, token: robert, json: body)
            #expect(refused.status == 403)
            #expect(refused.obpMessage == "OBP-20006: User is missing one or more roles: CanCreateEntitlementAtOneBank"
                + " or CanCreateEntitlementAtAnyBank for BankId(\(Self.bank)).")
            #expect(try await sandbox.request("POST", path, json: body).obpMessage.hasPrefix("OBP-20001: "))

            let admin = try await sandbox.login(DemoCredentials.adminUsername, DemoCredentials.adminPassword)
            let granted = try await sandbox.request("POST", path, token: admin, json: body)
            #expect(granted.status == 201, "\(granted.text)")
            #expect(try granted.object()["role_name"] as? String == "CanCreateAccount")
            let again = try await sandbox.request("POST", path, token: admin, json: body)
            #expect(again.obpMessage == "OBP-30216: Entitlement already exists for the user.")
            let susans = try await sandbox.get("/obp/v5.1.0/my/entitlements", token: susan).object()["list"] as? [[String: Any]]
            #expect(susans?.first?["bank_id"] as? String == Self.bank)
        }
    }

    @Test("a bank admin can grant at its bank only, and the grant lets the grantee grant too")
    func grantAtOneBank() async throws {
        try await TestSandbox.with { sandbox in
            let admin = try await sandbox.login(DemoCredentials.adminUsername, DemoCredentials.adminPassword)
            let robert = try await sandbox.login()
            let robertID = try await userID(sandbox, token: robert)
            let susanID = try await userID(sandbox, token: try await sandbox.login("Susan.X.0.GH", "X!90e4e3e4"))
            let grant = ["bank_id": Self.bank, "role_name": "CanCreateEntitlementAtOneBank"]
            #expect(try await sandbox.request("POST", "/obp/v5.1.0/users/\(robertID)/entitlements", token: admin, json: grant).status == 201)

            let atBank = try await sandbox.request("POST", "/obp/v5.1.0/users/\(susanID)/entitlements", token: robert,
                                                   json: ["bank_id": Self.bank, "role_name": "CanGetCustomers"])
            #expect(atBank.status == 201, "\(atBank.text)")
            let elsewhere = try await sandbox.request("POST", "/obp/v5.1.0/users/\(susanID)/entitlements", token: robert,
                                                      json: ["bank_id": "obp-bank-y-gh", "role_name": "CanGetCustomers"])
            #expect(elsewhere.status == 403)
            #expect(elsewhere.obpMessage.hasSuffix("for BankId(obp-bank-y-gh)."))
            let system = try await sandbox.request("POST", "/obp/v5.1.0/users/\(susanID)/entitlements", token: robert,
                                                   json: ["bank_id": "", "role_name": "CanGetAnyUser"])
            #expect(system.status == 403)
        }
    }

    @Test("a grant is checked: user, body, role name, bank or system role, bank")
    func grantErrors() async throws {
        try await TestSandbox.with { sandbox in
            let admin = try await sandbox.login(DemoCredentials.adminUsername, DemoCredentials.adminPassword)
            let robertID = try await userID(sandbox, token: try await sandbox.login())
            let path = "/obp/v5.1.0/users/\(robertID)/entitlements"
            let cases: [(String, [String: Any], Int, String)] = [
                ("/obp/v5.1.0/users/nobody/entitlements", ["bank_id": "", "role_name": "CanGetAnyUser"], 404, "OBP-20005: "),
                (path, ["role": "CanGetAnyUser"], 400, "OBP-10001: "),
                (path, ["bank_id": "", "role_name": "CanFly"], 400, "OBP-10007: Incorrect Role name: CanFly. Possible roles are "),
                (path, ["bank_id": "", "role_name": "CanCreateAccount"], 400, "OBP-30205: "),
                (path, ["bank_id": Self.bank, "role_name": "CanGetAnyUser"], 400, "OBP-30206: "),
                (path, ["bank_id": "no-such-bank", "role_name": "CanCreateAccount"], 404, "OBP-30001: "),
            ]
            for (path, body, status, prefix) in cases {
                let response = try await sandbox.request("POST", path, token: admin, json: body)
                #expect(response.status == status, "\(body): \(response.text)")
                #expect(response.obpMessage.hasPrefix(prefix), "\(body): \(response.obpMessage)")
            }
            let tooOld = try await sandbox.request("POST", "/obp/v1.4.0/users/\(robertID)/entitlements", token: admin,
                                                   json: ["bank_id": "", "role_name": "CanGetAnyUser"])
            #expect(tooOld.status == 404 && tooOld.obpMessage.hasPrefix("OBP-10404: "))
        }
    }
}
