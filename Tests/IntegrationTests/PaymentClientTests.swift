import Foundation
import Sandbox
import Testing
import TestSupport
@testable import BankKit

/// The payment calls against the sandbox, and the promise that a payment is never sent twice, against a scripted
/// server that breaks the connection or refuses at the wrong moment.
@Suite struct PaymentClientTests {
    static let current = AccountRef(bankID: "bankterm.fi", accountID: "fi-kaytto-001")
    static let savings = AccountRef(bankID: "bankterm.fi", accountID: "fi-saasto-002")

    private func demo(_ version: OBPAPIVersion = .default, _ body: (OBPProvider, SandboxServer) async throws -> Void) async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(generate: 200))
        do {
            try await body(DemoSandbox.provider(server, version: version), server)
            await server.stop()
        } catch {
            await server.stop()
            throw error
        }
    }

    private func order(_ amount: Decimal, to: PaymentOrder.Destination = .account(savings), description: String = "rent") -> PaymentOrder {
        PaymentOrder(from: Self.current, to: to, amount: Money(amount: amount, currency: "EUR"), description: description)
    }

    @Test("below the threshold a payment completes; above it the challenge is answered, wrongly then rightly", arguments: [OBPAPIVersion.v3_1_0, .v5_1_0])
    func payAndAnswer(version: OBPAPIVersion) async throws {
        try await demo(version) { obp, _ in
            let small = try await obp.pay(order(12.5))
            #expect(small.request.status == .completed)
            #expect(small.request.amount == Money(amount: 12.5, currency: "EUR"))
            #expect(small.request.to == Self.savings.description)

            guard case .sent(let big) = try await obp.pay(order(1500)) else { Issue.record("not sent"); return }
            #expect(big.status == .initiated)
            #expect(big.pendingChallenge?.allowedAttempts == 3)
            await #expect { try await obp.answerChallenge(big, answer: "1") } throws: { ($0 as? BankError)?.code == "OBP-40016" }
            let reread = try await obp.transactionRequest(Self.current, view: "owner", id: big.id)
            #expect(reread.pendingChallenge?.allowedAttempts == 2)
            let done = try await obp.answerChallenge(big, answer: "123")
            #expect(done.status == .completed && done.transactionIDs.count == 1)
            let list = try await obp.transactionRequests(Self.current, view: "owner")
            #expect(list.map(\.id) == [done.id, small.request.id] || Set(list.map(\.id)) == [done.id, small.request.id])
            let newest = try await obp.transactions(Self.current, view: "owner", page: PageRequest(limit: 1))
            #expect(newest.items.first?.id == done.transactionIDs.first)
        }
    }

    @Test("rates, a new account in the version's form, and a new label")
    func fxAndAccounts() async throws {
        try await demo(.v4_0_0) { obp, _ in
            let rate = try await obp.fxRate(bank: "bankterm.fi", from: "EUR", to: "JPY")
            #expect(rate.rate == Decimal(string: "121.567"))
            let posted = try await obp.createAccount(NewAccount(bankID: "bankterm.fi", label: "Matka", currency: "EUR"))
            #expect(!posted.accountID.isEmpty)
            let put = try await obp.createAccount(NewAccount(bankID: "bankterm.fi", id: "matka-2", label: "Matka 2", currency: "EUR"))
            #expect(put.accountID == "matka-2")
            try await obp.relabel(put, label: "Reissu")
            #expect(try await obp.account(put, view: "owner").label == "Reissu")
            await #expect { try await obp.createAccount(NewAccount(bankID: "bankterm.fi", id: "matka-2", label: "again", currency: "EUR")) }
                throws: { ($0 as? BankError)?.code == "OBP-30208" }
        }
    }

    @Test("with the roles: a bank's own rate, and an account attribute created then replaced")
    func roleGatedCalls() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(generate: 200))
        defer { Task { await server.stop() } }
        let admin = DemoSandbox.provider(server, username: DemoCredentials.adminUsername,
                                         password: DemoCredentials.adminPassword, version: .v5_1_0)
        let saved = try await admin.setFXRate(FXRate(bankID: "bankterm.fi", from: "EUR", to: "GBP", rate: Decimal(string: "0.9")!))
        #expect(saved.rate == Decimal(string: "0.9"))
        #expect(try await admin.fxRate(bank: "bankterm.fi", from: "EUR", to: "GBP").rate == Decimal(string: "0.9"))
        let made = try await admin.setAttribute(AccountAttribute(name: "LIMIT", type: "INTEGER", value: "100", productCode: "CURRENT"),
                                                on: Self.current)
        let id = try #require(made.id)
        let replaced = try await admin.setAttribute(AccountAttribute(id: id, name: "LIMIT", type: "INTEGER", value: "200",
                                                                     productCode: "CURRENT"), on: Self.current)
        #expect(replaced.id == id && replaced.value == "200")
        await #expect { try await admin.setAttribute(AccountAttribute(name: "X", type: "MONEY", value: "1"), on: Self.current) }
            throws: { ($0 as? BankError)?.kind == .invalidInput }
    }

    @Test("a payment is sent once: a 429 and a refused token are reported, not repeated")
    func postIsNeverRepeated() async throws {
        let server = try ScriptedHTTPServer { request, _ in
            if request.target.hasSuffix("/my/logins/direct") { return .http(status: 201, body: #"{"token":"fresh"}"#) }
            if request.header("DirectLogin") == "token=stale" {
                return .http(status: 401, body: #"{"code":401,"message":"OBP-20001: User not logged in. Authentication is required!"}"#)
            }
            return .http(status: 429, headers: [("X-Rate-Limit-Reset", "1")], body: #"{"code":429,"message":"OBP-10018: Too Many Requests."}"#)
        }
        defer { server.stop() }
        let obp = OBPProvider(configuration: OBPConfiguration(
            baseURL: server.baseURL, credentials: DirectLoginCredentials(username: "u", password: "p", consumerKey: "k"),
            token: "stale", retryDelay: 0.01))
        await #expect { try await obp.pay(order(5)) } throws: { ($0 as? BankError)?.kind == .notLoggedIn }
        await #expect { try await obp.pay(order(5)) } throws: { ($0 as? BankError)?.code == "OBP-10018" }
        let posts = server.requests.filter { $0.method == "POST" && $0.target.contains("transaction-requests") }
        #expect(posts.count == 2, "one POST per pay, never repeated")
    }

    @Test("after the connection breaks mid-request the request list is read: a payment found there is not sent again")
    func brokenConnectionFindsThePayment() async throws {
        let made = #"{"transaction_requests_with_charges":[{"id":"tr-1","type":"SANDBOX_TAN","from":{"bank_id":"bankterm.fi","account_id":"fi-kaytto-001"},"details":{"to":{"bank_id":"bankterm.fi","account_id":"fi-saasto-002"},"value":{"currency":"EUR","amount":"40.00"},"description":"rent"},"transaction_ids":["tx-1"],"status":"COMPLETED","start_date":"\#(OBPDate.format(Date()))","end_date":"\#(OBPDate.format(Date()))","challenge":null,"charge":{"summary":"","value":{"currency":"EUR","amount":"0.00"}}}]}"#
        for listed in [true, false] {
            let server = try ScriptedHTTPServer { request, _ in
                if request.method == "POST" { return .raw(Data("HTTP/1.1 201 Created\r\nContent-Length: 500\r\n\r\n{\"id\"".utf8)) }
                return .http(status: 200, body: listed ? made : #"{"transaction_requests_with_charges":[]}"#)
            }
            defer { server.stop() }
            let obp = OBPProvider(configuration: OBPConfiguration(baseURL: server.baseURL, token: "t", retryDelay: 0.01))
            if listed {
                let outcome = try await obp.pay(order(40))
                #expect(outcome == .recovered(outcome.request) && outcome.request.id == "tr-1")
            } else {
                await #expect { try await obp.pay(order(40)) } throws: {
                    (($0 as? BankError)?.message ?? "").contains("may be sent again")
                }
            }
            #expect(server.requests.filter { $0.method == "POST" }.count == 1)
            #expect(server.requests.last?.target.hasSuffix("/owner/transaction-requests") == true)
        }
    }

    @Test("validators a form can call as the user types")
    func validators() {
        #expect(PaymentValidation.amount("12.50", currency: "EUR") == .success(1250))
        #expect(PaymentValidation.amount("12.505", currency: "EUR") == .failure(.tooManyDecimals(currency: "EUR", allowed: 2)))
        #expect(PaymentValidation.amount("1500", currency: "JPY") == .success(1500))
        #expect(PaymentValidation.amount("1.5", currency: "JPY").problem == .tooManyDecimals(currency: "JPY", allowed: 0))
        #expect(PaymentValidation.amount("0", currency: "EUR").problem == .notPositive)
        #expect(PaymentValidation.amount("12,50", currency: "EUR").problem == .notANumber("12,50"))
        #expect(PaymentValidation.amount("", currency: "EUR").problem == .emptyAmount)
        #expect(PaymentValidation.amount("100000.01", currency: "EUR").problem == .overLimit(currency: "EUR"))
        #expect(PaymentValidation.amount("100000", currency: "EUR") == .success(10_000_000))
        #expect(PaymentValidation.currency("eur") == .success("EUR"))
        #expect(PaymentValidation.currency("EU€").problem == .invalidCurrency("EU€"))
        #expect(PaymentValidation.iban("de89 3704 0044 0532 0130 00") == .success("DE89370400440532013000"))
        #expect(PaymentValidation.iban("DE89").problem != nil)
        // A mistyped digit would send the money elsewhere: refused before anything is sent.
        #expect(PaymentValidation.iban("GB00BUKB20201555555555").problem
                == .invalidIBAN("the IBAN's check digits do not match: is a digit mistyped?"))
        #expect(IBAN.hasValidCheckDigits("DE89 3704 0044 0532 0130 00"))
        #expect(!IBAN.hasValidCheckDigits("DE88 3704 0044 0532 0130 00"))
        #expect(MinorAmount.format(-5, digits: 2) == "-0.05")
        #expect(MinorAmount.parse("-0.05", digits: 2) == -5)
        #expect(MinorAmount.parse("1.", digits: 2) == nil)
    }
}
