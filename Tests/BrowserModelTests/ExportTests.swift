import BankKit
@testable import BrowserModel
import Foundation
import Testing

@Suite struct ExportTests {
    @Test(arguments: [
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""), ("+1+2", "'+1+2"), ("@SUM(A1)", "'@SUM(A1)"),
        ("-12.50", "-12.50"), ("-x", "'-x"), ("plain", "plain"), ("a,b", "\"a,b\""), ("line\nbreak", "\"line\nbreak\""),
    ])
    func fieldsAreEscapedAndFormulasNeutralised(field: String, expected: String) {
        #expect(CSVExport.escape(field) == expected)
    }

    @Test func displayFormats() {
        #expect(DisplayFormat.day(Date(timeIntervalSince1970: 0)) == "1970-01-01")
        #expect(DisplayFormat.day(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29")
        #expect(DisplayFormat.day(Date(timeIntervalSince1970: -86_400)) == "1969-12-31")
        #expect(DisplayFormat.amount(Decimal(string: "-12.5")!) == "-12.50")
        #expect(DisplayFormat.amount(Decimal(string: "3")!) == "3.00")
        #expect(DisplayFormat.amount(Decimal(string: "0.125")!) == "0.125")
        #expect(DisplayFormat.money(Money(amount: 7, currency: "EUR")) == "7.00 EUR")
    }

    @Test func balanceSeriesIsOldestFirstAndDownsampled() {
        let account = AccountRef(bankID: "b", accountID: "a")
        let transactions = (0..<100).map { index in
            Transaction(id: "\(index)", account: account,
                        posted: Date(timeIntervalSince1970: Double(100 - index) * 86_400),
                        newBalance: Money(amount: Decimal(100 - index), currency: "EUR"))
        }
        var list = TransactionList()
        list.pageLimit = 100
        list.append(TransactionPage(offset: 0, limit: 100, transactions: transactions))
        let series = BalanceSeries(list, maxPoints: 10)
        #expect(series.points.count == 10)
        #expect(series.points.first?.balance == 10)
        #expect(series.points.last?.balance == 100)
        #expect(series.currency == "EUR")
        #expect(!series.isHiddenByView)
        var hidden = TransactionList()
        hidden.pageLimit = 100
        hidden.append(TransactionPage(offset: 0, limit: 100, transactions: [Transaction(id: "x", account: account)]))
        #expect(BalanceSeries(hidden, maxPoints: 10).isHiddenByView)
    }

    @Test(arguments: [
        ("view accountant", PromptCommand.view("accountant")), ("bank obp-bank-x-gh", .bank("obp-bank-x-gh")),
        ("theme solarized-light", .theme("solarized-light")), ("export csv /tmp/my file.csv", .exportCSV(path: "/tmp/my file.csv")),
        ("q", .quit), ("retry", .retry), ("discard", .discard),
    ])
    func commandsParse(line: String, expected: PromptCommand) throws {
        #expect(try PromptCommand.parse(line).get() == expected)
    }

    @Test(arguments: ["", "export json x", "bank", "theme a b", "nope"])
    func badCommandsAreRefused(line: String) {
        #expect(throws: PromptCommandError.self) { try PromptCommand.parse(line).get() }
    }
}
