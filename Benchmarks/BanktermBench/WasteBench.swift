import BankKit
import BrowserModel
import Foundation

/// Requests the browser should never send (issue 17, target 6), counted against a sandbox in its own process:
/// pages asked for after the user left the account mid-walk, and GETs repeated within one browsing session.
enum WasteBench {
    static func run(databasePath: String) async throws {
        let sandbox = try SandboxProcess.start(databasePath: databasePath)
        defer { sandbox.stop() }
        let token = try await sandbox.login()

        // Leave mid-walk: End asks for the next pages, Esc leaves at once; whatever the provider sends after Esc
        // is waste. Ten times, each in a fresh session so no page comes from the cache.
        var afterLeaving = 0
        var inFlightAtLeaving = 0
        for round in 0..<10 {
            let session = BrowserSession(sandbox: sandbox, token: token)
            try await session.openAccount()
            await session.browse(to: 50 * (round + 2))
            session.store.send(.bottom)
            inFlightAtLeaving += session.store.effectsInFlight
            session.store.send(.back)
            let atLeaving = await session.provider.requestCount
            await session.settle()
            try await Task.sleep(for: .milliseconds(200))
            afterLeaving += await session.provider.requestCount - atLeaving
        }
        Report.line("waste: requests after leaving", "\(afterLeaving)",
                    "target 0; left mid-walk 10 times with \(inFlightAtLeaving) loads in flight")

        // One session: browse, go to another account and back, browse on, open a transaction, back and forth.
        let session = BrowserSession(sandbox: sandbox, token: token)
        try await session.openAccount()
        await session.browse(to: 2_000)
        session.store.send(.back)
        try await session.openAccount(index: 1)
        await session.browse(to: 500)
        session.store.send(.back)
        try await session.openAccount()
        await session.browse(to: 4_000)
        session.store.send(.top)
        session.store.send(.open)
        await session.settle()
        session.store.send(.back)
        session.store.send(.back)
        try await session.openAccount(index: 1)
        let total = await session.provider.requestCount
        let repeated = await session.provider.repeatedRequestCount
        Report.line("waste: repeated requests", "\(repeated) of \(total)",
                    "target 0; two accounts, 4,000 and 500 rows, away and back twice, a detail opened")
        for path in await session.provider.repeatedRequestPaths { Report.line("waste: repeated", path, "") }
    }
}
