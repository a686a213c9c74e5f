import Foundation
import Testing
@testable import Sandbox

/// The sandbox's resource docs list exactly what it serves: a route without a doc, or a doc without a route, fails
/// here, and the docs of a version are the routes served under it. Names are OBP's where OBP documents the endpoint.
@Suite("Resource docs")
struct ResourceDocsTests {
    @Test("every route has its doc and every doc its route")
    func bothWays() {
        let routes = Set(OBPRoutes.all.map { "\($0.method) \($0.pattern)" })
        let docs = Set(ResourceDocCatalog.all.map { "\($0.method) \($0.pattern)" })
        #expect(routes.subtracting(docs).isEmpty, "routes without a doc: \(routes.subtracting(docs).sorted())")
        #expect(docs.subtracting(routes).isEmpty, "docs without a route: \(docs.subtracting(routes).sorted())")
        #expect(docs.count == ResourceDocCatalog.all.count, "one doc per route")
    }

    @Test("a doc of an endpoint OBP documents carries OBP's operation name")
    func obpNames() throws {
        struct Docs: Decodable {
            struct Doc: Decodable {
                let operation_id: String
                let request_verb: String
                let request_url: String
            }

            let resource_docs: [Doc]
        }
        let fixture = try JSONDecoder().decode(Docs.self, from: Data(contentsOf: URL(fileURLWithPath: Fixtures.resourceDocs)))
        var names = [String: String]()
        for doc in fixture.resource_docs {
            let path = doc.request_url.split(separator: "/").dropFirst(2).joined(separator: "/")
            names["\(doc.request_verb) \(path)"] = String(doc.operation_id.split(separator: "-", maxSplits: 1).last ?? "")
        }
        var matched = 0
        for info in ResourceDocCatalog.all {
            guard let name = names["\(info.method) \(info.obpPath)"] else { continue }
            matched += 1
            #expect(info.name == name, "\(info.method) \(info.pattern)")
        }
        // OBP's v5.1.0 docs leave out the endpoints later versions replaced (the by-provider grants, v4's
        // account-access) and the generic transaction-request route, which they list once per type.
        #expect(matched >= ResourceDocCatalog.all.count - 12, "nearly every endpoint is in OBP's docs")
    }

    @Test("GET resource-docs/vX/obp lists the endpoints served under vX, in OBP's URL form")
    func perVersion() async throws {
        try await TestSandbox.with { sandbox in
            for version in [APIVersion.v1_4_0, .v3_0_0, .v5_1_0] {
                let response = try await sandbox.get("/obp/v5.1.0/resource-docs/\(version.rawValue)/obp")
                let docs = try #require(try response.object()["resource_docs"] as? [[String: Any]])
                let served = OBPRoutes.all.filter { $0.serves(version) }
                #expect(docs.count == served.count, "\(version)")
                let urls = Set(docs.compactMap { "\($0["request_verb"] as? String ?? "") \($0["request_url"] as? String ?? "")" })
                #expect(urls.contains("GET /obp/\(version.rawValue)/banks/BANK_ID"))
                #expect(urls.contains("GET /obp/\(version.rawValue)/banks/BANK_ID/balances") == (version >= .v3_1_0))
                #expect(urls.contains("DELETE /obp/\(version.rawValue)/banks/BANK_ID/accounts/ACCOUNT_ID/VIEW_ID/transactions/TRANSACTION_ID/metadata/comments/COMMENT_ID"))
            }
            #expect(try await sandbox.get("/obp/v1.3.0/resource-docs/v5.1.0/obp").status == 404)
            #expect(try await sandbox.get("/obp/v5.1.0/resource-docs/v9.9.9/obp").status == 404)
        }
    }

    @Test("given OBP's docs file, the docs carry OBP's example bodies, responses and errors")
    func examples() async throws {
        var configuration = SandboxConfiguration(importFile: Fixtures.importFile)
        configuration.resourceDocsFile = Fixtures.resourceDocs
        let server = try await SandboxServer.start(configuration)
        defer { Task { await server.stop() } }
        let response = try await TestHTTP.send(port: server.port, "GET", "/obp/v5.1.0/resource-docs/v5.1.0/obp")
        let docs = try #require(try response.object()["resource_docs"] as? [[String: Any]])
        let byURL = Dictionary(docs.map { ("\($0["request_verb"] as? String ?? "") \($0["request_url"] as? String ?? "")", $0) }) { a, _ in a }
        let create = try #require(byURL["POST /obp/v5.1.0/banks/BANK_ID/customers"])
        #expect((create["example_request_body"] as? [String: Any])?["legal_name"] is String)
        #expect((create["error_response_bodies"] as? [String])?.contains { $0.hasPrefix("OBP-20001") } == true)
        let banks = try #require(byURL["GET /obp/v5.1.0/banks"])
        #expect((banks["success_response_body"] as? [String: Any])?["banks"] is [Any])
        #expect((banks["example_request_body"] as? [String: Any])?.isEmpty == true)
        // A sandbox-only endpoint has no OBP example and keeps the empty one.
        let offices = try await TestHTTP.send(port: server.port, "GET", "/obp/v5.1.0/resource-docs/v1.1/obp")
        let office = try #require((try offices.object()["resource_docs"] as? [[String: Any]])?.first {
            $0["request_url"] as? String == "/obp/v1.1/banks/BANK_ID/offices" })
        #expect((office["success_response_body"] as? [String: Any])?.isEmpty == true)
    }
}
