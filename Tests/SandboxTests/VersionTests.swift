import Testing
@testable import Sandbox

/// Each OBP version prefix serves the endpoints OBP's `OBPAPIx_y_z` serve there, from the version that introduced
/// them, in that version's shape; an endpoint a version lacks is OBP-10404.
@Suite("API versions")
struct VersionTests {
    static let bank = "obp-bank-x-gh"
    static let account = "e0ec24be-5ab1-4760-9189-ad280228c134"

    @Test("every prefix from v1.2.1 to v5.1.0 serves root and banks")
    func everyPrefix() async throws {
        try await TestSandbox.with { sandbox in
            // v1.1 wraps its banks (`{"bank":{..}}`): V1_1Tests reads it.
            for version in APIVersion.allCases where version >= .v1_2_1 {
                let root = try await sandbox.get("/obp/\(version.rawValue)/root").object()
                #expect(root["version"] as? String == version.rawValue)
                let banks = try await sandbox.get("/obp/\(version.rawValue)/banks").object()["banks"] as? [[String: Any]]
                #expect(banks?.contains { $0["id"] as? String == Self.bank } == true, "\(version)")
            }
        }
    }

    @Test("an endpoint is served from the version that introduced it, and is OBP-10404 before")
    func introducedIn() async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login()
            let cases: [(String, APIVersion)] = [
                ("users/current", .v2_0_0),
                ("my/accounts", .v2_0_0),
                ("banks/\(Self.bank)/branches", .v1_4_0),
                ("banks/\(Self.bank)/balances", .v3_1_0),
                ("banks/\(Self.bank)/accounts-held", .v3_0_0),
                ("banks/\(Self.bank)/accounts/\(Self.account)/balances", .v4_0_0),
                ("banks/\(Self.bank)/accounts/\(Self.account)/views/owner", .v5_1_0),
                ("my/banks/\(Self.bank)/accounts/\(Self.account)/account", .v2_0_0),
                ("my/entitlements", .v3_0_0),
            ]
            for (path, since) in cases {
                for version in APIVersion.allCases {
                    let response = try await sandbox.get("/obp/\(version.rawValue)/\(path)", token: token)
                    if version < since {
                        #expect(response.status == 404 && response.obpMessage.hasPrefix("OBP-10404: "), "\(version) \(path)")
                    } else {
                        #expect(response.status == 200, "\(version) \(path): \(response.text.prefix(200))")
                    }
                }
            }
        }
    }

    @Test("banks: v1.2.1 to v3.1.0 send bank_routing, v4 and later bank_routings; v5's single bank names bank_code")
    func bankShapes() async throws {
        try await TestSandbox.with { sandbox in
            let old = try await sandbox.get("/obp/v1.2.1/banks/\(Self.bank)").object()
            #expect(old["bank_routing"] is [String: Any] && old["bank_routings"] == nil && old["short_name"] is String)
            let v4 = try await sandbox.get("/obp/v4.0.0/banks/\(Self.bank)").object()
            #expect(v4["bank_routings"] is [Any] && v4["short_name"] is String)
            let v5 = try await sandbox.get("/obp/v5.0.0/banks/\(Self.bank)").object()
            #expect(v5["bank_code"] is String && v5["short_name"] == nil)
        }
    }

    @Test("the core account: v2 and v3 list owners and type, v4 and later product_code and views_basic")
    func coreAccountShapes() async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login()
            let path = "my/banks/\(Self.bank)/accounts/\(Self.account)/account"
            let v3 = try await sandbox.get("/obp/v3.1.0/\(path)", token: token).object()
            #expect(v3["owners"] is [Any] && v3["type"] != nil && v3["views_basic"] == nil)
            let v4 = try await sandbox.get("/obp/v4.0.0/\(path)", token: token).object()
            #expect(v4["views_basic"] as? [String] == ["owner", "accountant", "auditor"])
            #expect(v4["product_code"] != nil && v4["owners"] == nil)
        }
    }

    @Test("customers at a bank: until v4 the caller's own, from v5 every customer for a holder of CanGetCustomers")
    func customersByVersion() async throws {
        try await TestSandbox.with { sandbox in
            let robert = try await sandbox.login()
            let old = try await sandbox.get("/obp/v4.0.0/banks/\(Self.bank)/customers", token: robert)
            let mine = try old.object()["customers"] as? [Any]
            #expect(old.status == 200 && mine?.isEmpty == true)
            let new = try await sandbox.get("/obp/v5.0.0/banks/\(Self.bank)/customers", token: robert)
            #expect(new.status == 403 && new.obpMessage.hasPrefix("OBP-20006: User is missing one or more roles: CanGetCustomers"))
        }
    }
}
