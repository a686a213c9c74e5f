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

/// CSV carries what JSON carries about annotations, in columns appended after the ones scripts already read.
@Suite struct TransactionCSVColumnsTests {
    static let annotated: Transaction = {
        let comments = [BankKit.Comment(id: "c1", value: "nice, \"really\""), BankKit.Comment(id: "c2", value: "=1+1")]
        let metadata = TransactionMetadata(narrative: "lunch", tags: [BankKit.Tag(id: "g", value: "food")],
                                           comments: comments, images: [],
                                           whereTag: .some(GeoTag(latitude: 60.16952, longitude: -24.5)))
        return Transaction(id: "t1", account: AccountRef(bankID: "b", accountID: "a"), type: "CARD",
                           description: "Cafe", value: Money(amount: 2, currency: "EUR"), metadata: metadata)
    }()

    @Test func theFirstColumnsKeepTheirPlaceAndTheNewOnesFollow() {
        let header = TransactionStream(format: .csv).header
        #expect(header == "id,posted,completed,amount,currency,new_balance,counterparty,counterparty_is_alias,type,"
            + "description,narrative,tags,comments,where_latitude,where_longitude\r\n")
    }

    @Test func commentsShareOneQuotedCellAndWhereIsTwoNumbers() {
        var stream = TransactionStream(format: .csv)
        let row = stream.chunk([Self.annotated])
        #expect(row.hasSuffix(",lunch,food,\"nice, \"\"really\"\" | =1+1\",60.16952,-24.5\r\n"), "\(row)")
    }

    @Test func noCommentsAndNoWhereAreEmptyCells() {
        var stream = TransactionStream(format: .csv)
        let row = stream.chunk([TransactionStreamTests.transaction(0)])
        // description, then empty narrative, tags, comments, latitude and longitude.
        #expect(row.hasSuffix(",\"line\nbreak 0\",,,,,\r\n"), "\(row)")
    }
}
