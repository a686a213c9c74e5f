import Testing
@testable import Sandbox

/// The sandbox routes with Hummingbird's router: each line of `OBPRoutes` under every version prefix that serves it.
/// What the router does not know is OBP-10404, as OBP answers it.
@Suite("Routing")
struct RoutingTests {
    static let bank = "obp-bank-x-gh"
    static let account = "e0ec24be-5ab1-4760-9189-ad280228c134"

    @Test("no two lines of the table answer the same method and path under one version")
    func oneLinePerEndpoint() {
        var seen = Set<String>()
        var twice = [String]()
        for route in OBPRoutes.all {
            for version in APIVersion.allCases where route.serves(version) {
                let key = "\(route.method) /obp/\(version.rawValue)/\(route.pattern)"
                if !seen.insert(key).inserted { twice.append(key) }
            }
        }
        #expect(twice.isEmpty, "\(twice)")
    }

    @Test("a method a path lacks, and a path no version has, are OBP-10404 with OBP's body and a correlation id")
    func unknown() async throws {
        try await TestSandbox.with { sandbox in
            for (method, path) in [("PATCH", "/obp/v5.1.0/banks"), ("DELETE", "/obp/v5.1.0/banks/\(Self.bank)"),
                                   ("GET", "/obp/v5.1.0/banks/\(Self.bank)/nothing/here"), ("GET", "/"),
                                   ("GET", "/my/logins/direct"), ("GET", "/obp/v5.1.0")] {
                let response = try await sandbox.request(method, path)
                #expect(response.status == 404 && response.obpMessage.hasPrefix("OBP-10404: "), "\(method) \(path)")
                #expect(response.obpCode == 404, "\(method) \(path)")
                #expect(response.headers["correlation-id"]?.isEmpty == false, "\(method) \(path)")
                #expect(response.headers["content-type"] == "application/json; charset=utf-8", "\(method) \(path)")
            }
        }
    }

    @Test("ids arrive percent-decoded, and empty path segments are skipped, as before the router")
    func pathForms() async throws {
        try await TestSandbox.with { sandbox in
            let encoded = try await sandbox.get("/obp/v5.1.0/banks/obp%2Dbank%2Dx%2Dgh").object()
            #expect(encoded["id"] as? String == Self.bank)
            #expect(try await sandbox.get("/obp/v5.1.0//banks/").status == 200)
            let invalid = try await sandbox.get("/obp/v5.1.0/banks/bad%20id")
            #expect(invalid.status == 400 && invalid.obpMessage.hasPrefix("OBP-30111"), "\(invalid.text)")
        }
    }

    @Test("a literal segment wins over a parameter in the same place")
    func literalFirst() async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login()
            // `banks/B/accounts/private` is the private list, not an account called "private".
            let privateAccounts = try await sandbox.get("/obp/v3.0.0/banks/\(Self.bank)/accounts/private", token: token)
            #expect(privateAccounts.status == 200)
            #expect(try privateAccounts.object()["accounts"] is [Any])
            // v5.1.0's `.../views/VIEW` is the account through a view; before it, `views` is no view at all.
            let owner = "/banks/\(Self.bank)/accounts/\(Self.account)/views/owner"
            #expect(try await sandbox.get("/obp/v5.1.0\(owner)", token: token).status == 200)
            #expect(try await sandbox.get("/obp/v5.0.0\(owner)", token: token).obpMessage.hasPrefix("OBP-10404: "))
        }
    }
}
