import BankKit
import Foundation
import Sandbox
import Testing

/// `OPProvider` over real HTTP against the sandbox's OP endpoints, with local annotations in a temp directory.
@Suite struct OPProviderTests {
    private static let apiKey = "provider-test-key"

    private static func start(dailyLimit: Int = 1000) async throws -> SandboxServer {
        try await SandboxServer.start(SandboxConfiguration(opAPIKey: apiKey, opDailyRequestLimit: dailyLimit))
    }

    private static func temporaryStorePath() -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("bankterm-op-\(UUID().uuidString)/annotations.sqlite").path
    }

    private static func provider(_ server: SandboxServer, customer: Int = 0, apiKey: String = apiKey,
                                 token: String? = nil, storePath: String? = nil) throws -> OPProvider {
        OPProvider(configuration: OPConfiguration(
            baseURL: server.baseURL, apiKey: apiKey, token: token ?? OPSandbox.customers[customer].token,
            annotations: try LocalAnnotationStore(path: storePath ?? temporaryStorePath()), retryDelay: 0.01))
    }

    @Test func oneBankOneOwnerViewAndNoViewSwitching() async throws {
        let server = try await Self.start()
        let provider = try Self.provider(server)
        #expect(provider.name == "op")
        #expect(provider.capabilities.supportsViews == false)
        #expect(provider.capabilities.metadataIsLocal)
        #expect(try await provider.banks().map(\.id) == ["OP"])
        let account = try #require(try await provider.accounts(bank: "OP").first)
        #expect(try await provider.views(account: account.ref).map(\.id) == ["owner"])
        #expect(account.views.map(\.id) == ["owner"])
        #expect(try await provider.accounts(bank: "OTHER").isEmpty)
        #expect(try await provider.currentUser().username == OPSandbox.customers[0].name)
        await server.stop()
    }

    @Test func allFourCustomersSeeTheirOwnAccounts() async throws {
        let server = try await Self.start()
        var all = Set<AccountRef>()
        for index in OPSandbox.customers.indices {
            let provider = try Self.provider(server, customer: index)
            let accounts = try await provider.accounts(bank: nil)
            #expect(!accounts.isEmpty)
            for account in accounts {
                #expect(account.ref.bankID == "OP")
                #expect(account.routings.contains { $0.scheme == "BIC" && $0.address == "OKOYFIHH" })
                #expect(account.routings.contains { $0.scheme == "IBAN" && $0.address.hasPrefix("FI") })
                #expect(account.balance?.currency == "EUR")
                #expect(all.insert(account.ref).inserted)
                let single = try await provider.account(account.ref, view: "owner")
                #expect(single.label == account.label && single.balance == account.balance)
            }
        }
        #expect(all.count >= 8)
        await server.stop()
    }

    @Test func pagesCoverTheWholeListOnceInOrder() async throws {
        let server = try await Self.start()
        let provider = try Self.provider(server, customer: 2)
        let account = try #require(try await provider.accounts(bank: nil).first)
        var page = PageRequest(limit: 50)
        var collected: [Transaction] = []
        while true {
            let result = try await provider.transactions(account.ref, view: "owner", page: page)
            collected += result.items
            if result.isLast { break }
            page = page.next
        }
        #expect(collected.count == 160)
        #expect(Set(collected.map(\.id)).count == collected.count)
        let dates = collected.compactMap(\.posted)
        #expect(dates.count == collected.count && dates == dates.sorted(by: >))
        #expect(collected.allSatisfy { $0.metadata.isLocal && $0.metadata.tags == [] && $0.value?.currency == "EUR" })
        #expect(collected.allSatisfy { $0.counterparty?.iban?.hasPrefix("FI") == true })

        let ascending = try await provider.transactions(account.ref, view: "owner",
                                                         page: PageRequest(limit: 5, sort: .ascending))
        #expect(ascending.items.map(\.id) == Array(collected.suffix(5).reversed().map(\.id)))

        let one = try await provider.transaction(account.ref, view: "owner", id: collected[7].id)
        #expect(one.id == collected[7].id && one.value == collected[7].value && one.description == collected[7].description)
        await server.stop()
    }

    @Test func rateLimitAndRequestCountAreTracked() async throws {
        let server = try await Self.start()
        let provider = try Self.provider(server)
        _ = try await provider.accounts(bank: nil)
        let first = try #require(await provider.rateLimit)
        #expect(first.limit == 1000)
        #expect(first.remaining == 999)
        #expect(first.resetAt.map { $0 > Date() } == true)
        _ = try await provider.accounts(bank: nil)
        #expect(await provider.rateLimit?.remaining == 998)
        #expect(await provider.requestCount == 2)
        await server.stop()
    }

    @Test func errorsKeepOPsLevelAndType() async throws {
        let server = try await Self.start()
        let badKey = try Self.provider(server, apiKey: "wrong")
        let keyError = try await #require(throws: BankError.self) { try await badKey.accounts(bank: nil) }
        #expect(keyError.kind == .badCredentials)
        #expect(keyError.status == 401 && keyError.category == "SECURITY" && keyError.level == "ERROR")
        #expect(keyError.userMessage.contains("--token") && !keyError.userMessage.contains("wrong"))

        let badToken = try Self.provider(server, token: "not-a-sandbox-token")
        let tokenError = try await #require(throws: BankError.self) { try await badToken.accounts(bank: nil) }
        #expect(tokenError.kind == .tokenExpired && tokenError.category == "SECURITY")
        #expect(!tokenError.userMessage.contains("not-a-sandbox-token"))

        let provider = try Self.provider(server)
        let invalid = try await #require(throws: BankError.self) {
            try await provider.account(AccountRef(bankID: "OP", accountID: "bad id!"), view: "owner")
        }
        #expect(invalid.kind == .badRequest && invalid.status == 400 && invalid.category == "VALIDATION")
        let missing = try await #require(throws: BankError.self) {
            try await provider.account(AccountRef(bankID: "OP", accountID: "no-such-account"), view: "owner")
        }
        #expect(missing.kind == .notFound && missing.category == "BUSINESS" && missing.code == "404-2")
        await server.stop()
    }

    @Test func serverFaultsMapToServerErrorsWithTheirLevel() async throws {
        let server = try await Self.start()
        let transport = HTTPTransport()
        for status in [500, 503] {
            let response = try await transport.send(HTTPRequest(url: server.baseURL + "/v1/accounts", headers: [
                HTTPHeader("x-api-key", Self.apiKey), HTTPHeader("x-authorization", OPSandbox.customers[0].token),
                HTTPHeader("x-sandbox-fault", String(status)),
            ]))
            #expect(response.status == status)
            let error = OPWire.error(status: response.status, headers: response.headers, body: response.body)
            #expect(error.kind == .server && error.status == status)
            #expect(error.level == "FATAL" && error.category == "TECHNICAL" && error.code == "\(status)-1")
        }
        await server.stop()
    }

    @Test func theDailyQuotaSurfacesAsRateLimited() async throws {
        let server = try await Self.start(dailyLimit: 2)
        let provider = try Self.provider(server)
        _ = try await provider.accounts(bank: nil)
        _ = try await provider.accounts(bank: nil)
        let error = try await #require(throws: BankError.self) { try await provider.accounts(bank: nil) }
        guard case .rateLimited(let retryAt) = error.kind else {
            Issue.record("expected rateLimited, got \(error.kind)")
            return
        }
        #expect(retryAt.map { $0 > Date() && $0 <= Date().addingTimeInterval(86_401) } == true)
        #expect(error.status == 429 && error.level == "WARN" && error.category == "TECHNICAL")
        #expect(await provider.rateLimit?.remaining == 0)
        #expect(await provider.requestCount == 3, "a 429 is not retried")
        await server.stop()
    }

    @Test func localAnnotationsAreAddedRemovedAndSurviveARestart() async throws {
        let server = try await Self.start()
        let path = Self.temporaryStorePath()
        let provider = try Self.provider(server, customer: 1, storePath: path)
        let account = try #require(try await provider.accounts(bank: nil).first)
        let txs = try await provider.transactions(account.ref, view: "owner", page: PageRequest(limit: 3)).items
        let tx = try #require(txs.first)
        let tag = try await provider.addTag("ruoka", to: tx.id, in: account.ref, view: "owner")
        let comment = try await provider.addComment("Lounas tiimin kanssa", to: tx.id, in: account.ref, view: "owner")
        try await provider.setNarrative("Perjantailounas", on: tx.id, in: account.ref, view: "owner")
        try await provider.setWhere(GeoTag(latitude: 61.4978, longitude: 23.7610), on: tx.id, in: account.ref,
                                    view: "owner")
        await #expect(throws: BankError.self) {
            try await provider.addTag("two words", to: tx.id, in: account.ref, view: "owner")
        }

        // A new provider and a new store on the same file: what a restart of bankterm sees.
        let restarted = try Self.provider(server, customer: 1, storePath: path)
        let seen = try await restarted.transaction(account.ref, view: "owner", id: tx.id).metadata
        #expect(seen.isLocal)
        #expect(seen.tags?.map(\.value) == ["ruoka"] && seen.tags?.first?.id == tag.id)
        #expect(seen.comments?.map(\.value) == ["Lounas tiimin kanssa"] && seen.comments?.first?.id == comment.id)
        #expect(seen.narrative == "Perjantailounas")
        #expect(seen.whereTag??.latitude == 61.4978)
        let others = try await restarted.transactions(account.ref, view: "owner", page: PageRequest(limit: 3)).items
        #expect(others.first { $0.id == tx.id }?.metadata.tags?.count == 1)
        #expect(others.filter { $0.id != tx.id }.allSatisfy { $0.metadata.tags == [] })

        try await restarted.deleteTag(tag.id, from: tx.id, in: account.ref, view: "owner")
        try await restarted.deleteComment(comment.id, from: tx.id, in: account.ref, view: "owner")
        try await restarted.deleteNarrative(on: tx.id, in: account.ref, view: "owner")
        try await restarted.deleteWhere(on: tx.id, in: account.ref, view: "owner")
        let missing = try await #require(throws: BankError.self) {
            try await restarted.deleteTag(tag.id, from: tx.id, in: account.ref, view: "owner")
        }
        #expect(missing.kind == .notFound)
        let cleared = try await Self.provider(server, customer: 1, storePath: path)
            .transaction(account.ref, view: "owner", id: tx.id).metadata
        #expect(cleared.tags == [] && cleared.comments == [] && cleared.narrative == nil)
        #expect(cleared.whereTag == .some(nil))
        await server.stop()
    }
}
