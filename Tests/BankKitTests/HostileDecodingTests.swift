import Foundation
import Testing
import TestSupport
@testable import BankKit

/// What real and broken servers send: nulls where a view hides, strings for numbers, missing fields, both error
/// shapes, HTML and cut bodies.
@Suite struct HostileDecodingTests {
    let ref = AccountRef(bankID: "b", accountID: "a")

    @Test func nullsEverywhereAreHiddenFields() throws {
        let body = #"""
        {"transactions":[{"id":"t1","this_account":null,"other_account":{"id":null,"holder":{"name":"Alias 1",
        "is_alias":true},"bank_routing":null,"account_routings":null,"metadata":null},"details":{"type":null,
        "description":null,"posted":null,"completed":null,"new_balance":null,"value":null},"metadata":{"narrative":null,
        "comments":null,"tags":null,"images":null,"where":null},"transaction_attributes":null}]}
        """#
        let tx = try #require(try OBPWire.transactions(Data(body.utf8), account: ref).first)
        #expect(tx.value == nil && tx.newBalance == nil && tx.posted == nil && tx.description == nil)
        #expect(tx.counterparty?.holderName == "Alias 1")
        #expect(tx.counterparty?.isAlias == true)
        #expect(tx.metadata.tags == nil && tx.metadata.comments == nil && tx.metadata.images == nil)
        // Nothing of the metadata is visible, so neither is `where`.
        #expect(tx.metadata.whereTag == nil)
    }

    @Test func emptyListsMeanNoneAndWhereNullMeansNone() throws {
        let body = #"{"id":"t","details":{},"metadata":{"tags":[],"comments":[],"images":[],"where":null}}"#
        let tx = try OBPWire.transaction(Data(body.utf8), account: ref)
        #expect(tx.metadata.tags == [])
        #expect(tx.metadata.whereTag == .some(nil))
    }

    @Test func numbersAsStringsAndStringsAsNumbers() throws {
        let body = #"""
        {"transactions":[{"id":12345,"details":{"value":{"currency":"EUR","amount":-12.5},
        "new_balance":{"currency":"EUR","amount":" 100.10 "},"posted":"2020-01-02T03:04:05Z"},
        "metadata":{"where":{"latitude":"60.17","longitude":24.94},"tags":[{"id":7,"value":"food"}]},
        "other_account":{"holder":{"name":"X","is_alias":"false"}}}]}
        """#
        let tx = try #require(try OBPWire.transactions(Data(body.utf8), account: ref).first)
        #expect(tx.id == "12345")
        #expect(tx.value == Money(amount: Decimal(string: "-12.5")!, currency: "EUR"))
        #expect(tx.newBalance?.amount == Decimal(string: "100.10"))
        #expect(tx.metadata.tags?.first?.id == "7")
        #expect(tx.counterparty?.isAlias == false)
        if case .some(.some(let geo)) = tx.metadata.whereTag {
            #expect(geo.latitude == 60.17 && geo.longitude == 24.94)
        } else {
            Issue.record("where not decoded")
        }
    }

    @Test func booleansAreNotNumbersOrStrings() throws {
        let body = #"{"id":true,"details":{"value":{"currency":"EUR","amount":true}}}"#
        #expect(throws: BankError.self) { try OBPWire.transaction(Data(body.utf8), account: ref) }
        let ok = #"{"id":"x","details":{"value":{"currency":"EUR","amount":true}}}"#
        #expect(try OBPWire.transaction(Data(ok.utf8), account: ref).value == nil)
    }

    @Test func missingFieldsAndJunkEntries() throws {
        let body = #"{"transactions":[{},{"id":"only-id"},17,"x",null,{"id":"t2","details":"oops","metadata":[]}]}"#
        let transactions = try OBPWire.transactions(Data(body.utf8), account: ref)
        #expect(transactions.map(\.id) == ["only-id", "t2"])
        #expect(transactions[0].counterparty == nil)
        let banks = try OBPWire.banks(Data(#"{"banks":[{"id":"b1"},{"short_name":"no id"}]}"#.utf8))
        #expect(banks == [Bank(id: "b1", shortName: "b1", fullName: "b1")])
        let views = try OBPWire.views(Data(#"{"views":[{"id":"_friends"}]}"#.utf8))
        #expect(views[0].isSystem == false)
        #expect(views[0].permissions == nil)
    }

    @Test(arguments: ["2015-09-02T00:00:00Z", "2015-09-02T00:00:00.000Z", "2015-09-02T02:00:00+02:00",
                      "2015-09-02T00:00:00", "2015-09-02", "2015-09-01T19:00:00-0500"])
    func datesWithAndWithoutMilliseconds(text: String) {
        #expect(OBPDate.parse(text) == Date(timeIntervalSince1970: 1_441_152_000))
    }

    @Test(arguments: ["", "yesterday", "2015-13-01", "2015-09-02T25:00:00Z", "2015-09-02T00:00:00Zjunk"])
    func notDates(text: String) {
        #expect(OBPDate.parse(text) == nil)
    }

    @Test func requestDateFormat() {
        #expect(OBPDate.format(Date(timeIntervalSince1970: 1_441_152_000.25)) == "2015-09-02T00:00:00.250Z")
        #expect(OBPDate.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59.000Z")
        let now = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 * 1000).rounded(.down) / 1000)
        #expect(OBPDate.parse(OBPDate.format(now)) == now)
        #expect(OBPDate.day(Date(timeIntervalSince1970: 951_868_799)) == "2000-02-29")
        #expect(OBPDate.format(Date(timeIntervalSince1970: 253_402_300_800)) == "10000-01-01T00:00:00.000Z")
        var state: UInt64 = 7
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let date = Date(timeIntervalSince1970: Double(Int64(state % 4_000_000_000_000)) / 1000 - 1_000_000_000)
            let text = OBPDate.format(date)
            #expect(OBPDate.parse(text).map(OBPDate.format) == text)
            #expect(OBPDate.format(date).hasPrefix(OBPDate.day(date)))
        }
    }

    @Test(arguments: [
        #"{"code":403,"message":"OBP-30022: The current view does not have the permission: can_add_tag"}"#,
        #"{"error":"OBP-30022: The current view does not have the permission: can_add_tag"}"#,
    ])
    func bothErrorShapes(body: String) {
        let error = OBPWire.error(status: 403, headers: HTTPHeaders(), body: Data(body.utf8))
        #expect(error.kind == .forbidden(permission: "can_add_tag"))
        #expect(error.code == "OBP-30022")
        #expect(error.status == 403)
        #expect(error.message.hasPrefix("OBP-30022: "))
        #expect(error.userMessage.hasSuffix("(this view lacks can_add_tag)"))
    }

    @Test func everyDocumentedErrorOfTheEndpointsUsedKeepsItsCode() {
        let messages = Fixtures.errorMessages(of: ["getBanks", "getTransactionsForBankAccount",
                                                   "addTagForViewOnTransaction", "getViewsForBankAccount",
                                                   "getCurrentUser", "getPrivateAccountByIdFull"])
        #expect(messages.count > 5)
        for message in messages {
            for body in [["code": 400, "message": message], ["error": message]] as [[String: Any]] {
                let data = try! JSONSerialization.data(withJSONObject: body)
                let error = OBPWire.error(status: 400, headers: HTTPHeaders(), body: data)
                #expect(error.code == String(message.prefix(9)), "\(message)")
                #expect(error.message == message.trimmingCharacters(in: .whitespaces))
            }
        }
    }

    @Test func statusesMapToKinds() {
        func kind(_ status: Int, _ message: String, headers: HTTPHeaders = HTTPHeaders()) -> BankError.Kind {
            OBPWire.error(status: status, headers: headers,
                          body: Data(#"{"code":\#(status),"message":"\#(message)"}"#.utf8)).kind
        }
        #expect(kind(401, "OBP-20001: User not logged in.") == .notLoggedIn)
        #expect(kind(401, "OBP-20003: Invalid or expired access token.") == .tokenExpired)
        #expect(kind(401, "OBP-20004: Invalid login credentials.") == .badCredentials)
        #expect(kind(401, "OBP-20008: Invalid consumer key.") == .badCredentials)
        #expect(kind(403, "OBP-20017: no access") == .forbidden(permission: nil))
        #expect(kind(404, "OBP-30001: Bank not found.") == .notFound)
        #expect(kind(400, "OBP-10001: Incorrect json format.") == .badRequest)
        #expect(kind(500, "OBP-50000: Unknown Error.") == .server)
        let now = Date(timeIntervalSince1970: 1_000)
        let limited = OBPWire.error(status: 429, headers: HTTPHeaders([("x-rate-limit-reset", "7")]),
                                    body: Data(#"{"code":429,"message":"OBP-10018: Too Many Requests."}"#.utf8),
                                    now: now)
        #expect(limited.kind == .rateLimited(retryAt: Date(timeIntervalSince1970: 1_007)))
        #expect(limited.code == "OBP-10018")
    }

    @Test func htmlAndGarbageAreBadResponses() {
        let html = Data("<html><body>502 Bad Gateway</body></html>".utf8)
        #expect(throws: BankError.self) { try OBPWire.banks(html) }
        do {
            _ = try OBPWire.banks(html)
        } catch {
            #expect(error.kind == .badResponse)
            #expect(error.message.contains("<html>"))
        }
        let proxyError = OBPWire.error(status: 502, headers: HTTPHeaders(), body: html)
        #expect(proxyError.kind == .server)
        #expect(proxyError.code == nil)
        #expect(proxyError.message.hasPrefix("HTTP 502"))
        #expect(OBPWire.error(status: 200, headers: HTTPHeaders(), body: Data("[]".utf8)).kind == .badResponse)
    }

    @Test func truncatedAndWrongShapes() {
        let full = #"{"transactions":[{"id":"a","details":{"value":{"currency":"EUR","amount":"1.00"}}}]}"#
        for cut in [10, 30, full.utf8.count - 1] {
            #expect(throws: BankError.self) { try OBPWire.transactions(Data(full.utf8.prefix(cut)), account: ref) }
        }
        #expect(throws: BankError.self) { try OBPWire.transactions(Data(#"{"transactions":{}}"#.utf8), account: ref) }
        #expect(throws: BankError.self) { try OBPWire.transactions(Data(#"["a"]"#.utf8), account: ref) }
        #expect(throws: BankError.self) { try OBPWire.transactions(Data(), account: ref) }
        #expect(throws: BankError.self) { try OBPWire.token(Data(#"{"token":""}"#.utf8)) }
    }

    @Test func rateLimitHeaders() {
        let now = Date(timeIntervalSince1970: 5_000)
        let relative = OBPWire.rateLimit(HTTPHeaders([("X-Rate-Limit-Limit", "100"), ("X-Rate-Limit-Remaining", "3"),
                                                      ("X-Rate-Limit-Reset", "30")]), now: now)
        #expect(relative == RateLimit(limit: 100, remaining: 3, resetAt: Date(timeIntervalSince1970: 5_030)))
        let absolute = OBPWire.rateLimit(HTTPHeaders([("x-rate-limit-reset", "1700000000")]), now: now)
        #expect(absolute?.resetAt == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(OBPWire.rateLimit(HTTPHeaders(), now: now) == nil)
    }
}
