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
        let baselineAnon = ProcStatus.kilobytes("RssAnon")
        if ProcessInfo.processInfo.environment["BENCH_SMAPS"] != nil { ProcMaps.printResident(top: 12) }
        let session = BrowserSession(sandbox: sandbox, token: token)
        try await session.openAccount()
        let started = ContinuousClock.now
        await session.browse(to: count)
        let elapsed = (ContinuousClock.now - started).seconds
        let loaded = session.store.state.transactions.count
        let peak = ProcStatus.kilobytes("VmHWM")
        let anon = ProcStatus.kilobytes("RssAnon")
        Report.line("memory peak RSS, \(loaded) loaded", Report.mb(kilobytes: peak),
                    "target < \(count >= 1_000_000 ? 250 : 50) MB; before the first page \(Report.mb(kilobytes: baseline)), "
                    + "of it heap \(Report.mb(kilobytes: baselineAnon)) and the rest mapped code; heap now "
                    + "\(Report.mb(kilobytes: anon)) and mapped code \(Report.mb(kilobytes: ProcStatus.kilobytes("RssFile"))), "
                    + String(format: "%.0f", Double((anon - baselineAnon) * 1024) / Double(max(1, loaded)))
                    + " bytes a transaction; browsing took " + String(format: "%.1f s", elapsed)
                    + ", \(await session.provider.requestCount) requests"
                    + (session.store.state.transactions.error.map { "; stopped by: \($0)" } ?? "")
                    + (loaded < count && session.store.state.transactions.reachedEnd
                       ? "; the list ended: its last page had \(lastPageRows(session)) rows" : ""))
    }

    private static func lastPageRows(_ session: BrowserSession) -> Int {
        session.store.state.transactions.pages.last?.transactions.count ?? 0
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

/// The mappings of /proc/self/smaps that hold the most resident memory, for finding what the process holds
/// before the browser loads anything (`BENCH_SMAPS=1`).
enum ProcMaps {
    static func printResident(top: Int) {
        guard let text = try? String(contentsOfFile: "/proc/self/smaps", encoding: .utf8) else { return }
        var resident: [String: Int] = [:]
        var current = "[anonymous]"
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if let first = fields.first, first.contains("-"), !first.hasSuffix(":") {
                current = fields.count > 5 ? String(fields[5]) : "[anonymous]"
            } else if fields.first == "Rss:", fields.count > 1 {
                resident[current, default: 0] += Int(fields[1]) ?? 0
            }
        }
        for (name, kilobytes) in resident.sorted(by: { $0.value > $1.value }).prefix(top) {
            FileHandle.standardError.write(Data("  \(Report.mb(kilobytes: kilobytes))  \(name)\n".utf8))
        }
    }
}
