import BankKit
import Foundation
import BrowserModel
import Testing
import TerminalUI
@testable import bankterm

/// Every CLI output format with a transaction whose every server string is hostile (issue 5, item 1): no control
/// byte, escape, C1 control or bidi override reaches stdout raw, and JSON still carries the exact values.
@Suite struct TerminalSafetyTests {
    static let hostile = [
        "\u{1B}[2J", "\u{1B}]0;pwned\u{07}", "\u{07}", "\u{9B}31m", "\u{202E}cod.exe", "zero\u{200B}width",
        "\u{1B}P1$qm\u{1B}\\", "del\u{7F}", "\u{85}nel", "\u{E0041}tag",
    ].joined(separator: "|")

    static var transaction: Transaction {
        Transaction(
            id: TransactionID("tx-" + hostile), account: AccountRef(bankID: "b", accountID: "a"),
            counterparty: Counterparty(holderName: "cp" + hostile), type: "type" + hostile,
            description: "desc" + hostile, value: Money(amount: -1, currency: "EUR"),
            metadata: TransactionMetadata(narrative: "narr" + hostile, tags: [Tag(id: "t1", value: "tag" + hostile)],
                                          comments: [Comment(id: "c1", value: "comment" + hostile)]))
    }

    /// A scalar that could drive a terminal; line breaks between records are the output's own.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && scalar != "\r" && Sanitizer.needsReplacement(scalar)
    }

    @Test(arguments: [OutputFormat.table, .json])
    func listOutputCarriesNoControlScalar(format: OutputFormat) {
        let text = TransactionOutput.render([TerminalSafetyTests.transaction], format: format)
        #expect(!text.unicodeScalars.contains(where: TerminalSafetyTests.isUnsafe), "\(text.debugDescription)")
    }

    @Test func detailCarriesNoControlScalar() {
        let text = TransactionOutput.detail(TerminalSafetyTests.transaction)
        #expect(!text.unicodeScalars.contains(where: TerminalSafetyTests.isUnsafe), "\(text.debugDescription)")
        #expect(text.contains("␛[2J") && text.contains("␛]0;pwned␇"))
    }

    /// In a file as on a terminal: the file is read with `cat` and `grep` too.
    @Test func csvCarriesNoControlScalarAndOneRecordALine() {
        var csv = CSVWriter()
        csv.append([.text(TerminalSafetyTests.hostile), .text("=cmd|' /C calc'!A0"), .text("first line\nsecond line")])
        let record = String(decoding: csv.text.utf8.dropLast(2), as: UTF8.self)
        #expect(!record.unicodeScalars.contains(where: TerminalSafetyTests.isUnsafe))
        #expect(csv.text.contains("'=cmd"), "a formula is neutralised as well")
        #expect(!record.contains("\n") && !record.contains("\r"), "a comment's line break would split the record")
    }

    @Test func jsonEscapesInvisiblesYetKeepsTheExactValue() throws {
        let text = JSONRecords.render(["v": TerminalSafetyTests.hostile])
        #expect(text.contains("\\u009b") && text.contains("\\u202e") && text.contains("\\udb40\\udc41"))
        let decoded = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
        #expect(decoded?["v"] == TerminalSafetyTests.hostile)
    }
}
