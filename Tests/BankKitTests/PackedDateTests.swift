import Foundation
import Testing
@testable import BankKit

@Suite struct PackedDateTests {
    @Test(arguments: [nil, Date(timeIntervalSince1970: 0), Date(timeIntervalSinceReferenceDate: -1e12),
                      Date(timeIntervalSince1970: 1_750_000_000.123), .distantFuture, .distantPast])
    func anOptionalDateComesBackAsItWent(date: Date?) {
        #expect(PackedDate(date).date == date)
        #expect(PackedDate(date) == PackedDate(date))
    }

    @Test func aTransactionsDatesReadAndWriteAsBefore() {
        var transaction = Transaction(id: "t", account: AccountRef(bankID: "b", accountID: "a"),
                                      posted: Date(timeIntervalSince1970: 86_400))
        #expect(transaction.posted == Date(timeIntervalSince1970: 86_400) && transaction.completed == nil)
        transaction.completed = Date(timeIntervalSince1970: 90_000)
        transaction.posted = nil
        #expect(transaction.posted == nil && transaction.completed == Date(timeIntervalSince1970: 90_000))
    }
}
