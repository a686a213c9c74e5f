import BankKit

/// `:account`: the open (or selected) account's fields with its attributes listed; `L` relabels it.
/// `:account new` is the form that makes an account at the bank (`s` creates it, after asking), and
/// `:account label` (the browser's `L`) asks for the new label at once and goes back once it is saved.
public struct AccountScreen: ScreenFeature {
    public static let name = "account"
    public static let summary = "the account's details and attributes; L relabels, :account new makes one"

    public enum Mode: Sendable, Hashable {
        case detail
        /// `:account new` or `n`.
        case form
    }

    static let labelField = "label"
    static let createField = "create"
    public static let newArgument = "new"
    public static let labelArgument = "label"

    public let bankID: BankID
    /// The account shown; nil on a screen opened for the form.
    public internal(set) var ref: AccountRef?
    public let view: ViewID
    public internal(set) var account: Account?
    /// The attributes, as the table's rows.
    public internal(set) var attributes = LoadableList<AccountAttribute>()
    public internal(set) var mode = Mode.detail
    public internal(set) var form: AccountForm
    public internal(set) var isWriting = false
    /// Opened by `L`: back to the browser once the label is saved.
    let closesAfterLabel: Bool

    public static func unavailable(in context: ScreenContext) -> ScreenRefusal? {
        context.capabilities.supportsViews ? nil : ScreenRefusal("\(context.providerName) cannot make or label accounts")
    }

    public static func open(_ context: ScreenContext, argument: String?) -> Result<AccountScreen, ScreenRefusal> {
        if let refusal = unavailable(in: context) { return .failure(refusal) }
        let shown = context.account ?? context.selectedAccount
        switch argument {
        case newArgument:
            guard let bankID = context.bank?.id ?? shown?.ref.bankID else {
                return .failure(ScreenRefusal("select a bank first, then :account new"))
            }
            var screen = AccountScreen(bankID: bankID, ref: nil, view: "owner", currency: shown?.balance?.currency,
                                       closesAfterLabel: false)
            screen.mode = .form
            return .success(screen)
        case nil, labelArgument?:
            guard let shown else {
                return .failure(ScreenRefusal("select an account first (or :account new to make one)"))
            }
            return .success(AccountScreen(bankID: shown.ref.bankID, ref: shown.ref,
                                          view: context.account == nil ? "owner" : context.viewID ?? "owner",
                                          currency: shown.balance?.currency, closesAfterLabel: argument == labelArgument,
                                          account: shown))
        case let other?:
            return .failure(ScreenRefusal("no :account \(other); :account, :account new or :account label"))
        }
    }

    init(bankID: BankID, ref: AccountRef?, view: ViewID, currency: String?, closesAfterLabel: Bool, account: Account? = nil) {
        self.bankID = bankID
        self.ref = ref
        self.view = view
        self.closesAfterLabel = closesAfterLabel
        self.account = account
        form = AccountForm(bankID: bankID, currency: currency ?? "EUR")
    }

    public var title: String {
        switch mode {
        case .form: "New account at \(bankID)"
        case .detail: "Account \(account?.label ?? ref?.accountID.rawValue ?? "") · attributes (\(attributes.items.count))"
        }
    }

    public var activity: String? {
        if isWriting { return mode == .form ? "creating the account" : "saving the label" }
        return attributes.isLoading ? "account \(ref?.accountID ?? "")" : nil
    }

    public var bindings: [ScreenBinding<AccountEvent>] {
        [ScreenBinding([.character("L")], "relabel this account", hint: "label", event: .relabel, disabledReason: relabelBlocked),
         ScreenBinding([.character("n")], "make a new account at this bank", hint: "new", event: .newAccount,
                       disabledReason: mode == .form ? "the new-account form is open" : nil),
         ScreenBinding([.character("e")], "edit the form's field under the cursor", hint: "edit", event: .edit,
                       disabledReason: mode == .form ? nil : "no form open: n opens one"),
         ScreenBinding([.character("s")], "create the account (asks first)", hint: "create", event: .create,
                       disabledReason: createBlocked)]
    }

    public var relabelBlocked: String? {
        if mode == .form { return "close the form first (Esc)" }
        if isWriting { return "the label is being saved" }
        return ref == nil ? "no account shown" : nil
    }

    public var createBlocked: String? {
        if mode != .form { return "no form open: n opens one" }
        if isWriting { return "the account is being created" }
        return form.firstProblem.map { "\($0.field.label.lowercased()): \($0.message)" }
    }

    public mutating func load(reload: Bool) -> [ScreenCommand<AccountEvent>] {
        guard let ref else { return [] }
        attributes.begin()
        let view = view
        var commands: [ScreenCommand<AccountEvent>] = [.run { provider in
            .loaded(await Result.catching { try await provider.account(ref, view: view) })
        }]
        if closesAfterLabel, !reload { commands += handle(.event(.relabel)) }
        return commands
    }

    public func validate(field: String, text: String) -> String? {
        if field == Self.labelField { return text.trimmingCharacters(in: .whitespaces).isEmpty ? "a label is needed" : nil }
        return AccountForm.Field(promptName: field).flatMap { form.problem($0, text) }
    }

    public mutating func handle(_ input: ScreenInput<AccountEvent>) -> [ScreenCommand<AccountEvent>] {
        switch input {
        case .move(let move):
            if mode == .form { form.move(move) } else { attributes.move(move) }
        case .visibleRows(let rows): attributes.setVisibleRows(rows)
        case .open:
            if mode == .form { return handle(.event(.edit)) }
        case .back:
            guard mode == .form, ref != nil else { return [.pop] }
            mode = .detail
        case .submitted(let field, let text): return submitted(field, text)
        case .confirmed(let field) where field == Self.createField: return create()
        case .confirmed: break
        case .event(let event): return handle(event)
        }
        return []
    }

    private mutating func handle(_ event: AccountEvent) -> [ScreenCommand<AccountEvent>] {
        switch event {
        case .loaded(let result):
            if case .success(let loaded) = result { account = loaded }
            attributes.finish(result.map(\.attributes))
        case .relabel:
            guard relabelBlocked == nil, let ref else { return [] }
            return [.prompt(field: Self.labelField, title: "new label for \(ref)", text: account?.label ?? "")]
        case .relabeled(let result):
            isWriting = false
            switch result {
            case .success(let label):
                account?.label = label
                guard let ref else { return [] }
                let done: [ScreenCommand<AccountEvent>] = [.inform("\(ref) is now labelled \(label)"),
                                                            .accountsChanged([ref], select: nil)]
                return closesAfterLabel ? done + [.pop] : done + load(reload: true)
            case .failure(let error):
                return [.fail("label not saved: \(error.userMessage)")]
            }
        case .newAccount:
            mode = .form
        case .edit:
            guard mode == .form else { return [] }
            let field = form.cursor
            return [.prompt(field: field.promptName, title: field.question, text: form.text(field))]
        case .create:
            guard createBlocked == nil, let new = form.newAccount else { return [] }
            return [.confirm(field: Self.createField, question: "Create the account \(new.id ?? "(id from the server)") "
                             + "\"\(new.label)\" in \(new.currency) at \(new.bankID), with balance 0?")]
        case .created(let result):
            isWriting = false
            switch result {
            case .success(let made):
                ref = made
                account = nil
                mode = .detail
                form = AccountForm(bankID: bankID, currency: form.text(.currency))
                return [.inform("created account \(made)"), .accountsChanged([made], select: nil)] + load(reload: false)
            case .failure(let error):
                return [.fail("account not created: \(error.userMessage)")]
            }
        }
        return []
    }

    private mutating func submitted(_ field: String, _ text: String) -> [ScreenCommand<AccountEvent>] {
        if field == Self.labelField {
            guard let ref, !isWriting else { return [] }
            isWriting = true
            let label = text.trimmingCharacters(in: .whitespaces)
            return [.run { provider in
                .relabeled(await PaymentsCalls.call(provider) { try await $0.relabel(ref, label: label) }.map { label })
            }]
        }
        guard let formField = AccountForm.Field(promptName: field) else { return [] }
        form.set(formField, text)
        form.move(.by(1))
        return []
    }

    /// After `y`: the one create request.
    private mutating func create() -> [ScreenCommand<AccountEvent>] {
        guard mode == .form, !isWriting, let new = form.newAccount else { return [] }
        isWriting = true
        return [.run { provider in .created(await PaymentsCalls.call(provider) { try await $0.createAccount(new) }) }]
    }
}
