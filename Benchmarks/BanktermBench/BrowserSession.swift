import BankKit
import BrowserModel
import Foundation

/// The browser's Store over the OBP provider, against a sandbox in its own process, driven as the UI loop drives
/// it: a key, then the results as they arrive.
final class BrowserSession {
    let provider: OBPProvider
    let store: Store
    private var wakes: AsyncStream<Void>.Iterator

    init(sandbox: SandboxProcess, token: String) {
        provider = OBPProvider(configuration: OBPConfiguration(baseURL: sandbox.baseURL, token: token))
        let (stream, wake) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        store = Store(state: AppState(provider: provider), provider: provider, draftStore: nil, wake: { wake.yield() })
        wakes = stream.makeAsyncIterator()
    }

    /// Waits until every effect started has delivered its result, and applies them all.
    /// An effect's actions reach the inbox before it stops counting as in flight, so only a drain after seeing
    /// none in flight is sure to apply the last of them; checked after draining, an answer delivered between the
    /// two was left waiting.
    func settle() async {
        while true {
            let idle = store.effectsInFlight == 0
            // Results applied may have started effects, which may already be done: look again.
            let applied = store.drainResults()
            if idle, !applied { return }
            if !idle { _ = await wakes.next() }
        }
    }

    /// Starts the browser and opens the bank and account at `index` of the bench bank (0: the 100k account).
    func openAccount(index: Int = 0) async throws {
        if store.state.banks.items.isEmpty {
            store.send(.start)
            await settle()
            guard let bankIndex = store.state.banks.items.firstIndex(where: { $0.id == BenchSandbox.account.bankID })
            else { throw BenchFailure("the bench bank is not listed (\(store.state.banks.error ?? "no error"))") }
            for _ in 0..<bankIndex { store.send(.moveDown) }
            store.send(.open)
            await settle()
        }
        guard let benchIndex = store.state.accounts.items.firstIndex(where: { $0.ref == BenchSandbox.account }),
              store.state.accounts.items.count > index
        else { throw BenchFailure("the bench account is not listed") }
        let target = index == 0 ? benchIndex : (benchIndex + index) % store.state.accounts.items.count
        store.send(.top)
        for _ in 0..<target { store.send(.moveDown) }
        store.send(.open)
        await settle()
    }

    /// Presses End until `count` transactions are loaded or the list ends.
    /// End can be answered from pages that arrived ahead and wait in the cache, with nothing left to ask for
    /// until the next End: the walk stops only when End neither loads a page nor shows one. It settles after
    /// every End: a page from a fast server could arrive before a look at the effects in flight, and the walk
    /// then stopped at a whole page with the browser still waiting to apply it (three 1M walks in five).
    func browse(to count: Int) async {
        while store.state.transactions.count < count, !store.state.transactions.reachedEnd {
            let before = store.state.transactions.count
            store.send(.bottom)
            await settle()
            if store.state.transactions.count == before { break }
        }
    }
}
