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
        let metadata = TransactionMetadata(narrative: "", tags: tags, comments: [], images: [], whereTag: .absent)
        let amount = Decimal(index) - 3
        return Transaction(id: TransactionID("t\(index)"), account: AccountRef(bankID: "b", accountID: "a"),
                           counterparty: index == 3 ? nil : shop, type: "CARD",
                           description: index == 5 ? nil : "line\nbreak \(index)",
                           posted: Date(timeIntervalSince1970: Double(index) * 86_400),
                           value: Money(amount: amount, currency: "EUR"), metadata: metadata)
    }

    /// Everything a record can hold: hidden (nil) and empty lists, every annotation kind, coordinates of several
    /// spellings, and text with quotes, controls, ESC, DEL, C1, bidi overrides, zero-width and non-Latin letters.
    static let varied: [Transaction] = {
        let odd = "q\"b\\s/\u{0}\u{1B}[31m\u{7F}\u{85}\u{202E}\u{200B}\t\r\u{8}\u{C}é漢😀\u{2028}"
        let full = TransactionMetadata(
            narrative: odd, tags: [BankKit.Tag(id: "g1", value: "food", date: Date(timeIntervalSince1970: 1.5), author: "ann"),
                                   BankKit.Tag(id: "g2", value: odd)],
            comments: [BankKit.Comment(id: "c1", value: "hi", date: Date(timeIntervalSince1970: 86_400), author: nil)],
            images: [TransactionImage(id: "i1", label: "receipt", url: "https://x.example/a/b?c=d&e",
                                      date: nil, author: "bob")],
            whereTag: .value(GeoTag(latitude: 60, longitude: 24.9384, date: Date(timeIntervalSince1970: 0), author: "c")))
        let hidden = TransactionMetadata(narrative: nil, tags: nil, comments: nil, images: nil, whereTag: .hidden)
        let tiny = TransactionMetadata(narrative: "", tags: [], comments: [], images: [],
                                       whereTag: .value(GeoTag(latitude: -0.000001, longitude: 179.99999999)))
        let party = Counterparty(id: nil, holderName: odd, isAlias: true, number: "123", kind: "iban",
                                 iban: "FI2112345600000785", bankName: "Bänk")
        return [
            Transaction(id: "v1", account: AccountRef(bankID: "b/1", accountID: AccountID(odd)), counterparty: party, type: odd,
                        description: odd, posted: Date(timeIntervalSince1970: 1_700_000_000.123),
                        completed: Date(timeIntervalSince1970: 1_700_000_001),
                        value: Money(amount: Decimal(string: "-1234.5")!, currency: "JPY"),
                        newBalance: Money(amount: Decimal(string: "0.125")!, currency: "BHD"), metadata: full),
            Transaction(id: "v2", account: AccountRef(bankID: "b", accountID: "a"), metadata: hidden),
            Transaction(id: "v3", account: AccountRef(bankID: "b", accountID: "a"),
                        counterparty: Counterparty(holderName: nil, isAlias: false), metadata: tiny),
        ]
    }()

    private func streamed(_ format: TransactionFormat, chunks sizes: [Int],
                          of transactions: [Transaction] = TransactionStreamTests.transactions) -> String {
        var stream = TransactionStream(format: format)
        var out = stream.header
        var rest = transactions[...]
        for size in sizes {
            out += stream.chunk(Array(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        return String(decoding: out + stream.footer, as: UTF8.self)
    }

    @Test(arguments: [TransactionFormat.json, .csv, .ndjson], [[7], [1, 6], [3, 0, 4], [1, 1, 1, 1, 1, 1, 1], [0, 7]])
    func pagesPrintTheBytesOfTheWholeList(format: TransactionFormat, chunks: [Int]) {
        #expect(streamed(format, chunks: chunks) == streamed(format, chunks: [7]))
    }

    /// The bytes `--format json` printed before it was written straight to bytes: JSONSerialization's document.
    @Test func jsonIsTheDocumentOfTheWholeArray() {
        for list in [Self.transactions, Self.varied, Self.transactions + Self.varied] {
            let whole = JSONRecords.render(list.map(JSONRecords.transaction)) + "\n"
            #expect(streamed(.json, chunks: [2, list.count - 2], of: list) == whole)
        }
        #expect(TransactionOutput.render([], format: .json) == JSONRecords.render([Any]()) + "\n")
        #expect(streamed(.json, chunks: [], of: []) == JSONRecords.render([Any]()) + "\n")
    }

    /// A decoded page gives equal counterparties and metadata one box each, and the stream copies a box's bytes
    /// once written: the copies must be what writing each record afresh gives, in both layouts.
    @Test func repeatedPartsOfADecodedPageWriteAsTheirOwn() throws {
        let party = #"{"id":"c","holder":{"name":"Shop \"Ltd\"","is_alias":false},"bank_routing":{"address":"b"}}"#
        let bare = #"{"narrative":"","comments":[],"tags":[],"images":[],"where":null}"#
        let items = (0..<6).map { index in
            #"{"id":"t\#(index)","other_account":\#(index == 4 ? "null" : party),"details":{"type":"CARD","#
                + #""description":"d\#(index % 2)","value":{"currency":"EUR","amount":"-1.5\#(index)"}},"#
                + #""metadata":\#(index == 3 ? #"{"narrative":"n","tags":[{"id":"g","value":"x"}]}"# : bare)}"#
        }
        let body = Data(("{\"transactions\":[" + items.joined(separator: ",") + "]}").utf8)
        let list = try OBPWire.transactions(body, account: AccountRef(bankID: "b", accountID: "a"))
        #expect(list.count == 6 && list[0].sharedCounterparty === list[5].sharedCounterparty)
        let whole = JSONRecords.render(list.map(JSONRecords.transaction)) + "\n"
        #expect(streamed(.json, chunks: [6], of: list) == whole)
        #expect(streamed(.json, chunks: [1, 5], of: list) == whole)
        let lines = streamed(.ndjson, chunks: [6], of: list).split(separator: "\n")
        for (line, tx) in zip(lines, list) {
            let data = try JSONSerialization.data(withJSONObject: JSONRecords.transaction(tx),
                                                  options: [.sortedKeys, .withoutEscapingSlashes])
            #expect(String(line) == JSONRecords.escapingInvisibles(String(decoding: data, as: UTF8.self)))
        }
    }

    /// NDJSON: each line is JSONSerialization's compact object, with the same escapes for the terminal.
    @Test func ndjsonIsOneCompactObjectALine() throws {
        let list = Self.transactions + Self.varied
        let lines = streamed(.ndjson, chunks: [list.count], of: list).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == list.count + 1 && lines.last == "")
        for (line, tx) in zip(lines, list) {
            let data = try JSONSerialization.data(withJSONObject: JSONRecords.transaction(tx),
                                                  options: [.sortedKeys, .withoutEscapingSlashes])
            #expect(String(line) == JSONRecords.escapingInvisibles(String(decoding: data, as: UTF8.self)))
        }
    }
}

/// CSV carries what JSON carries about annotations, in columns appended after the ones scripts already read.
@Suite struct TransactionCSVColumnsTests {
    static let annotated: Transaction = {
        let comments = [BankKit.Comment(id: "c1", value: "nice, \"really\""), BankKit.Comment(id: "c2", value: "=1+1")]
        let metadata = TransactionMetadata(narrative: "lunch", tags: [BankKit.Tag(id: "g", value: "food")],
                                           comments: comments, images: [],
                                           whereTag: .value(GeoTag(latitude: 60.16952, longitude: -24.5)))
        return Transaction(id: "t1", account: AccountRef(bankID: "b", accountID: "a"), type: "CARD",
                           description: "Cafe", value: Money(amount: 2, currency: "EUR"), metadata: metadata)
    }()

    @Test func theFirstColumnsKeepTheirPlaceAndTheNewOnesFollow() {
        let header = String(decoding: TransactionStream(format: .csv).header, as: UTF8.self)
        #expect(header == "id,posted,completed,amount,currency,new_balance,counterparty,counterparty_is_alias,type,"
            + "description,narrative,tags,comments,where_latitude,where_longitude\r\n")
    }

    @Test func commentsShareOneQuotedCellAndWhereIsTwoNumbers() {
        var stream = TransactionStream(format: .csv)
        let row = String(decoding: stream.chunk([Self.annotated]), as: UTF8.self)
        #expect(row.hasSuffix(",lunch,food,\"nice, \"\"really\"\" | =1+1\",60.16952,-24.5\r\n"), "\(row)")
    }

    @Test func noCommentsAndNoWhereAreEmptyCells() {
        var stream = TransactionStream(format: .csv)
        let row = String(decoding: stream.chunk([TransactionStreamTests.transaction(0)]), as: UTF8.self)
        // description, then empty narrative, tags, comments, latitude and longitude.
        #expect(row.hasSuffix(",line␊break 0,,,,,\r\n"), "\(row)")
    }

    /// A lone `[` or a CSV header is not a result: a command that fails before its first page prints nothing.
    @Test func aCommandThatFailsBeforeItsFirstPagePrintsNothing() async throws {
        let binary = try BanktermBinary.locate()
        for arguments in [["--format", "json"], ["--format", "csv", "--all"], ["--format", "json", "--all"]] {
            let result = try await binary.run(["--base-url", "http://127.0.0.1:1", "--username", "demo", "--consumer-key", "k",
                                               "--retry-budget", "1", "transactions", "--bank", "b", "--account", "a"] + arguments)
            #expect(result.status != 0 && result.stdout.isEmpty, "\(arguments): \(result.stdout.debugDescription)")
        }
    }
}
