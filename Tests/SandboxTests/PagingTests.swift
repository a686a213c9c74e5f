import Testing
@testable import Sandbox

@Suite("Paging transactions")
struct PagingTests {
    static let bank = "obp-bank-x-gh"
    static let account = "2330135d-fca8-4268-838d-833074985209" // Anil.X.0.GH's, 90 transactions

    @Test("obp_* headers page through every transaction once, in both orders", arguments: [true, false])
    func pagesWithHeaders(ascending: Bool) async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login("Anil.X.0.GH", "X!eb06b005")
            let all = try await sandbox.allTransactions(bank: Self.bank, account: Self.account, token: token, pageSize: 7,
                                                        ascending: ascending)
            let ids = all.compactMap { $0["id"] as? String }
            #expect(ids.count == 90)
            #expect(Set(ids).count == 90)
            let dates = all.compactMap { ($0["details"] as? [String: Any])?["posted"] as? String }
            #expect(dates.count == 90)
            #expect(dates == (ascending ? dates.sorted() : dates.sorted(by: >)))
        }
    }

    @Test("query-string paging reaches the same pages as the headers")
    func queryStringPaging() async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login("Anil.X.0.GH", "X!eb06b005")
            let path = "/obp/v5.1.0/banks/\(Self.bank)/accounts/\(Self.account)/owner/transactions"
            let byQuery = try await sandbox.get("\(path)?limit=10&offset=20&sort_direction=ASC", token: token)
            let byHeader = try await sandbox.get(path, token: token, headers: ["obp_limit": "10", "obp_offset": "20",
                                                                                "obp_sort_direction": "asc"])
            #expect(byQuery.status == 200)
            #expect(byQuery.body == byHeader.body)
            let core = try await sandbox.get("/obp/v5.1.0/my/banks/\(Self.bank)/accounts/\(Self.account)/transactions?limit=10&offset=20&sort_direction=ASC",
                                             token: token)
            let coreIDs = (try core.object()["transactions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            let viewIDs = (try byQuery.object()["transactions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(coreIDs == viewIDs && coreIDs.count == 10)
        }
    }

    @Test("date filters keep only transactions posted in the range")
    func dateFilters() async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login("Anil.X.0.GH", "X!eb06b005")
            let path = "/obp/v5.1.0/banks/\(Self.bank)/accounts/\(Self.account)/owner/transactions"
            let response = try await sandbox.get(path, token: token, headers: [
                "obp_from_date": "2015-08-01T00:00:00.000Z", "obp_to_date": "2015-08-31T23:59:59.999Z", "obp_limit": "500",
            ])
            let posted = (try response.object()["transactions"] as? [[String: Any]] ?? [])
                .compactMap { ($0["details"] as? [String: Any])?["posted"] as? String }
            #expect(!posted.isEmpty)
            #expect(posted.count == 25)
            #expect(posted.allSatisfy { $0.hasPrefix("2015-08") })
        }
    }

    @Test("bad paging values get OBP's errors", arguments: [
        ("obp_sort_direction", "UP", "OBP-10023"), ("obp_offset", "-1", "OBP-10024"), ("obp_limit", "0", "OBP-10025"),
        ("obp_limit", "ten", "OBP-10025"), ("obp_from_date", "yesterday", "OBP-10026"), ("obp_to_date", "2015-13-01", "OBP-10026"),
    ])
    func badValues(header: String, value: String, code: String) async throws {
        try await TestSandbox.with { sandbox in
            let token = try await sandbox.login("Anil.X.0.GH", "X!eb06b005")
            let response = try await sandbox.get("/obp/v5.1.0/banks/\(Self.bank)/accounts/\(Self.account)/owner/transactions",
                                                 token: token, headers: [header: value])
            #expect(response.status == 400)
            #expect(response.obpCode == 400)
            #expect(response.obpMessage.hasPrefix("\(code): "))
        }
    }
}
