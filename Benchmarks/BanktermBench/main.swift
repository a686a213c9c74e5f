import BankKit
import BrowserModel
import Foundation
import TerminalUI

// bankterm-bench: the in-process figures. `scripts/bench.sh` runs it next to the command-line figures.
//   bankterm-bench model DB    render, keys, filter, decode and their growth at 1k, 10k, 100k
//   bankterm-bench memory DB N peak RSS after browsing to the end of N transactions (a process per N)
//   bankterm-bench sandbox DB  page latency by depth, requests per second under concurrent clients, the HTTP floor
//   bankterm-bench million DB  render, keys and filter with the whole 1M account loaded (BENCH_ACCOUNT_TRANSACTIONS)
//   bankterm-bench waste DB    requests sent after leaving an account mid-walk, and GETs repeated while browsing
//   bankterm-bench stall       how long `bankterm accounts` takes to give up on a stalled or trickling server
// DB is a sandbox database; it is generated (250,000 transactions, 100,000 in the bench account) when new.

let arguments = CommandLine.arguments
guard arguments.count >= 3 || arguments.dropFirst().first == "stall" else {
    let usage = "usage: bankterm-bench model|memory|sandbox|waste|million DB [N], bankterm-bench stall\n"
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}
let databasePath = arguments.count > 2 ? arguments[2] : ""

let pageLimit = PageRequest.defaultLimit

do {
    switch arguments[1] {
    case "model":
        let sandbox = try await BenchSandbox.start(databasePath: databasePath)
        let raw = try await sandbox.pages(count: 100_000, limit: 5_000)
        await sandbox.stop()
        let decoder = DecodeBench(raw: raw)
        let decoded = try decoder.decodeAll()
        let (decodeSeconds, decodedCount) = try decoder.decode()
        Report.line("decode", Report.rate(Double(decodedCount), per: decodeSeconds, unit: "tx"),
                    "\(raw.count) pages of 5000, \(raw.reduce(0) { $0 + $1.count } / 1024) KiB, "
                    + "median \(Report.ms(decodeSeconds))")
        let prepare = DecodeBench.prepare(decoded, limit: pageLimit)
        Report.line("page prep (rows, search, chart)", Report.rate(Double(decodedCount), per: prepare, unit: "tx"))
        let all = DecodeBench.pages(decoded, limit: pageLimit)
        let full = ScreenBench(pages: all, pageLimit: pageLimit)
        for (rows, cols) in [(40, 120), (70, 250)] {
            Report.line("render full frame \(cols)x\(rows), 100k", Report.ms(full.fullFrame(rows: rows, cols: cols)),
                        "median of 101; target < 2 ms")
        }
        for (key, name, presses) in [(Key.character("j"), "j", 1000), (Key.pageDown, "PgDn", 100)] {
            let (seconds, cells) = full.perKey(key, presses: presses, rows: 40, cols: 120)
            Report.line("key \(name) x\(presses) 120x40, 100k", Report.ms(seconds) + " per key",
                        "reduce+render+diff, \(cells) cells changed by the last key, median of 5 runs; target < 1 ms")
        }
        let query = "market"
        for count in [1_000, 10_000, 100_000] {
            let slice = Array(all.prefix(count / pageLimit))
            let screen = ScreenBench(pages: slice, pageLimit: pageLimit)
            let filter = FilterBench(pages: slice, pageLimit: pageLimit)
            let (filterSeconds, matches) = filter.apply(query)
            Report.line("growth \(count): render 120x40", Report.ms(screen.fullFrame(rows: 40, cols: 120)))
            Report.line("growth \(count): filter /\(query)", Report.ms(filterSeconds),
                        "\(matches) matches, median of 9" + (count == 100_000 ? "; target < 50 ms" : ""))
        }
    case "memory":
        let count = arguments.count > 3 ? Int(arguments[3]) ?? 100_000 : 100_000
        try await MemoryBench.run(databasePath: databasePath, count: count)
    case "million":
        // The 1M account (BENCH_ACCOUNT_TRANSACTIONS): the browser's figures with every row loaded.
        let count = BenchSandbox.accountTransactions
        let sandbox = try await BenchSandbox.start(databasePath: databasePath)
        let raw = try await sandbox.pages(count: count, limit: 5_000)
        await sandbox.stop()
        let all = DecodeBench.pages(try DecodeBench(raw: raw).decodeAll(), limit: pageLimit)
        let screen = ScreenBench(pages: all, pageLimit: pageLimit)
        Report.line("million: render 120x40", Report.ms(screen.fullFrame(rows: 40, cols: 120)),
                    "\(count) loaded, median of 101; target < 2 ms")
        for (key, name, presses) in [(Key.character("j"), "j", 1000), (Key.pageDown, "PgDn", 100)] {
            let (seconds, _) = screen.perKey(key, presses: presses, rows: 40, cols: 120)
            Report.line("million: key \(name)", Report.ms(seconds) + " per key", "reduce+render+diff; target < 1 ms")
        }
        let (filterSeconds, matches) = FilterBench(pages: all, pageLimit: pageLimit).apply("market")
        Report.line("million: filter /market", Report.ms(filterSeconds), "\(matches) matches, median of 9; target < 60 ms")
    case "waste":
        try await WasteBench.run(databasePath: databasePath)
    case "stall":
        try StallBench.run()
    case "sandbox":
        // The server in a process of its own, the clients in this one: the figures count the server's work plus
        // a minimal client's, never libcurl's in the server's process.
        let server = try SandboxProcess.start(databasePath: databasePath)
        defer { server.stop() }
        guard let port = URL(string: server.baseURL)?.port else { throw BenchFailure("no port in \(server.baseURL)") }
        let load = SandboxLoad(port: port, token: try await server.login())
        for offset in [0, 50_000, BenchSandbox.accountTransactions - SandboxLoad.limit] {
            Report.line("sandbox page at offset \(offset)", Report.ms(try load.latency(offset: offset, samples: 21)),
                        "uncached, one client, median of 21")
        }
        try load.warm(.cached)
        for (pages, name, detail) in [(SandboxLoad.Pages.cached, "cached", "the first 100 pages, from the response cache"),
                                      (.everyDepth, "uncached", "all 2,000 pages of the 100k account in turn")] {
            for clients in [1, 4, 16] {
                var samples: [Double] = []
                var (failures, answered, cpu) = (0, 0, 0.0)
                for _ in 0..<3 {
                    let before = server.cpuSeconds
                    let result = await load.throughput(pages, clients: clients, duration: .seconds(2))
                    cpu += server.cpuSeconds - before
                    samples.append(result.perSecond)
                    answered += result.answered
                    failures += result.failures
                }
                let target = ["cached 1": "; target ≥ 10,000", "uncached 1": "; target ≥ 3,000",
                              "uncached 4": "; target ≥ 6,000"]["\(name) \(clients)"] ?? ""
                Report.line("sandbox \(name) \(clients) clients", String(format: "%.0f req/s", Stopwatch.median(samples)),
                            "pages of 50, \(detail), keep-alive, median of 3 x 2 s, \(failures) failed, "
                            + "server CPU \(Report.us(cpu / Double(max(1, answered)))) a request\(target)")
            }
        }
        let before = server.cpuSeconds
        let floor = await load.throughput(targets: [SandboxLoad.floorTarget], clients: 1, duration: .seconds(2))
        let floorCPU = Report.us((server.cpuSeconds - before) / Double(max(1, floor.answered)))
        Report.line("sandbox floor 1 client", String(format: "%.0f req/s", floor.perSecond),
                    "GET \(SandboxLoad.floorTarget): no database, about 560 bytes, server CPU \(floorCPU) a request; "
                    + "what the HTTP stack alone allows")
    default:
        FileHandle.standardError.write(Data("unknown figure set: \(arguments[1])\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("bankterm-bench: \(error)\n".utf8))
    exit(1)
}
