import BankKit
import BrowserModel
import Foundation
import Sandbox
import Testing
import TestSupport

/// The payment form driven through the Store against the sandbox over HTTP, as the keys drive it: `p` on an open
/// account, the receiver picked from the user's accounts with a filter, 1,500 EUR (above the challenge threshold),
/// the confirmation with the balances before and after, a wrong answer then the right one; then the browser has
/// read the account again and selects the new transaction. And `L`, `:account new` and the account's attributes.
@Suite struct PaymentFlowSandboxTests {
    static func demoStore(_ server: SandboxServer) -> (OBPProvider, Store) {
        let obp = OBPProvider(configuration: OBPConfiguration(
            baseURL: server.baseURL,
            credentials: DirectLoginCredentials(username: DemoCredentials.username, password: DemoCredentials.password,
                                                consumerKey: DemoCredentials.consumerKey)))
        return (obp, Store(state: AppState(provider: obp, pageLimit: 20), provider: obp, draftStore: nil, wake: {}))
    }

    /// Opens bank `bankID` and selects its account `accountID` in the accounts pane.
    static func select(_ store: Store, bank bankID: BankID, account accountID: AccountID) async throws {
        store.send(.start)
        try await store.settle()
        let bankIndex = try #require(store.state.banks.items.firstIndex { $0.id == bankID })
        store.select(where: bankIndex)
        store.send(.open)
        try await store.settle()
        let index = try #require(store.state.accounts.items.firstIndex { $0.ref.accountID == accountID })
        store.select(where: index)
    }

    static func type(_ store: Store, _ text: String) {
        store.send(.insertText(text))
        store.send(.submit)
    }

    /// Enter in the picker takes the selected receiver; then the amount and, a line below the currency, the
    /// description are typed into the form.
    static func pickAndFill(_ store: Store, amount: String, description: String) {
        store.send(.open)
        store.send(.open)
        type(store, amount)
        store.send(.moveDown)
        store.send(.open)
        type(store, description)
    }

    @Test func payFromAnAccountAnswerWrongThenRightAndSeeTheNewTransaction() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(generate: 60))
        defer { Task { await server.stop() } }
        let (obp, store) = Self.demoStore(server)
        let payer = AccountRef(bankID: "bankterm.de", accountID: "de-giro-001")
        let receiver = AccountRef(bankID: "bankterm.fi", accountID: "fi-saasto-002")
        try await Self.select(store, bank: payer.bankID, account: payer.accountID)
        store.send(.open)
        try await store.settle()
        let before = try #require(try await obp.account(payer, view: "owner").balance)
        let receiverBefore = try #require(try await obp.account(receiver, view: "owner").balance)

        store.send(.commandLine)
        Self.type(store, "pay")
        try await store.settle()
        var screen = try #require(store.state.topScreen?.screen as? PaymentsScreen)
        #expect(screen.mode == .form && screen.account == payer)

        store.send(.open)  // Enter on To: the receivers
        try await store.settle()
        screen = try #require(store.state.topScreen?.screen as? PaymentsScreen)
        #expect(screen.mode == .picking)
        #expect(screen.picker.list.items.contains { $0.destination == receiver.description && $0.kind == .ownAccount })
        #expect(!screen.picker.list.items.contains { $0.destination == payer.description }, "not the paying account")
        store.send(.screenKey(.character("/")))
        Self.type(store, "säästö")
        screen = try #require(store.state.topScreen?.screen as? PaymentsScreen)
        #expect(screen.picker.list.items.map(\.destination) == [receiver.description])
        Self.pickAndFill(store, amount: "1500", description: "Rent")
        screen = try #require(store.state.topScreen?.screen as? PaymentsScreen)
        #expect(screen.form.text(.to) == receiver.description && screen.sendBlocked == nil)

        store.send(.screenKey(.character("s")))
        try await store.settle()
        guard case .confirmScreen(let question) = store.state.overlay else {
            Issue.record("s reads the balances and then asks: \(String(describing: store.state.overlay))")
            return
        }
        #expect(question.question == "Send 1500.00 EUR to \(receiver)? It is sent once.")
        screen = try #require(store.state.topScreen?.screen as? PaymentsScreen)
        let quote = try #require(screen.quote)
        #expect(quote.payer.before == before)
        #expect(quote.payerAfter == Money(amount: before.amount - 1500, currency: "EUR"))
        #expect(quote.receiverAfter == Money(amount: receiverBefore.amount + 1500, currency: "EUR"))
        #expect(try await obp.transactionRequests(payer, view: "owner").isEmpty, "nothing is sent before the yes")

        store.send(.insert("y"))
        try await store.settle()
        guard case .prompt(let prompt) = store.state.overlay else {
            Issue.record("1,500 EUR is above the threshold: the challenge is asked for")
            return
        }
        #expect(prompt.screenField?.title.hasSuffix("3 attempts left") == true)
        Self.type(store, "999")
        try await store.settle()
        #expect(store.state.status.error != nil, "a wrong answer says so")
        screen = try #require(store.state.topScreen?.screen as? PaymentsScreen)
        #expect(screen.list.selected?.status == .initiated)
        store.send(.screenKey(.character("a")))
        guard case .prompt(let again) = store.state.overlay else {
            Issue.record("a asks again")
            return
        }
        #expect(again.screenField?.title.hasSuffix("2 attempts left") == true)
        Self.type(store, "123")
        try await store.settle()
        screen = try #require(store.state.topScreen?.screen as? PaymentsScreen)
        let request = try #require(screen.list.selected)
        #expect(request.status == .completed)
        let requests = try await obp.transactionRequests(payer, view: "owner")
        #expect(requests.count == 1, "one payment, sent once")

        // The browser read the account again: its balance, and the new transaction selected at the top.
        let after = try #require(try await obp.account(payer, view: "owner").balance)
        #expect(after.amount == before.amount - 1500)
        #expect(store.state.transactions.accountInfo?.balance == after)
        #expect(store.state.accounts.items.first { $0.ref == payer }?.balance == after)
        let newID = try #require(request.transactionIDs.first)
        #expect(store.state.transactions.selectedTransaction?.id == newID)
        #expect(store.state.transactions.selection.index == 0)
        let credited = try await obp.transactions(receiver, view: "owner", page: PageRequest(limit: 1))
        #expect(credited.items.first?.value == Money(amount: 1500, currency: "EUR"))
    }

    /// A counterparty made on the paying account is offered in the picker as one, apart from the accounts; picked,
    /// it is paid by a COUNTERPARTY request to its id, the confirmation naming it with its routing, and the money
    /// reaches the account it routes to.
    @Test func payACounterpartyPickedFromTheList() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(generate: 40))
        defer { Task { await server.stop() } }
        let (obp, store) = Self.demoStore(server)
        let payer = AccountRef(bankID: "bankterm.fi", accountID: "fi-kaytto-001")
        let receiver = AccountRef(bankID: "bankterm.fi", accountID: "fi-saasto-002")
        let payee = try await obp.createCounterparty(
            NewCounterparty(name: "Savings pot", destination: .obpAccount(bankID: receiver.bankID, accountID: receiver.accountID),
                            currency: "EUR"), on: payer, view: "owner")
        let receiverBefore = try #require(try await obp.account(receiver, view: "owner").balance)
        try await Self.select(store, bank: payer.bankID, account: payer.accountID)
        store.send(.open)
        try await store.settle()

        store.send(.commandLine)
        Self.type(store, "pay")
        try await store.settle()
        store.send(.open)  // Enter on To: the receivers
        try await store.settle()
        var screen = try #require(store.state.topScreen?.screen as? PaymentsScreen)
        let offered = try #require(screen.picker.list.items.first { $0.payee?.id == payee.id })
        #expect(offered.kind == .counterparty && offered.name == "Savings pot")
        #expect(screen.picker.list.items.contains { $0.kind == .ownAccount && $0.destination == receiver.description })
        store.send(.screenKey(.character("/")))
        Self.type(store, "counterparty savings")
        screen = try #require(store.state.topScreen?.screen as? PaymentsScreen)
        #expect(screen.picker.list.items.map(\.name) == ["Savings pot"])
        Self.pickAndFill(store, amount: "25", description: "Pocket money")
        screen = try #require(store.state.topScreen?.screen as? PaymentsScreen)
        #expect(screen.form.payee?.id == payee.id && screen.sendBlocked == nil)

        store.send(.screenKey(.character("s")))
        try await store.settle()
        guard case .confirmScreen(let question) = store.state.overlay else {
            Issue.record("s asks first: \(String(describing: store.state.overlay))")
            return
        }
        #expect(question.question == "Send 25.00 EUR to counterparty Savings pot · OBP fi-saasto-002 at OBP bankterm.fi? "
                + "It is sent once.")
        store.send(.insert("y"))
        try await store.settle()
        let requests = try await obp.transactionRequests(payer, view: "owner")
        #expect(requests.count == 1)
        #expect(requests.first?.type == "COUNTERPARTY" && requests.first?.status == .completed)
        let receiverAfter = try #require(try await obp.account(receiver, view: "owner").balance)
        #expect(receiverAfter.amount == receiverBefore.amount + 25)
    }

    @Test func relabelCreateAndShowAttributes() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(generate: 20))
        defer { Task { await server.stop() } }
        let (obp, store) = Self.demoStore(server)
        let ref = AccountRef(bankID: "bankterm.fi", accountID: "fi-saasto-002")
        try await Self.select(store, bank: ref.bankID, account: ref.accountID)

        store.send(.openScreen(name: "account", argument: "label"))
        try await store.settle()
        guard case .prompt(let prompt) = store.state.overlay else {
            Issue.record("L asks for the label at once")
            return
        }
        #expect(prompt.text == "Säästötili 🐷")
        store.send(.edit(.deleteToStart))
        Self.type(store, "Holiday fund")
        try await store.settle()
        #expect(store.state.topScreen == nil, "L goes back to the accounts once the label is saved")
        #expect(store.state.accounts.items.first { $0.ref == ref }?.label == "Holiday fund")
        #expect(try await obp.account(ref, view: "owner").label == "Holiday fund")

        // Attributes need a role the demo user does not hold: the sandbox's administrator adds one.
        let admin = OBPProvider(configuration: OBPConfiguration(
            baseURL: server.baseURL,
            credentials: DirectLoginCredentials(username: DemoCredentials.adminUsername, password: DemoCredentials.adminPassword,
                                                consumerKey: DemoCredentials.consumerKey)))
        _ = try await admin.setAttribute(AccountAttribute(name: "OVERDRAFT_LIMIT", type: "INTEGER", value: "500",
                                                        productCode: "SAVINGS"), on: ref)
        store.send(.openScreen(name: "account", argument: nil))
        try await store.settle()
        var screen = try #require(store.state.topScreen?.screen as? AccountScreen)
        #expect(screen.attributes.items.map(\.name) == ["OVERDRAFT_LIMIT"])

        store.send(.screenKey(.character("n")))
        for text in ["fi-travel-003", "Travel fund", "EUR"] {
            store.send(.open)
            store.send(.edit(.deleteToStart))
            Self.type(store, text)
        }
        store.send(.screenKey(.character("s")))
        guard case .confirmScreen = store.state.overlay else {
            Issue.record("s asks before creating")
            return
        }
        store.send(.submit)
        try await store.settle()
        screen = try #require(store.state.topScreen?.screen as? AccountScreen)
        #expect(screen.ref == AccountRef(bankID: ref.bankID, accountID: "fi-travel-003"))
        #expect(screen.account?.balance == Money(amount: 0, currency: "EUR"))
        #expect(store.state.accounts.items.contains { $0.ref.accountID == "fi-travel-003" }, "the accounts pane lists it")
    }
}
