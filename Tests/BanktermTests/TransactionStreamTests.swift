import BankKit
import Foundation
import Testing
@testable import bankterm

/// `transactions --all` prints page by page; what it prints must not depend on how the pages fell.
@Suite struct TransactionStreamTests {
    static let transactions: [Transaction] = (0..<7).map(transaction)

    static func transaction(_ index: Int) -> Transaction {
        let shop = Counterparty(id: "c", holderName: "Shop, \"Ltd\"\u{202E}", isAlias: index == 2)
        let tags: [BankKit.Tag] = index == 1 ? [BankKit.Tag(id: "g", value: "food")] : []
        let metadata = TransactionMetadata(narrative: "", tags: tags, comments: [], images: [], whereTag: .some(nil))
        let amount = Decimal(index) - 3
        return Transaction(id: "t\(index)", account: AccountRef(bankID: "b", accountID: "a"),
                           counterparty: index == 3 ? nil : shop, type: "CARD",
                           description: index == 5 ? nil : "line\nbreak \(index)",
                           posted: Date(timeIntervalSince1970: Double(index) * 86_400),
                           value: Money(amount: amount, currency: "EUR"), metadata: metadata)
    }

    private func streamed(_ format: OutputFormat, chunks sizes: [Int]) -> String {
        var stream = TransactionStream(format: format)
        var out = stream.header
        var rest = Self.transactions[...]
        for size in sizes {
            out += stream.chunk(Array(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        return out + stream.footer
    }

    @Test(arguments: [OutputFormat.json, .csv], [[7], [1, 6], [3, 0, 4], [1, 1, 1, 1, 1, 1, 1], [0, 7]])
    func pagesPrintTheBytesOfTheWholeList(format: OutputFormat, chunks: [Int]) {
        #expect(streamed(format, chunks: chunks) == streamed(format, chunks: [7]))
    }

    @Test func jsonIsTheDocumentOfTheWholeArray() {
        let whole = JSONRecords.render(Self.transactions.map(JSONRecords.transaction)) + "\n"
        #expect(streamed(.json, chunks: [2, 5]) == whole)
        #expect(TransactionOutput.render([], format: .json) == JSONRecords.render([Any]()) + "\n")
    }
}
