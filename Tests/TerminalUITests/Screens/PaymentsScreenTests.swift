import BankKit
@testable import BrowserModel
import Foundation
import Testing
@testable import TerminalUI

/// The payments screen: an account's transaction requests from canned OBP answers (the fixture provider is not
/// OBP's, so the tests hand the screen its results as the app would), a request's fields, the challenge prompt,
/// and the payment form, which validates as it is typed and asks before its one POST.
struct PaymentsScreenTests {
    /// Three requests in v4.0.0's shape, parsed by BankKit's own wire code: one waiting for its challenge.
    static let requests: [TransactionRequest] = {
        let json = """
        {"transaction_requests_with_charges": [
          {"id": "tr-0003", "type": "SANDBOX_TAN", "status": "INITIATED",
           "from": {"bank_id": "fi.pohjoinen", "account_id": "fi-kt-001"},
           "details": {"to": {"bank_id": "fi.pohjoinen", "account_id": "fi-sav-002"},
                       "value": {"currency": "EUR", "amount": "1500.00"}, "description": "Rent for December"},
           "transaction_ids": [], "start_date": "2026-11-27T09:30:00Z", "end_date": "2026-11-27T09:30:00Z",
           "challenges": [{"id": "ch-77", "user_id": "u1", "allowed_attempts": 3, "challenge_type": "OBP_TRANSACTION_REQUEST_CHALLENGE"}],
           "charge": {"summary": "none", "value": {"currency": "EUR", "amount": "0.00"}}},
          {"id": "tr-0002", "type": "SEPA", "status": "COMPLETED",
           "from": {"bank_id": "fi.pohjoinen", "account_id": "fi-kt-001"},
           "details": {"to": {"iban": "FI21 1234 5600 0007 85"},
                       "value": {"currency": "EUR", "amount": "42.5"}, "description": "Books"},
           "transaction_ids": ["tx-9001"], "start_date": "2026-11-20T12:00:00Z", "end_date": "2026-11-20T12:00:01Z",
           "challenges": []},
          {"id": "tr-0001", "type": "COUNTERPARTY", "status": "FAILED",
           "from": {"bank_id": "fi.pohjoinen", "account_id": "fi-kt-001"},
           "details": {"to": {"counterparty_id": "cp-electricity"},
                       "value": {"currency": "EUR", "amount": "1200.00"}, "description": "Electricity"},
           "transaction_ids": [], "start_date": "2026-11-02T08:00:00Z", "end_date": "2026-11-02T08:10:00Z",
           "challenges": [{"id": "ch-12", "allowed_attempts": 0, "challenge_type": "OBP_TRANSACTION_REQUEST_CHALLENGE"}]}
        ]}
        """
        return (try? OBPWire.transactionRequests(Data(json.utf8))) ?? []
    }()

    struct Shot: Sendable, CustomTestStringConvertible {
        let name: String
        let keys: [Action]
        /// Task answers handed to the screen after the keys, made from its state then.
        var answers: @Sendable (PaymentsScreen) -> [PaymentsEvent] = { _ in [] }
        var testDescription: String { name }
    }

    /// A counterparty made on the paying account: paid by a COUNTERPARTY request to its id.
    static let landlord = ExplicitCounterparty(
        id: "cp-landlord", name: "Vuokranantaja Oy", currency: "EUR", viewID: "owner",
        bank: .init(scheme: "BIC", address: "LAKEFIHH"), account: .init(scheme: "IBAN", address: "FI4950009420028730"))

    /// The receivers the picker lists: two of the user's accounts, a counterparty and another account seen before.
    static let choices = [PaymentChoice(name: "Säästötili", kind: .ownAccount, destination: "fi.pohjoinen/fi-sav-002"),
                          PaymentChoice(name: "Travel GBP", kind: .ownAccount, destination: "uk.thames/uk-cur-001"),
                          PaymentChoice(payee: landlord),
                          PaymentChoice(name: "Helsingin Energia", kind: .otherAccount, destination: "FI2112345600000785")]

    /// The confirmation's numbers for the form's order: 2,000 EUR before on the payer, a GBP receiver at 0.8567.
    @Sendable static func quote(_ screen: PaymentsScreen) -> [PaymentsEvent] {
        guard case .success(let order) = screen.form.order(view: screen.view) else { return [] }
        let payer = Account(ref: order.from, label: "Käyttötili", balance: Money(amount: 2000, currency: "EUR"))
        let receiver: Account? = if case .account(let ref) = order.to {
            Account(ref: ref, label: "Travel GBP", balance: Money(amount: 100, currency: "GBP"))
        } else { nil }
        return [.quoted(PaymentQuote(order: order, payer: payer, receiver: receiver, rates: ["GBP": Decimal(string: "0.8567")!]))]
    }

    static let shots = [
        Shot(name: "payments", keys: []),
        Shot(name: "payment-detail", keys: [.open]),
        Shot(name: "payment-challenge", keys: [.screenKey(.character("a"))]),
        Shot(name: "payment-form", keys: [.screenKey(.character("n"))] + fill(to: "fi-sav-002", amount: "12.50")),
        Shot(name: "payment-amount-refused", keys: [.screenKey(.character("n")), .moveDown, .open]
             + "12.345".map { .insert($0) }),
        Shot(name: "payment-confirm", keys: [.screenKey(.character("n"))]
             + fill(to: "FI21 1234 5600 0007 85", amount: "12.50") + [.screenKey(.character("s"))], answers: quote),
        Shot(name: "payment-confirm-rate", keys: [.screenKey(.character("n"))]
             + fill(to: "uk.thames/uk-cur-001", amount: "1500") + [.screenKey(.character("s"))], answers: quote),
        Shot(name: "payment-picker", keys: [.screenKey(.character("n")), .open], answers: { _ in [.choicesLoaded(.success(choices))] }),
        Shot(name: "payment-picker-filtered", keys: [.screenKey(.character("n")), .open],
             answers: { _ in [.choicesLoaded(.success(choices))] }),
    ]

    /// The form's keys: Enter on To, the text, Enter; the same for the amount, then the description.
    static func fill(to: String, amount: String, description: String = "Lunch") -> [Action] {
        [.screenKey(.character("e"))] + to.map { .insert($0) } + [.submit, .open] + amount.map { .insert($0) } + [.submit, .moveDown, .open]
            + description.map { .insert($0) } + [.submit]
    }

    /// The payments screen on the first account, with the canned requests loaded.
    static func opened(rows: Int, cols: Int) -> Scenario {
        var scenario = Scenario(rows: rows, cols: cols)
        scenario.send(.open, .open, .openScreen(name: "payments", argument: nil))
        if let id = scenario.state.topScreen?.id {
            scenario.send(.screenEvent(screenID: id, payload: PaymentsEvent.loaded(.success(requests))))
        }
        return scenario
    }

    @Test(arguments: shots, GoldenScreenTests.sizes)
    func matchesGolden(_ shot: Shot, size: Size) throws {
        var scenario = Self.opened(rows: size.rows, cols: size.cols)
        for key in shot.keys { scenario.send(key) }
        if let entry = scenario.state.topScreen, let screen = entry.screen as? PaymentsScreen {
            for answer in shot.answers(screen) { scenario.send(.screenEvent(screenID: entry.id, payload: answer)) }
        }
        if shot.name == "payment-picker-filtered" {
            scenario.send(.screenKey(.character("/")))
            scenario.type("gbp")
            scenario.send(.submit)
        }
        try Golden.check(scenario.render().text(), named: "\(shot.name)-\(size.cols)x\(size.rows)")
    }

    /// The picker lists counterparties apart from accounts; picking one pays it by its id, and the confirmation
    /// names it with its IBAN and bank.
    @Test(arguments: GoldenScreenTests.sizes)
    func aPickedCounterpartyIsPaidByItsIdAndNamedInTheConfirmation(size: Size) throws {
        var scenario = Self.opened(rows: size.rows, cols: size.cols)
        scenario.send(.screenKey(.character("n")), .open)
        let id = try #require(scenario.state.topScreen?.id)
        scenario.send(.screenEvent(screenID: id, payload: PaymentsEvent.choicesLoaded(.success(Self.choices))))
        var screen = try #require(scenario.state.topScreen?.screen as? PaymentsScreen)
        #expect(screen.picker.list.items.map(\.kind) == [.ownAccount, .ownAccount, .counterparty, .otherAccount])
        scenario.send(.moveDown, .moveDown, .open)
        screen = try #require(scenario.state.topScreen?.screen as? PaymentsScreen)
        #expect(screen.form.payee == Self.landlord)
        #expect(screen.form.text(.to) == "Vuokranantaja Oy · IBAN FI4950009420028730 at BIC LAKEFIHH")
        let keys: [Action] = [.open] + "250".map(Action.insert) + [.submit, .moveDown, .open] + "Rent".map(Action.insert) + [.submit]
        for key in keys { scenario.send(key) }
        screen = try #require(scenario.state.topScreen?.screen as? PaymentsScreen)
        guard case .success(let order) = screen.form.order(view: screen.view) else {
            Issue.record("the form makes a payment: \(String(describing: screen.form.firstProblem))")
            return
        }
        #expect(order.to == .counterparty(id: "cp-landlord") && order.type == "COUNTERPARTY")
        scenario.send(.screenKey(.character("s")))
        for answer in Self.quote(screen) { scenario.send(.screenEvent(screenID: id, payload: answer)) }
        guard case .confirmScreen(let question) = scenario.state.overlay else {
            Issue.record("s asks first")
            return
        }
        #expect(question.question == "Send 250.00 EUR to counterparty Vuokranantaja Oy · IBAN FI4950009420028730 at BIC "
                + "LAKEFIHH? It is sent once.")
        try Golden.check(scenario.render().text(), named: "payment-confirm-payee-\(size.cols)x\(size.rows)")

        // Typing another receiver over it drops the counterparty.
        scenario.send(.cancel, .top, .screenKey(.character("e")), .edit(.deleteToStart))
        scenario.type("fi-sav-002")
        scenario.send(.submit)
        screen = try #require(scenario.state.topScreen?.screen as? PaymentsScreen)
        #expect(screen.form.payee == nil && screen.form.text(.to) == "fi-sav-002")
    }

    @Test func thePickerListsEachReceiverOnceCounterpartiesBeforeOtherAccounts() {
        let payer = AccountRef(bankID: "fi.pohjoinen", accountID: "fi-kt-001")
        let others = [Counterparty(id: "cp-landlord", holderName: "Vuokranantaja Oy", iban: "FI4950009420028730"),
                      Counterparty(id: "cp-shop", holderName: "Alepa", iban: "FI21 1234 5600 0007 85"),
                      Counterparty(id: "cp-none", holderName: "Kioski", iban: nil)]
        let list = PaymentChoice.list(payer: payer, accounts: [Account(ref: payer, label: "Käyttötili")],
                                      counterparties: [Self.landlord], others: others)
        #expect(list.map(\.name) == ["Vuokranantaja Oy", "Alepa"], "not the payer, the payee once, no IBAN-less other")
        #expect(list.map(\.kind) == [.counterparty, .otherAccount])
    }

    @Test func cannedRequestsParse() {
        #expect(Self.requests.map(\.id) == ["tr-0003", "tr-0002", "tr-0001"])
        #expect(Self.requests.first?.pendingChallenge?.allowedAttempts == 3)
    }

    @Test func answeringIsOfferedOnlyForAPendingChallenge() {
        var scenario = Self.opened(rows: 40, cols: 120)
        #expect(scenario.render().text().contains("a answer"), "the pending request offers a")
        scenario.send(.moveDown, .screenKey(.character("a")))
        #expect(scenario.state.status.error == "this request is COMPLETED, no challenge is pending")
        #expect(scenario.state.overlay == nil)
        #expect(!scenario.render().text().contains("a answer"), "a disabled key is not offered")
        scenario.send(.moveDown, .screenKey(.character("a")))
        #expect(scenario.state.status.error == "this request is FAILED, no challenge is pending")
        scenario.send(.top, .screenKey(.character("a")))
        guard case .prompt(let prompt) = scenario.state.overlay else {
            Issue.record("a on the pending request asks for the answer")
            return
        }
        #expect(prompt.screenField?.title == "challenge answer for tr-0003, 3 attempts left")
        scenario.send(.submit)
        #expect(scenario.state.overlay != nil, "an empty answer is not sent")
    }

    @Test func anAnswerIsSentOnceAndTheRequestReadAgain() throws {
        var screen = try #require(Self.loaded())
        _ = screen.handle(.event(.answer))
        let sent = screen.handle(.submitted(field: "answer", text: "123"))
        #expect(sent.count == 1 && Self.runs(sent) == 1)
        #expect(screen.answerBlocked == "an answer is on its way")
        #expect(screen.handle(.submitted(field: "answer", text: "123")).isEmpty, "no second answer while one is out")
        var completed = try #require(Self.requests.first)
        completed.status = .completed
        let after = screen.handle(.event(.answered(.success(completed))))
        #expect(Self.runs(after) == 1, "the request is read again")
        #expect(screen.list.selected?.status == .completed)
        #expect(screen.answerBlocked == "this request is COMPLETED, no challenge is pending")
    }

    @Test func theFormRefusesBadFieldsAsTheyAreTypedAndEnterDoesNotTakeThem() {
        var scenario = Self.opened(rows: 24, cols: 80)
        scenario.send(.screenKey(.character("n")), .moveDown, .open)
        scenario.type("12.345")
        guard case .prompt(let prompt) = scenario.state.overlay else {
            Issue.record("Enter on the amount opens its prompt")
            return
        }
        #expect(prompt.error == "EUR has 2 decimal places")
        scenario.send(.submit)
        guard case .prompt(let kept) = scenario.state.overlay else {
            Issue.record("Enter is refused while the amount is wrong")
            return
        }
        #expect(kept.error == "EUR has 2 decimal places")
        scenario.send(.cancel)
        let form = (scenario.state.topScreen?.screen as? PaymentsScreen)?.form
        #expect(form?.text(.amount) == "", "the refused text never reached the form")
        scenario.send(.screenKey(.character("s")))
        #expect(scenario.state.status.error == "to: a receiver is needed: an account id, BANK/ACCOUNT or an IBAN")
        #expect(scenario.state.overlay == nil, "nothing is asked, nothing is sent")
    }

    @Test func validatorsAreBankKits() throws {
        let screen = try #require(Self.loaded())
        #expect(screen.validate(field: "form.to", text: "FI21 12") == "an IBAN has 15 to 34 characters, this has 6 "
                + "(an account id that starts so is written BANK/ACCOUNT)")
        #expect(screen.validate(field: "form.to", text: "fi-kt-001") == "that is the account paying")
        #expect(screen.validate(field: "form.to", text: "other.bank/acc-1") == nil)
        #expect(screen.validate(field: "form.amount", text: "0") == "the amount must be more than 0")
        #expect(screen.validate(field: "form.amount", text: "100000.01") == "the amount is over the payment limit of 100000 EUR")
        #expect(screen.validate(field: "form.currency", text: "EU") == "\"EU\" is not a currency code (three letters, e.g. EUR)")
        #expect(screen.validate(field: "form.description", text: " ") == "a description is needed")
    }

    @Test func aPaymentIsConfirmedFirstAndSentExactlyOnce() throws {
        var screen = try #require(Self.loaded())
        _ = screen.handle(.event(.newPayment))
        #expect(screen.handle(.confirmed(field: "send")).isEmpty, "no POST without a valid form")
        for (field, text) in [("form.to", "fi.pohjoinen/fi-sav-002"), ("form.amount", "1500"), ("form.description", "Rent")] {
            _ = screen.handle(.submitted(field: field, text: text))
        }
        let reading = screen.handle(.event(.send))
        #expect(reading.count == 1 && Self.runs(reading) == 1, "s first reads the balances and the rate")
        #expect(screen.handle(.confirmed(field: "send")).isEmpty, "no POST before the confirmation's numbers")
        let answers = Self.quote(screen)
        let asked = screen.handle(.event(try #require(answers.first)))
        guard asked.count == 1, case .confirm(let field, let question) = asked[0] else {
            Issue.record("the numbers read, s asks and sends nothing: \(asked)")
            return
        }
        #expect(field == "send")
        #expect(question == "Send 1500.00 EUR to fi.pohjoinen/fi-sav-002 at 1 EUR = 0.8567 GBP? It is sent once.")
        #expect(screen.quote?.receiverAfter == Money(amount: Decimal(string: "1385.05")!, currency: "GBP"))
        #expect(screen.quote?.payerAfter == Money(amount: 500, currency: "EUR"))
        let sent = screen.handle(.confirmed(field: "send"))
        #expect(sent.count == 1 && Self.runs(sent) == 1, "one POST")
        #expect(screen.handle(.confirmed(field: "send")).isEmpty, "a second yes sends nothing while it is out")
        #expect(screen.sendBlocked == "the payment is being sent")

        let failed = screen.handle(.event(.sent(.failure(BankError(kind: .network, message: "connection reset")))))
        #expect(Self.runs(failed) == 0, "a failed POST is never retried")

        var made = try #require(Self.requests.first)
        made.id = "tr-0004"
        let shown = screen.handle(.event(.sent(.success(.sent(made)))))
        #expect(Self.runs(shown) == 0)
        guard case .prompt(_, let title, _) = shown.last else {
            Issue.record("a challenged payment asks for the answer: \(shown)")
            return
        }
        #expect(title == "challenge answer for tr-0004, 3 attempts left")
        #expect(screen.mode == .request && screen.list.selected?.id == "tr-0004")
        #expect(screen.form.text(.to).isEmpty, "the form is cleared, so the same payment is not on screen to send again")
        #expect(screen.handle(.confirmed(field: "send")).isEmpty, "the old yes sends nothing: the quote went with the form")

        made.status = .completed
        made.transactionIDs = ["tx-new"]
        made.toAccount = AccountRef(bankID: "fi.pohjoinen", accountID: "fi-sav-002")
        let moved = PaymentsScreen.moneyMoved(made)
        guard moved.count == 1, case .accountsChanged(let accounts, let select) = moved[0] else {
            Issue.record("a completed payment makes the browser read both accounts: \(moved)")
            return
        }
        #expect(accounts == [made.from, AccountRef(bankID: "fi.pohjoinen", accountID: "fi-sav-002")])
        #expect(select == "tx-new")
    }

    @Test func aChangedFormIsNotSentOnAnOldConfirmation() throws {
        var screen = try #require(Self.loaded())
        _ = screen.handle(.event(.newPayment))
        for (field, text) in [("form.to", "fi.pohjoinen/fi-sav-002"), ("form.amount", "10"), ("form.description", "Rent")] {
            _ = screen.handle(.submitted(field: field, text: text))
        }
        _ = screen.handle(.event(.send))
        let stale = Self.quote(screen)
        _ = screen.handle(.submitted(field: "form.amount", text: "1000"))
        #expect(screen.handle(.event(try #require(stale.first))).isEmpty, "numbers for 10 EUR are not asked about for 1000")
        #expect(screen.handle(.confirmed(field: "send")).isEmpty)
    }

    @Test func pOnAnAccountAndColonPayOpenTheForm() {
        var scenario = Scenario(rows: 24, cols: 80)
        scenario.send(.open, .openScreen(name: "payments", argument: "new"))
        let fromList = scenario.state.topScreen?.screen as? PaymentsScreen
        #expect(fromList?.mode == .form, "p on the selected account in the accounts pane")
        scenario.send(.back, .back, .open, .commandLine)
        scenario.type("pay")
        scenario.send(.submit)
        let opened = scenario.state.topScreen?.screen as? PaymentsScreen
        #expect(opened?.mode == .form && opened?.view == "owner")
    }

    /// Refused on `p`, naming the view and its flag, rather than after the form is filled in and confirmed.
    @Test func anAccountTheUserCannotPayFromIsRefusedUpFront() {
        let capabilities = ProviderCapabilities(supportsViews: true, metadataIsLocal: false, supportsImages: true,
                                                supportsBranches: true)
        func refusal(_ views: [ViewSummary], open view: ViewID? = nil) -> String? {
            let account = Account(ref: AccountRef(bankID: "fi.pohjoinen", accountID: "fi-kt-101"), label: "Ainon tili",
                                  owners: [], views: views)
            let context = view == nil
                ? ScreenContext(providerName: "OBP", capabilities: capabilities, selectedAccount: account)
                : ScreenContext(providerName: "OBP", capabilities: capabilities, account: account, viewID: view)
            guard case .failure(let refusal) = PaymentsScreen.open(context, argument: "new") else { return nil }
            return refusal.message
        }
        let accountant = ViewSummary(id: "accountant", shortName: "Accountant")
        let auditor = ViewSummary(id: "auditor", shortName: "Auditor", permissions: ["can_see_transaction_amount"])
        #expect(refusal([accountant, auditor]) == "paying from Ainon tili needs the owner view "
                + "(can_add_transaction_request_to_own_account); you have accountant, auditor")
        #expect(refusal([accountant, auditor], open: "auditor")
                == "the auditor view cannot pay from Ainon tili: it lacks can_add_transaction_request_to_own_account")
        #expect(refusal([accountant, auditor], open: "accountant") == nil, "flags unknown: the server judges")
        #expect(refusal([]) == nil, "no list of views: the server judges")
        #expect(refusal([ViewSummary(id: "owner", shortName: "Owner")]) == nil)
    }

    @Test func aProviderThatIsNotOBPsSaysSoAndAScreenNeedsAnAccount() async {
        var scenario = Scenario(rows: 24, cols: 80)
        scenario.send(.openScreen(name: "payments", argument: nil))
        #expect(scenario.state.status.error == "open an account first (Enter on it), then :payments")
        scenario.send(.open, .open, .openScreen(name: "payments", argument: nil))
        await scenario.settle()
        #expect(scenario.render().text().contains("fake has no transaction requests"))
        var op = Scenario(rows: 24, cols: 80, views: false)
        op.send(.open, .open, .openScreen(name: "payments", argument: nil))
        #expect(op.state.status.error == "OP has no transaction requests")
    }

    /// The screen as `:payments` opens it on the fixture's first account, with the canned requests.
    static func loaded() -> PaymentsScreen? {
        let account = Account(ref: AccountRef(bankID: "fi.pohjoinen", accountID: "fi-kt-001"), label: "Käyttötili",
                              owners: [], balance: Money(amount: 10, currency: "EUR"), views: [])
        let context = ScreenContext(providerName: "OBP", capabilities: ProviderCapabilities(supportsViews: true, metadataIsLocal: false,
                                                                                     supportsImages: true, supportsBranches: true),
                                    account: account, viewID: "owner")
        guard case .success(var screen) = PaymentsScreen.open(context, argument: nil) else { return nil }
        _ = screen.load(reload: false)
        _ = screen.handle(.event(.loaded(.success(requests))))
        return screen
    }
}

extension PaymentsScreenTests {
    /// How many of `commands` are tasks (a POST or a read).
    static func runs(_ commands: [ScreenCommand<PaymentsEvent>]) -> Int {
        commands.filter { if case .run = $0 { true } else { false } }.count
    }
}
