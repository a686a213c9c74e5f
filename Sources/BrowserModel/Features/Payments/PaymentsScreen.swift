import BankKit

/// `:payments` on an open account: its transaction requests (status, amount, receiver, date); Enter shows one,
/// `a` answers a pending challenge, `n` opens a small form for a new payment that `s` sends, once, after asking.
public struct PaymentsScreen: ScreenFeature {
    public static let name = "payments"
    public static let summary = "the account's payments (transaction requests): answer challenges, pay"

    public enum Mode: Sendable, Hashable {
        case list
        /// Enter opened the selected request.
        case request
        /// `n` opened the payment form.
        case form
    }

    /// The prompt and confirmation fields besides the form's.
    static let answerField = "answer"
    static let sendField = "send"

    public let account: AccountRef
    public let accountName: String
    public let view: String
    public internal(set) var list = LoadableList<TransactionRequest>()
    public internal(set) var mode = Mode.list
    public internal(set) var form: PaymentForm
    /// A payment's POST is out: `s` does nothing until it answers.
    public internal(set) var isSending = false
    /// The request whose challenge the open prompt (or the answer in flight) is for.
    public internal(set) var challenged: TransactionRequest?
    public internal(set) var isAnswering = false

    public static func open(_ context: ScreenContext, argument: String?) -> Result<PaymentsScreen, ScreenRefusal> {
        guard context.capabilities.supportsViews else {
            return .failure(ScreenRefusal("\(context.providerName) has no transaction requests"))
        }
        guard let account = context.account else {
            return .failure(ScreenRefusal("open an account first (Enter on it), then :payments"))
        }
        return .success(PaymentsScreen(account: account.ref, accountName: account.label ?? account.ref.accountID,
                                       view: context.viewID ?? "owner", currency: account.balance?.currency))
    }

    init(account: AccountRef, accountName: String, view: String, currency: String?) {
        self.account = account
        self.accountName = accountName
        self.view = view
        form = PaymentForm(from: account, currency: currency)
    }

    public var title: String { "Payments of \(accountName) (\(list.items.count))" }

    public var activity: String? {
        if isSending { return "sending the payment" }
        if isAnswering { return "answering the challenge" }
        return list.isLoading ? "payments of \(account.accountID)" : nil
    }

    public var bindings: [ScreenBinding<PaymentsEvent>] {
        [ScreenBinding([.character("a")], "answer the selected request's challenge", hint: "answer", event: .answer,
                       disabledReason: answerBlocked),
         ScreenBinding([.character("n")], "new payment from this account", hint: "new", event: .newPayment,
                       disabledReason: mode == .form ? "the payment form is open" : nil),
         ScreenBinding([.character("e")], "edit the form's field under the cursor", hint: "edit", event: .edit,
                       disabledReason: mode == .form ? nil : "no payment form open: n opens one"),
         ScreenBinding([.character("s")], "send the payment (asks first; sent once)", hint: "send", event: .send,
                       disabledReason: sendBlocked)]
    }

    /// Why `a` does nothing now.
    public var answerBlocked: String? {
        if mode == .form { return "close the payment form first (Esc)" }
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
        return form.order(view: view).problem?.message
    }

    public mutating func load(reload: Bool) -> [ScreenCommand<PaymentsEvent>] {
        list.begin()
        return [.run(PaymentsCalls.requests(account, view: view))]
    }

    public func validate(field: String, text: String) -> String? {
        if field == Self.answerField { return text.trimmingCharacters(in: .whitespaces).isEmpty ? "type the answer" : nil }
        return PaymentForm.Field(promptName: field).flatMap { form.problem($0, text) }
    }

    public mutating func handle(_ input: ScreenInput<PaymentsEvent>) -> [ScreenCommand<PaymentsEvent>] {
        switch input {
        case .move(let move):
            if mode == .form { form.move(move) } else { list.move(move) }
        case .visibleRows(let rows): list.setVisibleRows(rows)
        case .open:
            switch mode {
            case .form: return editPrompt()
            case .list, .request: mode = list.selected == nil ? .list : .request
            }
        case .back:
            guard mode != .list else { return [.pop] }
            mode = .list
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
            return [.confirm(field: Self.sendField, question: "Send \(DisplayFormat.money(order.amount)) to "
                             + "\(order.destinationText)? It is sent once.")]
        case .sent(let result):
            isSending = false
            switch result {
            case .success(let submission):
                // A new form, so nothing left on screen can send the same payment again.
                form = PaymentForm(from: account, currency: form.text(.currency))
                return show(submission)
            case .failure(let error):
                return [.fail("payment not confirmed: \(error.userMessage)")]
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
        if field == Self.answerField {
            guard let request = challenged, !isAnswering else { return [] }
            isAnswering = true
            return [.run(PaymentsCalls.answer(request, view: view, answer: text.trimmingCharacters(in: .whitespaces)))]
        }
        guard let formField = PaymentForm.Field(promptName: field) else { return [] }
        form.set(formField, text)
        form.move(.by(1))
        return []
    }

    /// After `y` on the confirmation: the one POST of this payment.
    private mutating func send() -> [ScreenCommand<PaymentsEvent>] {
        guard mode == .form, !isSending, case .success(let order) = form.order(view: view) else { return [] }
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
