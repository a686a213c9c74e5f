import BankKit
import BrowserModel
import Foundation

/// Decoding the sandbox's JSON pages with BankKit's OBP decoder, and the model's per-page preparation (row
/// texts, search keys, chart points) that happens off the UI thread when a page arrives.
struct DecodeBench {
    let raw: [Data]

    func decodeAll() throws -> [[Transaction]] {
        try raw.map { try OBPWire.transactions($0, account: BenchSandbox.account) }
    }

    /// Median seconds to decode every page, and the number of transactions.
    func decode(runs: Int = 3) throws -> (seconds: Double, count: Int) {
        var count = 0
        let seconds = try Stopwatch.median(runs: runs) { count = try decodeAll().reduce(0) { $0 + $1.count } }
        return (seconds, count)
    }

    /// Median seconds to turn decoded transactions into model pages.
    static func prepare(_ decoded: [[Transaction]], limit: Int, runs: Int = 3) -> Double {
        Stopwatch.median(runs: runs) { _ = pages(decoded, limit: limit) }
    }

    /// The decoded transactions cut into the model's pages of `limit`.
    static func pages(_ decoded: [[Transaction]], limit: Int) -> [TransactionPage] {
        let all = decoded.flatMap { $0 }
        return stride(from: 0, to: all.count, by: limit).map {
            TransactionPage(offset: $0, limit: limit, transactions: Array(all[$0..<min(all.count, $0 + limit)]))
        }
    }
}
