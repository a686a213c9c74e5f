import Foundation
import Sandbox
import Testing
import TestSupport
@testable import BankKit

/// The resource docs API Explorer lists: OBP's own file read by the same parser, and the sandbox's answer.
@Suite struct ResourceDocsClientTests {
    @Test func obpsOwnDocsParseWithVerbsTagsAndExampleBodies() throws {
        let data = try Data(contentsOf: Fixtures.directory.appendingPathComponent("resource-docs-v5.1.0.json"))
        let docs = OBPResourceDoc.list(in: try JSONValue.parse(Array(data)))
        #expect(docs.count > 100)
        let banks = try #require(docs.first { $0.summary == "Get Banks" })
        #expect(banks.method == .get)
        #expect(banks.url.hasPrefix("/obp/v") && banks.url.hasSuffix("/banks"))
        #expect(banks.exampleBody == nil, "a GET's {} is no body")
        #expect(docs.contains { $0.method == .post && $0.exampleBody?.hasPrefix("{\"") == true })
        #expect(docs.allSatisfy { !$0.tags.isEmpty })
    }

    @Test func theSandboxListsTheEndpointsItServes() async throws {
        let server = try await ExampleSandbox.start()
        defer { Task { await server.stop() } }
        let docs = try await ExampleSandbox.provider(server).resourceDocs()
        let banks = try #require(docs.first { $0.url == "/obp/v5.1.0/banks" && $0.method == .get })
        #expect(banks.summary == "Get Banks")
        #expect(docs.contains { $0.url.contains("BANK_ID") })
    }
}
