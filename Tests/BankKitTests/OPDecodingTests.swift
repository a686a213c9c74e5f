import BankKit
import Foundation
import Testing

/// OP's wire shapes, including the example of OP's own documentation that spells the id `accounId`.
@Suite struct OPDecodingTests {
    /// The account list example as OP documents it: the id misspelled, amounts as JSON numbers.
    static let documentedAccounts = Data("""
        [
          {
            "accounId": "e6e3ecce-dd6f-4c2a-8b40-3d6d0b5e6c1f",
            "iban": "FI3359986950002152",
            "bic": "OKOYFIHH",
            "accountName": "KÄYTTÖTILI",
            "balance": 2150.73,
            "amountAvailable": 2150.73,
            "currency": "EUR",
            "ownerId": "3ae7f3a4-5a1e-4f3b-9a7e-2c4e5f6a7b8c"
          },
          {
            "accountId": "9f4c1b2a-0e3d-4c5b-8a69-7d8e9f0a1b2c",
            "iban": "FI5850000120378294",
            "bic": "OKOYFIHH",
            "accountName": "SÄÄSTÖTILI",
            "balance": "10000.10",
            "currency": "EUR"
          },
          { "iban": "FI0000000000000000" }
        ]
        """.utf8)

    @Test func decodesTheDocumentedExampleWithAccounId() throws {
        let accounts = try OPWire.accounts(Self.documentedAccounts)
        #expect(accounts.map(\.ref.accountID) == ["e6e3ecce-dd6f-4c2a-8b40-3d6d0b5e6c1f",
                                                  "9f4c1b2a-0e3d-4c5b-8a69-7d8e9f0a1b2c"])
        let first = try #require(accounts.first)
        #expect(first.ref.bankID == "OP")
        #expect(first.label == "KÄYTTÖTILI")
        #expect(first.balance == Money(amount: Decimal(string: "2150.73")!, currency: "EUR"))
        #expect(first.routings == [Routing(scheme: "IBAN", address: "FI3359986950002152"),
                                   Routing(scheme: "BIC", address: "OKOYFIHH")])
        #expect(first.owners == ["3ae7f3a4-5a1e-4f3b-9a7e-2c4e5f6a7b8c"])
        #expect(accounts[1].balance?.amount == Decimal(string: "10000.10"))
        #expect(accounts.allSatisfy { $0.views.map(\.id) == ["owner"] })
    }

    @Test func decodesASingleAccountWithEitherSpelling() throws {
        let misspelled = try OPWire.account(Data(#"{"accounId":"a1","accountName":"X","balance":1}"#.utf8))
        let correct = try OPWire.account(Data(#"{"accountId":"a1","accountName":"X","balance":1}"#.utf8))
        #expect(misspelled == correct)
        #expect(throws: BankError.self) { try OPWire.account(Data(#"{"accountName":"X"}"#.utf8)) }
    }

    @Test func decodesTransactionsWithTheCounterpartyOnTheOtherSide() throws {
        let data = Data("""
            {"transactions": [
              {"transactionId": "t1", "accountId": "a1", "bookingDate": "2026-03-02T10:00:00Z",
               "valueDate": "2026-03-03", "amount": -12.30, "currency": "EUR", "message": "Korttiosto Alepa",
               "reference": "12344", "payerIban": "FI2112345600000785", "payerName": "Aino",
               "receiverIban": "FI5850000120378294", "receiverName": "Alepa Kallio", "type": "KORTTIOSTO"},
              {"transactionId": "t2", "amount": "2900.00", "purpose": "SALA", "payerName": "Nokia Oyj",
               "payerIban": "FI3359986950002152"},
              {"amount": 1}
            ]}
            """.utf8)
        let transactions = try OPWire.transactions(data, account: "a1")
        #expect(transactions.map(\.id) == ["t1", "t2"])
        let out = transactions[0]
        #expect(out.value == Money(amount: Decimal(string: "-12.30")!, currency: "EUR"))
        #expect(out.counterparty?.holderName == "Alepa Kallio" && out.counterparty?.iban == "FI5850000120378294")
        #expect(out.description == "Korttiosto Alepa" && out.type == "KORTTIOSTO")
        #expect(out.posted == OBPDate.parse("2026-03-02T10:00:00Z") && out.completed == OBPDate.parse("2026-03-03"))
        #expect(out.metadata.isLocal)
        let salary = transactions[1]
        #expect(salary.counterparty?.holderName == "Nokia Oyj" && salary.description == "SALA")
        #expect(salary.value?.currency == "EUR")
    }

    @Test func refusesNonJSONAndNonLists() {
        #expect(throws: BankError.self) { try OPWire.accounts(Data("<html>".utf8)) }
        #expect(throws: BankError.self) { try OPWire.accounts(Data(#"{"accounts": 3}"#.utf8)) }
    }

    @Test func mapsTheErrorDescriptor() {
        let body = Data(#"{"errors":[{"id":"e1","level":"ERROR","type":"SECURITY","message":"Invalid API key","code":"401-2"}]}"#.utf8)
        let error = OPWire.error(status: 401, headers: HTTPHeaders(), body: body)
        #expect(error.kind == .badCredentials && error.code == "401-2")
        #expect(error.level == "ERROR" && error.category == "SECURITY" && error.message == "Invalid API key")
        let plain = OPWire.error(status: 502, headers: HTTPHeaders(), body: Data("Bad gateway".utf8))
        #expect(plain.kind == .server && plain.level == nil && plain.message.contains("HTTP 502"))
    }

    @Test func readsTheRateLimitHeaders() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let headers = HTTPHeaders([("X-RateLimit-Limit", "1000"), ("X-RateLimit-Remaining", "17"),
                                   ("X-RateLimit-Reset", "3600")])
        let limit = OPWire.rateLimit(headers, now: now)
        #expect(limit == RateLimit(limit: 1000, remaining: 17, resetAt: now.addingTimeInterval(3600)))
        #expect(OPWire.rateLimit(HTTPHeaders(), now: now) == nil)
    }
}
