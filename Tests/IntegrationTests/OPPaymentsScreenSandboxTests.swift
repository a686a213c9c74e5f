import BankKit
import BrowserModel
import Foundation
import Sandbox
import Testing

/// `:oppayments`'s tasks against the real sandbox over HTTP, through an `OPProvider` that carries the test
/// merchant's signing client: a payment made from the prompts, its browser flow followed, its live status, a refund.
struct OPPaymentsScreenSandboxTests {
    /// Runs the screen's one task with `provider` and hands its event back to the reducer.
    static func run(_ commands: [ScreenCommand<OPPaymentsEvent>], on screen: inout OPPaymentsScreen,
                    _ provider: any BankProvider) async -> [ScreenCommand<OPPaymentsEvent>] {
        for command in commands {
            if case .run(let work) = command { return screen.handle(.event(await work(provider))) }
        }
        Issue.record("no task to run")
        return []
    }

    @Test func aPaymentFromThePromptsIsFollowedAndRefunded() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("oppay-\(UUID().uuidString)")
        let client = OPPaymentClient(
            configuration: OPMerchantConfiguration(
                baseURL: server.baseURL, merchantID: OPTestMerchant.merchantID, accountID: OPTestMerchant.accountID,
                apiKey: OPSandbox.demoAPIKey, key: try OPMerchantKey(pem: OPTestMerchant.privateKeyPEM, source: "test")),
            ledger: try OPPaymentLedger(path: directory.path + "-ledger.sqlite"))
        let provider = OPProvider(
            configuration: OPConfiguration(baseURL: server.baseURL, apiKey: OPSandbox.demoAPIKey, token: "t",
                                           annotations: try LocalAnnotationStore(path: directory.path + "-notes.sqlite")),
            merchantClient: client)
        let context = ScreenContext(providerName: provider.name, capabilities: provider.capabilities)
        guard case .success(var screen) = OPPaymentsScreen.open(context, argument: nil) else {
            Issue.record("a provider with a merchant client opens the screen")
            return
        }
        _ = await Self.run(screen.load(reload: false), on: &screen, provider)
        #expect(screen.list.items.isEmpty)

        _ = screen.handle(.event(.new))
        _ = screen.handle(.submitted(field: "amount", text: "20.00"))
        _ = screen.handle(.submitted(field: "reference", text: "RF18 5390 0754 7034"))
        _ = screen.handle(.submitted(field: "return-url", text: "https://shop.example/return"))
        let created = await Self.run(screen.handle(.confirmed(field: "create")), on: &screen, provider)
        _ = await Self.run(created, on: &screen, provider)
        let payment = try #require(screen.list.items.first)
        #expect(payment.amount == "20.00" && payment.reference == "RF18539007547034" && payment.status == "INITIAL")

        let url = try #require(payment.browserFlowURL)
        #expect(try await HTTPTransport().send(HTTPRequest(url: url)).status == 302)
        _ = await Self.run(screen.handle(.open), on: &screen, provider)
        #expect(screen.list.items.first?.status == "COMPLETED")

        _ = screen.handle(.event(.refund))
        #expect(screen.validate(field: "refund-amount", text: "20.01") == "at most 20.00 EUR is left to refund")
        _ = screen.handle(.submitted(field: "refund-amount", text: "8.00"))
        let refunded = await Self.run(screen.handle(.confirmed(field: "refund")), on: &screen, provider)
        _ = await Self.run(refunded, on: &screen, provider)
        #expect(screen.list.items.count == 2)
        #expect(screen.list.items.first { $0.paymentID == payment.paymentID }?.totalRefunded == "8.00")
        let index = try #require(screen.list.items.firstIndex { $0.paymentID == payment.paymentID })
        _ = screen.handle(.move(.top))
        _ = screen.handle(.move(.by(index)))
        _ = screen.handle(.event(.refund))
        #expect(screen.validate(field: "refund-amount", text: "12.01") == "at most 12.00 EUR is left to refund")
    }
}
