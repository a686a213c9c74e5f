import Foundation
import Testing
@testable import BankKit

@Suite struct PackedAmountsTests {
    private static func money(_ text: String, _ currency: String = "EUR") -> Money {
        Money(amount: Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!, currency: currency)
    }

    private static let pairs: [(Money?, Money?)] = [
        (nil, nil), (money("-4.20"), money("7695.80")), (money("0"), nil), (nil, money("-0.001", "BHD")),
        (money("12345678901234567890123456789"), money("1")), (money("1", "EUR"), money("1", "USD")),
        (money("5", "EURO"), nil), (money("5", ""), nil), (money("5", "€"), nil), (money("-18446744073709551615"), nil),
        (Money(amount: .nan, currency: "EUR"), nil),
    ]

    @Test func amountsReadBackExactlyAsTheyWent() {
        for (value, newBalance) in Self.pairs {
            var transaction = Transaction(id: "t", account: AccountRef(bankID: "b", accountID: "a"), value: value,
                                          newBalance: newBalance)
            #expect(transaction.value?.currency == value?.currency && transaction.newBalance?.currency == newBalance?.currency)
            #expect(transaction.value?.amount.description == value?.amount.description)
            #expect(transaction.newBalance?.amount.description == newBalance?.amount.description)
            transaction.value = Self.money("99.5", "SEK")
            #expect(transaction.value == Self.money("99.5", "SEK") && transaction.newBalance?.amount.description
                == newBalance?.amount.description)
        }
    }

    @Test func transactionsWithEqualAmountsAreEqualHoweverStored() {
        let account = AccountRef(bankID: "b", accountID: "a")
        let short = Transaction(id: "t", account: account, value: Self.money("1.5"))
        let long = Transaction(id: "t", account: account, value: Self.money("1.500000000000000000000000000"))
        #expect(short == long)
        #expect(short.hashValue == long.hashValue)
        #expect(short != Transaction(id: "t", account: account, value: Self.money("1.5", "USD")))
    }
}
