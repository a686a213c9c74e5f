import BankKit
import BrowserModel
import Foundation

/// Peak memory of the browser after browsing to the end of an account: the OBP provider over loopback and the
/// Store loading page after page as End is pressed, with the server in a process of its own (as any real OBP
/// server is). Run in a process of its own, since the peak (VmHWM) never goes down.
enum MemoryBench {
    static func run(databasePath: String, count: Int) async throws {
        let sandbox = try SandboxProcess.start(databasePath: databasePath)
        defer { sandbox.stop() }
        let token = try await sandbox.login()
        let baseline = ProcStatus.kilobytes("VmHWM")
        let provider = OBPProvider(configuration: OBPConfiguration(baseURL: sandbox.baseURL, token: token))
        let (wakes, wake) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let store = Store(state: AppState(provider: provider), provider: provider, draftStore: nil,
                          wake: { wake.yield() })
        var iterator = wakes.makeAsyncIterator()
        func settle() async {
            while store.effectsInFlight > 0 {
                _ = await iterator.next()
                store.drainResults()
            }
        }
        store.send(.start)
        await settle()
        guard let bankIndex = store.state.banks.items.firstIndex(where: { $0.id == BenchSandbox.account.bankID })
        else { throw BenchFailure("the bench bank is not listed (\(store.state.banks.error ?? "no error"))") }
        for _ in 0..<bankIndex { store.send(.moveDown) }
        store.send(.open)
        await settle()
        guard let accountIndex = store.state.accounts.items.firstIndex(where: { $0.ref == BenchSandbox.account })
        else { throw BenchFailure("the bench account is not listed") }
        for _ in 0..<accountIndex { store.send(.moveDown) }
        store.send(.open)
        await settle()
        let started = ContinuousClock.now
        while store.state.transactions.count < count, !store.state.transactions.reachedEnd {
            store.send(.bottom)
            guard store.effectsInFlight > 0 else { break }
            await settle()
        }
        let elapsed = (ContinuousClock.now - started).seconds
        let loaded = store.state.transactions.count
        let peak = ProcStatus.kilobytes("VmHWM")
        Report.line("memory peak RSS, \(loaded) loaded", Report.mb(kilobytes: peak),
                    "browser alone; before the first page: \(Report.mb(kilobytes: baseline)); browsing took "
                    + String(format: "%.1f s", elapsed) + ", \(await provider.requestCount) requests")
    }
}

/// Fields of /proc/self/status.
enum ProcStatus {
    static func kilobytes(_ field: String) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
        }
        return 0
    }
}
