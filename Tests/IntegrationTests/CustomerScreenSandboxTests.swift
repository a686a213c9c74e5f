import BankKit
import BrowserModel
import Foundation
import Sandbox
import Testing

/// `:customer` against the real sandbox's OP API: Enter on another customer makes the provider answer as them,
/// and the screen asks the app to browse again from the banks pane.
struct CustomerScreenSandboxTests {
    @Test func enterBrowsesAsAnotherCustomer() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        defer { Task { await server.stop() } }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("customer-\(UUID().uuidString).sqlite").path
        let provider = OPProvider(configuration: OPConfiguration(
            baseURL: server.baseURL, apiKey: OPSandbox.demoAPIKey, token: OPSandbox.customers[0].token,
            annotations: try LocalAnnotationStore(path: path)))
        let first = try await provider.currentUser()
        let firstAccounts = try await provider.accounts(bank: nil).map(\.ref)
        let context = ScreenContext(providerName: provider.name, capabilities: provider.capabilities, user: first)
        guard case .success(var screen) = CustomerScreen.open(context, argument: nil) else {
            Issue.record("an OP provider opens :customer")
            return
        }
        #expect(screen.list.items.count == 4 && screen.list.selected?.name == first.username)
        #expect(screen.handle(.open).count == 1, "Enter on the current customer only closes the screen")

        _ = screen.handle(.move(.by(1)))
        guard case .run(let work)? = screen.handle(.open).first else {
            Issue.record("Enter on another customer switches")
            return
        }
        let commands = screen.handle(.event(await work(provider)))
        #expect(commands.contains { if case .restartBrowser = $0 { true } else { false } })
        #expect(try await provider.currentUser().username == OPSandbox.customers[1].name)
        #expect(try await provider.accounts(bank: nil).map(\.ref) != firstAccounts)

        let obp = ScreenContext(providerName: "obp", capabilities: ProviderCapabilities(
            supportsViews: true, metadataIsLocal: false, supportsImages: true, supportsBranches: true))
        guard case .failure(let refusal) = CustomerScreen.open(obp, argument: nil) else {
            Issue.record("OBP has no sandbox customers")
            return
        }
        #expect(refusal.message.contains("OP only"))
    }
}
