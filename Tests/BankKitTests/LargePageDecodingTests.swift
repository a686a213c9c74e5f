import Foundation
import Testing
import TestSupport
@testable import BankKit

/// A page far larger than any server sends by default still decodes whole, every id kept. How fast it decodes
/// is the benchmark's business (`scripts/bench.sh`, the `decode` line), not a test's.
@Suite struct LargePageDecodingTests {
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
        let transactions = try OBPWire.transactions(data, account: AccountRef(bankID: "b", accountID: "a"))
        #expect(transactions.count == 10_000)
        #expect(Set(transactions.map(\.id)).count == 10_000)
        #expect(transactions.allSatisfy { $0.value?.currency == "EUR" && $0.metadata.tags?.count == 1 })
    }
}
