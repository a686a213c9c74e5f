import BankKit

/// `:payments` on an open account: its transaction requests (status, amount, receiver, date); Enter shows one,
/// `a` answers a pending challenge, `n` opens a small form for a new payment that `s` sends, once, after showing
/// the rate and the balances before and after. `:pay` and `p` open it on the form. Enter on the form's To field
/// picks the receiver from the user's accounts and the account's counterparties.
public struct PaymentsScreen: ScreenFeature {
    public static let name = "payments"
    public static let summary = "the account's payments (transaction requests): answer challenges, pay"

    public enum Mode: Sendable, Hashable {
        case list
        /// Enter opened the selected request.
        case request
        /// `n` opened the payment form.
        case form
        /// Enter on the form's To field opened the list of receivers.
        case picking
    }

    /// The prompt and confirmation fields besides the form's.
    static let answerField = "answer"
    static let sendField = "send"
    static let filterField = "filter"
    /// `:payments new` (`:pay`, `p`): open on the payment form.
    public static let formArgument = "new"

    public let account: AccountRef
    public let accountName: String
    public let view: ViewID
    public internal(set) var list = LoadableList<TransactionRequest>()
    public internal(set) var mode = Mode.list
    public internal(set) var form: PaymentForm
    /// A payment's POST is out: `s` does nothing until it answers.
    public internal(set) var isSending = false
    /// The request whose challenge the open prompt (or the answer in flight) is for.
    public internal(set) var challenged: TransactionRequest?
    public internal(set) var isAnswering = false
    public internal(set) var picker = PaymentPicker()
    /// The confirmation's numbers for the form's order; a change to the form drops them.
    public internal(set) var quote: PaymentQuote?
    public internal(set) var isQuoting = false

    public static func unavailable(in context: ScreenContext) -> ScreenRefusal? {
        context.capabilities.supportsViews ? nil : ScreenRefusal("\(context.providerName) has no transaction requests")
    }

    public static func open(_ context: ScreenContext, argument: String?) -> Result<PaymentsScreen, ScreenRefusal> {
        if let refusal = unavailable(in: context) { return .failure(refusal) }
        guard let account = context.account ?? context.selectedAccount else {
            return .failure(ScreenRefusal("open an account first (Enter on it), then :payments"))
        }
        guard argument == nil || argument == formArgument else {
            return .failure(ScreenRefusal(":payments takes nothing or \(formArgument) (the payment form)"))
        }
        let view: ViewID = context.account == nil ? "owner" : context.viewID ?? "owner"
        if let refusal = cannotPay(from: account, through: view) { return .failure(refusal) }
        var screen = PaymentsScreen(account: account.ref, accountName: account.label ?? account.ref.accountID.rawValue,
                                    view: view, currency: account.balance?.currency)
        if argument == formArgument { screen.mode = .form }
        return .success(screen)
    }

    /// Why the user cannot pay from `account` through `view`, as far as the account's list of the user's views
    /// tells: refused before the form is filled in and confirmed, not by the server after. OBP lists those views
    /// without their flags, so a listed view whose flags are unknown is left for the server to judge.
    static func cannotPay(from account: Account, through view: ViewID) -> ScreenRefusal? {
        guard !account.views.isEmpty else { return nil }
        let name = account.label ?? account.ref.accountID.rawValue
        let flag = ViewFlag.canAddTransactionRequestToOwnAccount.rawValue
        guard let listed = account.views.first(where: { $0.id == view }) else {
            let yours = account.views.map(\.id.rawValue).joined(separator: ", ")
            return ScreenRefusal("paying from \(name) needs the \(view.rawValue) view (\(flag)); you have \(yours)")
        }
        let mayPay: [ViewFlag] = [.canAddTransactionRequestToOwnAccount, .canAddTransactionRequestToAnyAccount]
        if let flags = listed.permissions, !mayPay.contains(where: { flags.contains($0.permission) }) {
            return ScreenRefusal("the \(view.rawValue) view cannot pay from \(name): it lacks \(flag)")
        }
        return nil
    }

    init(account: AccountRef, accountName: String, view: ViewID, currency: String?) {
        self.account = account
        self.accountName = accountName
        self.view = view
        form = PaymentForm(from: account, currency: currency)
    }

    public var title: String {
        mode == .picking ? "Pay to: pick a receiver (\(picker.list.items.count))"
            : "Payments of \(accountName) (\(list.items.count))"
    }

    public var activity: String? {
        if isSending { return "sending the payment" }
        if isQuoting { return "reading the balances and the rate" }
        if mode == .picking, picker.list.isLoading { return "accounts and counterparties" }
        if isAnswering { return "answering the challenge" }
        return list.isLoading ? "payments of \(account.accountID)" : nil
    }

    public var bindings: [ScreenBinding<PaymentsEvent>] {
        [ScreenBinding([.character("a")], "answer the selected request's challenge", hint: "answer", event: .answer,
                       disabledReason: answerBlocked),
         ScreenBinding([.character("n")], "new payment from this account", hint: "new", event: .newPayment,
                       disabledReason: mode == .form || mode == .picking ? "the payment form is open" : nil),
         ScreenBinding([.character("/")], "filter the receivers", hint: "filter", event: .filterChoices,
                       disabledReason: mode == .picking ? nil : "no list of receivers open: Enter on To opens it"),
         ScreenBinding([.character("e")], "edit the form's field under the cursor", hint: "edit", event: .edit,
                       disabledReason: mode == .form ? nil : "no payment form open: n opens one"),
         ScreenBinding([.character("s")], "send the payment (asks first; sent once)", hint: "send", event: .send,
                       disabledReason: sendBlocked)]
    }

    /// Why `a` does nothing now.
    public var answerBlocked: String? {
        if mode == .form || mode == .picking { return "close the payment form first (Esc)" }
        if isAnswering { return "an answer is on its way" }
        guard let request = list.selected else { return "no transaction request selected" }
        guard request.pendingChallenge != nil else {
            return request.status == .initiated ? "this request has no challenge to answer"
                : "this request is \(request.status.name), no challenge is pending"
        }
        return nil
    }

    /// Why `s` does nothing now.
    public var sendBlocked: String? {
        if mode != .form { return "no payment form open: n opens one" }
        if isSending { return "the payment is being sent" }
        if isQuoting { return "the balances and the rate are being read" }
        return form.order(view: view).problem?.message
    }

    public mutating func load(reload: Bool) -> [ScreenCommand<PaymentsEvent>] {
        list.begin()
        let requests: [ScreenCommand<PaymentsEvent>] = [.run(PaymentsCalls.requests(account, view: view))]
        guard reload, mode == .picking else { return requests }
        picker.begin()
        return requests + [.run(PaymentsCalls.choices(account, view: view))]
    }

    public func validate(field: String, text: String) -> String? {
        if field == Self.answerField { return text.trimmingCharacters(in: .whitespaces).isEmpty ? "type the answer" : nil }
        return PaymentForm.Field(promptName: field).flatMap { form.problem($0, text) }
    }

    public mutating func handle(_ input: ScreenInput<PaymentsEvent>) -> [ScreenCommand<PaymentsEvent>] {
        switch input {
        case .move(let move):
            switch mode {
            case .form: form.move(move)
            case .picking: picker.list.move(move)
            case .list, .request: list.move(move)
            }
        case .visibleRows(let rows):
            list.setVisibleRows(rows)
            picker.list.setVisibleRows(rows)
        case .open:
            switch mode {
            case .form where form.cursor == .to: return openPicker()
            case .form: return editPrompt()
            case .picking: pick()
            case .list, .request: mode = list.selected == nil ? .list : .request
            }
        case .back:
            switch mode {
            case .list: return [.pop]
            case .picking: mode = .form
            case .form, .request: mode = .list
            }
        case .submitted(let field, let text): return submitted(field, text)
        case .confirmed(let field) where field == Self.sendField: return send()
        case .confirmed: break
        case .event(let event): return handle(event)
        }
        return []
    }

    private mutating func handle(_ event: PaymentsEvent) -> [ScreenCommand<PaymentsEvent>] {
        switch event {
        case .loaded(let result):
            let selectedID = list.selected?.id
            list.finish(result)
            if let selectedID { select(selectedID) }
        case .answer:
            guard answerBlocked == nil, let request = list.selected, let challenge = request.pendingChallenge else { return [] }
            challenged = request
            let left = challenge.allowedAttempts.map { ", \($0) attempt\($0 == 1 ? "" : "s") left" } ?? ""
            return [.prompt(field: Self.answerField, title: "challenge answer for \(request.id)\(left)", text: "")]
        case .newPayment:
            mode = .form
        case .edit:
            if mode == .form { return editPrompt() }
        case .send:
            guard sendBlocked == nil, case .success(let order) = form.order(view: view) else { return [] }
            isQuoting = true
            quote = nil
            return [.run(PaymentsCalls.quote(order))]
        case .quoted(let quoted):
            isQuoting = false
            // The form may have changed while the numbers were read: they are asked about only for its order.
            guard mode == .form, case .success(let order) = form.order(view: view), quoted.order == order else { return [] }
            quote = quoted
            let rate = quoted.rateText.map { " at \($0)" } ?? ""
            return [.confirm(field: Self.sendField, question: "Send \(DisplayFormat.money(order.amount)) to "
                             + "\(form.receiverText(order))\(rate)? It is sent once.")]
        case .filterChoices:
            guard mode == .picking else { return [] }
            return [.prompt(field: Self.filterField, title: "filter the receivers (name, account or IBAN)", text: picker.filter)]
        case .choicesLoaded(let result):
            picker.finish(result)
        case .sent(let result):
            isSending = false
            switch result {
            case .success(let submission):
                // A new form, so nothing left on screen can send the same payment again.
                form = PaymentForm(from: account, currency: form.text(.currency))
                quote = nil
                return show(submission) + Self.moneyMoved(submission.request)
            case .failure(let error):
                // The server's refusal means nothing was made; a broken connection leaves it to `pay`'s look.
                return [.fail((error.kind == .network ? "payment not confirmed: " : "payment not made: ") + error.userMessage)]
            }
        case .answered(let result):
            isAnswering = false
            guard let request = challenged else { return [] }
            challenged = nil
            var commands: [ScreenCommand<PaymentsEvent>] = []
            switch result {
            case .success(let answered):
                upsert(answered)
                commands.append(.inform("\(answered.id): \(answered.status.name)"))
                commands += Self.moneyMoved(answered)
            case .failure(let error):
                commands.append(.fail(error.userMessage))
            }
            // Read it again: the status and the attempts left are the server's to say.
            return commands + [.run(PaymentsCalls.request(account, view: view, id: request.id))]
        case .reloaded(.success(let request)):
            upsert(request)
        case .reloaded(.failure(let error)):
            return [.fail(error.userMessage)]
        }
        return []
    }

    private func editPrompt() -> [ScreenCommand<PaymentsEvent>] {
        [.prompt(field: form.cursor.promptName, title: form.cursor.question, text: form.text(form.cursor))]
    }

    private mutating func submitted(_ field: String, _ text: String) -> [ScreenCommand<PaymentsEvent>] {
        if field == Self.filterField {
            picker.setFilter(text)
            return []
        }
        if field == Self.answerField {
            guard let request = challenged, !isAnswering else { return [] }
            isAnswering = true
            return [.run(PaymentsCalls.answer(request, view: view, answer: text.trimmingCharacters(in: .whitespaces)))]
        }
        guard let formField = PaymentForm.Field(promptName: field) else { return [] }
        form.take(formField, text)
        form.move(.by(1))
        quote = nil
        return []
    }

    /// Enter on To: the receivers to pick from, read again each time (a new account may have been made).
    private mutating func openPicker() -> [ScreenCommand<PaymentsEvent>] {
        mode = .picking
        picker.begin()
        return [.run(PaymentsCalls.choices(account, view: view))]
    }

    /// Enter in the picker: the receiver goes into To and the cursor on to the amount.
    private mutating func pick() {
        guard let choice = picker.list.selected else { return }
        form.pick(choice)
        form.cursor = .amount
        quote = nil
        mode = .form
    }

    /// After a payment completed: the browser reads both accounts again and selects the new transaction.
    public static func moneyMoved(_ request: TransactionRequest) -> [ScreenCommand<PaymentsEvent>] {
        guard request.status == .completed else { return [] }
        return [.accountsChanged([request.from] + (request.toAccount.map { [$0] } ?? []), select: request.transactionIDs.first)]
    }

    /// After `y` on the confirmation: the one POST of this payment.
    private mutating func send() -> [ScreenCommand<PaymentsEvent>] {
        guard mode == .form, !isSending, case .success(let order) = form.order(view: view), quote?.order == order else {
            return []
        }
        isSending = true
        return [.run(PaymentsCalls.pay(order))]
    }

    /// The sent request, selected and opened, and its challenge asked for when it has one.
    private mutating func show(_ submission: PaymentSubmission) -> [ScreenCommand<PaymentsEvent>] {
        let request = submission.request
        upsert(request)
        mode = .request
        let note = switch submission {
        case .sent: "payment \(request.id): \(request.status.name)"
        case .recovered: "the connection broke, but the payment was made: \(request.id) \(request.status.name)"
        }
        var commands: [ScreenCommand<PaymentsEvent>] = [.inform(note)]
        if request.pendingChallenge != nil { commands += handle(.answer) }
        return commands
    }

    /// Puts `request` in the list (new ones first) and selects it.
    private mutating func upsert(_ request: TransactionRequest) {
        var items = list.items
        if let index = items.firstIndex(where: { $0.id == request.id }) {
            items[index] = request
        } else {
            items.insert(request, at: 0)
        }
        list.replace(items)
        select(request.id)
    }

    private mutating func select(_ id: String) {
        if let index = list.items.firstIndex(where: { $0.id == id }) { list.select(index) }
    }
}
