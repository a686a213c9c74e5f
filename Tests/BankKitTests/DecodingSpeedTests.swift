import Foundation
import Testing
@testable import BankKit

/// Long transaction lists must decode far faster than they arrive: tens of thousands per second in release
/// builds (measured: 27,000-32,000 per second of OBP's 2.3 KB example transaction; JSONSerialization managed 6,500).
/// The bound here is loose because tests run unoptimised on a shared two-core machine; the rate is printed.
@Suite struct DecodingSpeedTests {
    /// `count` copies of OBP's example transaction, each with its own id.
    static func page(of count: Int) throws -> Data {
        let sample = try JSONSerialization.jsonObject(with: Fixtures.successBody("getTransactionsForBankAccount"))
        var template = try #require(((sample as? [String: Any])?["transactions"] as? [[String: Any]])?.first)
        template["id"] = nil
        let rest = String(decoding: try JSONSerialization.data(withJSONObject: template), as: UTF8.self).dropFirst()
        var text = #"{"transactions":["#
        for index in 0..<count {
            text += (index == 0 ? "" : ",") + #"{"id":"tx-\#(index)","# + rest
        }
        return Data((text + "]}").utf8)
    }

    @Test func tenThousandTransactions() throws {
        let data = try Self.page(of: 10_000)
        let started = ContinuousClock.now
        let transactions = try OBPWire.transactions(data, account: AccountRef(bankID: "b", accountID: "a"))
        let elapsed = ContinuousClock.now - started
        #expect(transactions.count == 10_000)
        #expect(Set(transactions.map(\.id)).count == 10_000)
        #expect(transactions.allSatisfy { $0.value?.currency == "EUR" && $0.metadata.tags?.count == 1 })
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("decoded \(transactions.count) transactions (\(data.count / 1024) KiB) in \(elapsed): "
              + "\(Int(Double(transactions.count) / seconds)) per second")
        #expect(seconds < 15)
    }
}
