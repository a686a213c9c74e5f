import Foundation
import Testing
import TestSupport
@testable import BankKit

/// Every endpoint the client uses, decoded from OBP's own `success_response_body` example.
@Suite struct ResourceDocDecodingTests {
    let ref = AccountRef(bankID: "gh.29.uk", accountID: "8ca8a7e4-6d02-40e3-a129-0b2bf89de9f0")

    @Test func banks() throws {
        let banks = try OBPWire.banks(Fixtures.successBody("getBanks"))
        #expect(banks == [Bank(id: "gh.29.uk", shortName: "short_name", fullName: "full_name", logoURL: "logo",
                               website: "www.openbankproject.com")])
    }

    @Test func bank() throws {
        let bank = try OBPWire.bank(Fixtures.successBody("getBank"))
        #expect(bank.id == "gh.29.uk")
        #expect(bank.fullName == "bank fullName string")
        // v5's getBank has no short_name: the bank code stands in.
        #expect(bank.shortName == "CGHZ")
    }

    @Test func branches() throws {
        let branches = try OBPWire.branches(Fixtures.successBody("getBranches"))
        #expect(branches.count == 1)
        #expect(branches[0].id == "branch-id-123")
        #expect(branches[0].name == "Branch by the Lake")
        #expect(branches[0].address == "No 1 the Road, The Place, The Hill, Berlin, 13359, DE")
        #expect(branches[0].lobbyHours.first == OpeningHours(day: "monday", opens: "10:00", closes: "18:00"))
        #expect(branches[0].latitude == 10 && branches[0].longitude == 10)
    }

    @Test func openingHoursSummariseRunsOfDays() {
        let week = OpeningHours.days.prefix(5).map { OpeningHours(day: $0, opens: "09:00", closes: "16:30") }
            + [OpeningHours(day: "saturday", opens: "09:00", closes: "12:30"), OpeningHours(day: "sunday", opens: "", closes: "")]
        #expect(OpeningHours.summary(week) == "Mon–Fri 09:00–16:30, Sat 09:00–12:30")
        let gappy = [OpeningHours(day: "monday", opens: "9", closes: "5"), OpeningHours(day: "wednesday", opens: "9", closes: "5")]
        #expect(OpeningHours.summary(gappy) == "Mon 9–5, Wed 9–5", "days apart are not one run")
    }

    @Test func balances() throws {
        let balances = try OBPWire.balances(Fixtures.successBody("getBankAccountsBalances"))
        #expect(balances == [ref: Money(amount: 10, currency: "EUR")])
    }

    @Test(arguments: ["getPrivateAccountsAtOneBank", "publicAccountsAtOneBank"])
    func accountsWithViewsAvailable(operation: String) throws {
        let accounts = try OBPWire.accounts(Fixtures.successBody(operation), bank: nil)
        #expect(accounts.count == 1)
        #expect(accounts[0].ref == AccountRef(bankID: "gh.29.uk", accountID: "8ca8a7e4-6d02-48e3-a029-0b2bf89de9f0"))
        #expect(accounts[0].label == "NoneLabel")
        #expect(accounts[0].views.map(\.id) == ["1"])
        #expect(accounts[0].views[0].isPublic)
    }

    @Test(arguments: ["corePrivateAccountsAllBanks", "privateAccountsAtOneBank"])
    func accountsWithViews(operation: String) throws {
        let accounts = try OBPWire.accounts(Fixtures.successBody(operation), bank: nil)
        #expect(accounts.count == 1)
        #expect(accounts[0].type == "330")
        #expect(accounts[0].routings == [Routing(scheme: "AccountNumber", address: "4930396")])
        #expect(accounts[0].views.map(\.id) == ["owner"])
        #expect(accounts[0].views[0].isSystem)
    }

    @Test func accountsHeld() throws {
        let accounts = try OBPWire.accounts(Fixtures.successBody("getAccountsHeld"), bank: nil)
        #expect(accounts.map(\.ref) == [AccountRef(bankID: "123", accountID: "12314")])
        #expect(accounts[0].number == "123")
    }

    @Test func views() throws {
        let views = try OBPWire.views(Fixtures.successBody("getViewsForBankAccount"))
        #expect(views.count == 1)
        let view = try #require(views.first)
        #expect(view.id == "1234")
        #expect(view.isSystem && view.isPublic)
        #expect(view.allows(.canAddTag))
        #expect(view.allows(.canSeeWhereTag))
        #expect(view.permissions?.contains("can_grant_access_to_views") == true)
    }

    @Test func accountByView() throws {
        let account = try OBPWire.account(Fixtures.successBody("getPrivateAccountByIdFull"), ref: ref)
        #expect(account.ref.accountID == "5995d6a2-01b3-423c-a173-5481df49bdaf")
        #expect(account.owners == ["OBP"])
        #expect(account.balance == Money(amount: 0, currency: "EUR"))
        #expect(account.views.first?.permissions?.contains(.canAddComment) == true)
    }

    @Test func publicAccountByView() throws {
        let account = try OBPWire.account(Fixtures.successBody("getPublicAccountById"), ref: ref)
        #expect(account.label == "My Account")
        #expect(account.number == "")
    }

    @Test func transactions() throws {
        let transactions = try OBPWire.transactions(Fixtures.successBody("getTransactionsForBankAccount"), account: ref)
        let tx = try #require(transactions.first)
        #expect(tx.id == "String")
        #expect(tx.type == "AC")
        #expect(tx.description == "this is for family")
        #expect(tx.value == Money(amount: 0, currency: "EUR"))
        #expect(tx.posted == OBPDate.parse("1100-01-01T00:00:00Z"))
        #expect(tx.counterparty?.holderName == "OBP")
        #expect(tx.counterparty?.isAlias == true)
        #expect(tx.counterparty?.number == "4930396")
        #expect(tx.metadata.narrative == "NONE")
        #expect(tx.metadata.tags?.map(\.value) == ["OBP"])
        #expect(tx.metadata.tags?.first?.author == "OBP")
        #expect(tx.metadata.comments?.count == 1)
        #expect(tx.metadata.images?.first?.url == "www.openbankproject.com")
        #expect(tx.metadata.whereTag == .value(GeoTag(latitude: 1.231, longitude: 1.231,
                                                      date: OBPDate.parse("1100-01-01T00:00:00Z"), author: "OBP")))
    }

    @Test func coreTransactionsHaveNoMetadata() throws {
        let transactions = try OBPWire.transactions(Fixtures.successBody("getCoreTransactionsForBankAccount"),
                                                    account: ref)
        #expect(transactions.count == 1)
        #expect(transactions[0].metadata == TransactionMetadata())
    }

    @Test func transaction() throws {
        let tx = try OBPWire.transaction(Fixtures.successBody("getTransactionByIdForBankAccount"), account: ref)
        #expect(tx.id == "String")
        #expect(tx.account == ref)
        #expect(tx.newBalance?.currency == "EUR")
    }

    @Test func currentUser() throws {
        let user = try OBPWire.user(Fixtures.successBody("getCurrentUser"))
        #expect(user == User(id: "9ca9a7e4-6d02-40e3-a129-0b2bf89de9b1", username: "felixsmith",
                             email: "felixsmith@example.com", provider: "http://127.0.0.1:8080"))
    }

    @Test func otherAccounts() throws {
        let parties = try OBPWire.otherAccounts(Fixtures.successBody("getOtherAccountsForBankAccount"))
        #expect(parties.map(\.id) == ["5995d6a2-01b3-423c-a173-5481df49bdaf"])
        let party = try OBPWire.otherAccount(Fixtures.successBody("getOtherAccountByIdForBankAccount"))
        #expect(party.holderName == "OBP" && party.isAlias)
    }

    /// v3.0.0's other account names its bank only by a routing and its IBAN as an account routing.
    @Test func aV3OtherAccountsBankIsItsRoutingAndItsIBANARouting() throws {
        let body = #"{"id":"o1","holder":{"name":"Bäckerei","is_alias":false},"#
            + #""bank_routing":{"scheme":"BIC","address":"DEUTDEFF"},"#
            + #""account_routings":[{"scheme":"IBAN","address":"DE94 1005 0000 8831 1945 82"}]}"#
        let party = try OBPWire.otherAccount(Data(body.utf8))
        #expect(party.bankName == "DEUTDEFF" && party.iban == "DE94 1005 0000 8831 1945 82" && party.number == nil)
        let hidden = try OBPWire.otherAccount(Data(#"{"id":"o1","bank_routing":{"scheme":null,"address":null}}"#.utf8))
        #expect(hidden.bankName == nil)
    }

    @Test func metadataReads() throws {
        #expect(try OBPWire.narrative(Fixtures.successBody("getTransactionNarrative")) == "narative")
        #expect(try OBPWire.tags(Fixtures.successBody("getTagsForViewOnTransaction")).map(\.value) == ["OBP"])
        #expect(try OBPWire.comments(Fixtures.successBody("getCommentsForViewOnTransaction")).count == 1)
        #expect(try OBPWire.images(Fixtures.successBody("getImagesForViewOnTransaction")).first?.label == "NONE")
        #expect(try OBPWire.whereTag(Fixtures.successBody("getWhereTagForViewOnTransaction"))?.latitude == 1.231)
    }

    @Test func metadataWrites() throws {
        #expect(try OBPWire.tag(Fixtures.successBody("addTagForViewOnTransaction")).value == "OBP")
        #expect(try OBPWire.comment(Fixtures.successBody("addCommentForViewOnTransaction")).value == "OBP")
        #expect(try OBPWire.image(Fixtures.successBody("addImageForViewOnTransaction")).label == "NONE")
    }

    /// The error examples of the same endpoints all map to a typed error with an OBP code.
    @Test func errorExamples() throws {
        let body = Data(#"{"code":401,"message":"OBP-20001: User not logged in. Authentication is required!"}"#.utf8)
        let error = OBPWire.error(status: 401, headers: HTTPHeaders(), body: body)
        #expect(error.kind == .notLoggedIn)
        #expect(error.code == "OBP-20001")
        #expect(error.status == 401)
        #expect(error.userMessage.hasSuffix("(run `bankterm login`)"))
    }
}
