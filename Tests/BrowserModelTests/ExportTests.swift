import BankKit
@testable import BrowserModel
import Foundation
import Testing

@Suite struct ExportTests {
    @Test(arguments: [
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""), ("+1+2", "'+1+2"), ("@SUM(A1)", "'@SUM(A1)"),
        ("-x", "'-x"), ("plain", "plain"), ("a,b", "\"a,b\""), ("line\nbreak", "\"line\nbreak\""),
    ])
    func fieldsAreEscapedAndFormulasNeutralised(field: String, expected: String) {
        #expect(CSVWriter.field(.text(field)) == expected)
        #expect(CSVWriter.field(.numeric("-12.50")) == "-12.50", "amounts are exempt")
    }

    @Test func theBrowsersExportHasTheCommandLinesColumns() {
        let tx = Transaction(id: "t1", account: AccountRef(bankID: "b", accountID: "a"),
                             counterparty: Counterparty(holderName: "=Shop"), description: "x, y",
                             value: Money(amount: -5, currency: "EUR"),
                             metadata: TransactionMetadata(comments: [Comment(id: "c1", value: "one"), Comment(id: "c2", value: "two")],
                                                           whereTag: .value(GeoTag(latitude: 60.5, longitude: 24.25))))
        let (text, rows) = CSVExport.document([tx])
        #expect(rows == 1)
        #expect(text == CSVExport.header.joined(separator: ",") + "\r\n"
                + "t1,,,-5.00,EUR,,'=Shop,false,,\"x, y\",,,one | two,60.5,24.25\r\n")
    }

    @Test func displayFormats() {
        #expect(DisplayFormat.day(Date(timeIntervalSince1970: 0)) == "1970-01-01")
        #expect(DisplayFormat.day(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29")
        #expect(DisplayFormat.day(Date(timeIntervalSince1970: -86_400)) == "1969-12-31")
        #expect(DisplayFormat.money(Money(amount: 7, currency: "EUR")) == "7.00 EUR")
    }

    @Test(arguments: [("-30.4", "GBP", "-30.40"), ("12", "EUR", "12.00"), ("1500", "JPY", "1500"), ("1500", "jpy", "1500"),
                      ("1.5", "KWD", "1.500"), ("1.5", "Kwd", "1.500"), ("1500", "JPYX", "1500.00"), ("1500", "JP", "1500.00"),
                      ("0.125", "EUR", "0.125"), ("-12.5", "", "-12.50"), ("0", "EUR", "0.00"), ("-0.01", "EUR", "-0.01"),
                      ("100", "EUR", "100.00"), ("1e3", "EUR", "1000.00"), ("12345678901234567.8", "EUR", "12345678901234567.80"),
                      ("123456789012345678901234.5", "EUR", "123456789012345678901234.50"), ("0.000000000000000000001", "EUR", "0.000000000000000000001")])
    func amountsKeepTheirCurrencysDecimals(text: String, currency: String, expected: String) throws {
        let amount = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
        #expect(DisplayFormat.amount(amount, currency: currency) == expected)
    }

    /// The fast path must print what `Decimal.description` prints, over amounts of every size and sign.
    @Test func plainTextIsDecimalsOwnDescription() {
        var state: UInt64 = 42
        for _ in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let significand = Decimal(state >> (state % 64))
            let exponent = Int(state % 41) - 20
            let amount = Decimal(sign: state % 2 == 0 ? .plus : .minus, exponent: exponent, significand: significand)
            #expect(DisplayFormat.plainText(amount) == amount.description, "\(amount)")
        }
    }

    @Test func balanceSeriesIsOldestFirstAndDownsampled() {
        let account = AccountRef(bankID: "b", accountID: "a")
        let transactions = (0..<100).map { index in
            Transaction(id: TransactionID("\(index)"), account: account,
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

    /// A chart point's balance is read from the transaction when drawn, by arithmetic where that is exact; it must
    /// be the Double that parsing the amount's text gives.
    @Test(arguments: ["-125720.04", "0.1", "0.125", "-0.000001", "99999999.99", "12345678901234567890", "1e-25",
                      "123e20", "0", "-0", "0.30000000000000004"])
    func aChartPointsBalanceIsItsAmountsNearestDouble(text: String) throws {
        let money = Money(amount: try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))),
                          currency: "EUR")
        let transaction = Transaction(id: "t", account: AccountRef(bankID: "b", accountID: "a"),
                                      posted: Date(timeIntervalSince1970: 0), newBalance: money)
        #expect(BalanceSeries.Point(transaction)?.balance == Double(DisplayFormat.amount(money)))
    }

    /// An edit that takes a row's balance away (or brings one) moves the chart's points: the list counts them again
    /// rather than reading a point that is no longer there.
    @Test func replacingARowsBalanceRecountsThePoints() {
        let account = AccountRef(bankID: "b", accountID: "a")
        var list = TransactionList()
        list.pageLimit = 3
        for start in [0, 3] {
            list.append(TransactionPage(offset: start, limit: 3, transactions: (start..<start + 3).map { index in
                Transaction(id: TransactionID("\(index)"), account: account,
                            posted: Date(timeIntervalSince1970: Double(10 - index) * 3600),
                            newBalance: Money(amount: Decimal(10 - index), currency: "EUR"))
            }))
        }
        #expect(list.balancePointEnds == [3, 6])
        var edited = list.transaction(at: 1)
        edited.newBalance = nil
        list.replaceTransaction(at: 1, with: edited)
        #expect(list.balancePointEnds == [2, 5])
        #expect(BalanceSeries(list, maxPoints: 10).points.map(\.balance) == [5, 6, 7, 8, 10])
        edited.newBalance = Money(amount: 42, currency: "EUR")
        list.replaceTransaction(at: 1, with: edited)
        #expect(BalanceSeries(list, maxPoints: 10).points.map(\.balance) == [5, 6, 7, 8, 42, 10])
        // Dated before every other row, it leaves its page out of OBP's order: the chart sorts instead.
        edited.posted = Date(timeIntervalSince1970: 2 * 3600)
        list.replaceTransaction(at: 1, with: edited)
        #expect(list.balancePointEnds == nil)
        #expect(BalanceSeries(list, maxPoints: 10).points.map(\.balance) == [42, 5, 6, 7, 8, 10])
    }

    /// Pages in OBP's order are sampled in place through the ends the list keeps as pages arrive; pages out of
    /// that order fall back to sorting everything. Both must draw the same chart.
    @Test(arguments: [false, true])
    func balanceSeriesIsTheSameSampledInPlaceOrSorted(mixed: Bool) {
        let account = AccountRef(bankID: "b", accountID: "a")
        let pageStarts = mixed ? [0, 40, 20, 60, 80] : [0, 20, 40, 60, 80]
        var list = TransactionList()
        list.pageLimit = 20
        for (number, start) in pageStarts.enumerated() {
            let transactions = (start..<start + 20).map { index in
                Transaction(id: TransactionID("\(index)"), account: account, posted: Date(timeIntervalSince1970: Double(1000 - index) * 3600),
                            newBalance: Money(amount: Decimal(1000 - index), currency: "EUR"))
            }
            list.append(TransactionPage(offset: number * 20, limit: 20, transactions: transactions))
        }
        #expect((list.balancePointEnds == nil) == mixed)
        let series = BalanceSeries(list, maxPoints: 7)
        let balances: [Double] = (0..<100).map { Double(901 + $0) }
        let expected: [Double] = (0..<7).map { bucket in balances[((bucket + 1) * 100) / 7 - 1] }
        #expect(series.points.map(\.balance) == expected)
        #expect(series.currency == "EUR")
        list.resetPages()
        #expect(list.balancePointEnds == [] && BalanceSeries(list, maxPoints: 7).points.isEmpty)
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
