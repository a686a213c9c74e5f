import BankKit
import Foundation
import BrowserModel
import Testing
import TerminalUI
@testable import bankterm

@Suite struct OutputTests {
    @Test func csvNeutralisesFormulasButNotAmounts() {
        var csv = CSVWriter()
        csv.append([.text("=HYPERLINK(\"http://x\")"), .text("+1"), .text("-2"), .text("@SUM(A1)"), .numeric("-30.40"),
                    .text("a,b"), .text("line\nbreak"), .text("plain")])
        #expect(csv.text == "\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),-30.40,\"a,b\",line␊break,plain\r\n", "a line break shows as ␊: one record a line")
    }

    @Test func csvToATerminalIsSanitised() {
        var csv = CSVWriter()
        csv.append([.text("evil\u{1B}]0;title\u{07}")])
        #expect(!csv.text.contains("\u{1B}"))
        #expect(!csv.text.contains("\u{07}"))
    }

    @Test func tablesFitTheWidthAndAlignWideCharacters() {
        var table = TextTable([.init(title: "ID"), .init(title: "LABEL", flexible: true),
                               .init(title: "AMOUNT", alignment: .right)])
        table.append(["a1", "東京 普通預金 and a long description", "-1.00"])
        table.append(["a2", "Säästötili 🐷", "12345.67"])
        let wide = table.render(width: nil)
        #expect(Set(wide.map(DisplayWidth.columns)).count == 1)
        let narrow = table.render(width: 30)
        #expect(narrow.allSatisfy { DisplayWidth.columns($0) <= 30 })
        #expect(narrow[1].hasSuffix("-1.00"))
        #expect(narrow[1].contains("…"))
        #expect(Set(narrow.map(DisplayWidth.columns)).count == 1)
    }

    @Test func tableCellsAreSanitised() {
        var table = TextTable([.init(title: "NAME")])
        table.append(["bad\u{1B}[2Jname"])
        #expect(!table.render(width: nil).joined().contains("\u{1B}"))
    }

    @Test func jsonIsStableWithEveryKeyPresent() throws {
        let tx = Transaction(id: "t1", account: AccountRef(bankID: "b", accountID: "a"),
                             value: Money(amount: Decimal(string: "-5.5")!, currency: "EUR"),
                             metadata: TransactionMetadata(tags: [Tag(id: "g", value: "food")], whereTag: .absent))
        let text = JSONRecords.render([JSONRecords.transaction(tx)])
        #expect(text == JSONRecords.render([JSONRecords.transaction(tx)]))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let record = try #require(decoded.first)
        #expect(Set(record.keys) == ["id", "bank_id", "account_id", "type", "description", "posted", "completed",
                                     "value", "new_balance", "counterparty", "metadata"])
        #expect((record["value"] as? [String: String]) == ["amount": "-5.50", "currency": "EUR"])
        #expect(record["counterparty"] is NSNull)
        let metadata = try #require(record["metadata"] as? [String: Any])
        #expect(metadata["comments"] is NSNull)
        #expect((metadata["tags"] as? [[String: Any]])?.first?["value"] as? String == "food")
        // Keys come out sorted, so diffs of saved output stay small.
        let keyOrder = text.components(separatedBy: "\n").compactMap { line -> String? in
            guard line.hasPrefix("    \""), let end = line.dropFirst(5).firstIndex(of: "\"") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 5)..<end])
        }
        #expect(keyOrder == keyOrder.sorted())
    }

    /// `--limit -1` used to read as a missing value followed by a flag named `-1`.
    @Test func aNegativeLimitOrOffsetIsRefusedByName() {
        for (option, message) in [("--limit", "--limit must be between 1 and 10000"), ("--offset", "--offset must not be negative")] {
            do {
                _ = try Bankterm.parseAsRoot(["transactions", "--bank", "b", "--account", "a", option, "-1"])
                Issue.record("\(option) -1 was taken")
            } catch {
                #expect(Bankterm.message(for: error) == message)
            }
        }
    }

    @Test func anEmptyIdAndPayingTheSameAccountAreRefusedBeforeAnyRequest() throws {
        #expect(throws: (any Error).self) { try Bankterm.parseAsRoot(["transactions", "--bank", "", "--account", "a"]) }
        let pay = ["pay", "--from-bank", "b", "--from-account", "a", "--amount", "1", "--currency", "EUR", "--description", "x"]
        #expect(throws: (any Error).self) { try Bankterm.parseAsRoot(pay + ["--to-bank", "b", "--to-account", "a"]) }
        #expect(try Bankterm.parseAsRoot(pay + ["--to-bank", "b", "--to-account", "c"]) is PayCommand)
    }

    @Test func bareDatesBoundWholeDays() throws {
        let from = try TransactionsCommand.date("2015-09-01", endOfDay: false)
        let to = try TransactionsCommand.date("2015-09-01", endOfDay: true)
        #expect(OBPDate.format(from) == "2015-09-01T00:00:00.000Z")
        #expect(OBPDate.format(to) == "2015-09-01T23:59:59.999Z")
        #expect(throws: BankError.self) { try TransactionsCommand.date("1.9.2015", endOfDay: false) }
        // The wire parser rolls these over to the next month; typed by a person they are mistakes.
        for impossible in ["2015-06-31", "2015-02-30", "2015-09-31T10:00:00Z"] {
            #expect(throws: BankError.self) { try TransactionsCommand.date(impossible, endOfDay: false) }
        }
        #expect(try TransactionsCommand.date("2016-02-29", endOfDay: false) == OBPDate.parse("2016-02-29"))
    }
}
