import BankKit

/// A cursor movement, resolved against the list it applies to.
enum Movement: Equatable {
    case by(Int)
    case page(Int)
    case top
    case bottom

    /// A scroll offset moved over `extent`: never before the first line nor past the last full screen.
    func offset(from offset: Int, in extent: ScrollExtent) -> Int {
        min(extent.lastOffset, max(0, target(from: offset, count: extent.lastOffset + 1, visibleRows: extent.rows)))
    }

    func target(from index: Int, count: Int, visibleRows: Int) -> Int {
        switch self {
        case .by(let delta): index + delta
        case .page(let pages): index + pages * max(1, visibleRows - 1)
        case .top: 0
        case .bottom: count - 1
        }
    }

    var screenMove: ScreenMove {
        switch self {
        case .by(let delta): .by(delta)
        case .page(let pages): .page(pages)
        case .top: .top
        case .bottom: .bottom
        }
    }
}

extension AppState {
    mutating func move(_ movement: Movement) -> [Effect] {
        if let overlay {
            moveInOverlay(overlay, movement)
            // While typing a filter the arrows still walk the filtered list.
            guard case .prompt(let prompt) = overlay, prompt.kind == .filter else { return [] }
            return moveTransactions(movement)
        }
        if topScreen != nil { return signalTop(.move(movement.screenMove)) }
        switch focus {
        case .banks:
            let count = banks.items.count
            banks.selection.select(movement.target(from: banks.selection.index, count: count,
                                                   visibleRows: banks.selection.visibleRows), count: count)
            return []
        case .accounts:
            let count = accounts.items.count
            accounts.selection.select(movement.target(from: accounts.selection.index, count: count,
                                                      visibleRows: accounts.selection.visibleRows), count: count)
            return []
        case .transactions:
            return moveTransactions(movement)
        case .detail:
            detail.scroll = movement.offset(from: detail.scroll, in: detail.extent)
            return []
        }
    }

    mutating func moveTransactions(_ movement: Movement) -> [Effect] {
        let count = transactions.displayedCount
        let selection = transactions.selection
        transactions.selection.select(movement.target(from: selection.index, count: count,
                                                      visibleRows: selection.visibleRows), count: count)
        return prefetchIfNeeded()
    }

    private mutating func moveInOverlay(_ overlay: Overlay, _ movement: Movement) {
        switch overlay {
        case .viewPicker(var picker):
            let count = picker.choices.count
            picker.selection.select(movement.target(from: picker.selection.index, count: count,
                                                    visibleRows: picker.selection.visibleRows), count: count)
            self.overlay = .viewPicker(picker)
        case .removalPicker(var picker):
            let count = picker.options.count
            picker.selection.select(movement.target(from: picker.selection.index, count: count,
                                                    visibleRows: picker.selection.visibleRows), count: count)
            self.overlay = .removalPicker(picker)
        case .help(var help):
            help.scroll = movement.offset(from: help.scroll, in: help.extent)
            self.overlay = .help(help)
        case .prompt, .confirmQuit, .confirmScreen, .lastError:
            break
        }
    }

    mutating func open() -> [Effect] {
        if overlay != nil { return submit() }
        if topScreen != nil { return signalTop(.open) }
        switch focus {
        case .banks:
            guard let bank = banks.selected else { return [] }
            return openBank(bank.id)
        case .accounts:
            guard let account = accounts.selected else { return [] }
            return openAccount(account)
        case .transactions:
            guard transactions.selectedTransaction != nil else { return [] }
            depth = .detail
            focus = .detail
            detail.scroll = 0
            return []
        case .detail:
            return []
        }
    }

    /// Shows the accounts of `bankID`, loading them unless they are already shown.
    mutating func openBank(_ bankID: BankID) -> [Effect] {
        if let index = banks.items.firstIndex(where: { $0.id == bankID }) {
            banks.selection.select(index, count: banks.items.count)
        }
        depth = .accounts
        focus = .accounts
        if accounts.bankID == bankID, !accounts.items.isEmpty || accounts.isLoading { return [] }
        return loadAccounts(bankID)
    }

    mutating func loadAccounts(_ bankID: BankID) -> [Effect] {
        if accounts.bankID != bankID {
            accounts.items = []
            accounts.selection = ListSelection(visibleRows: accounts.selection.visibleRows)
        }
        accounts.bankID = bankID
        // A load for the bank left behind is stopped, not just ignored when it answers.
        let superseded: [Effect] = accounts.isLoading ? [.cancel(.accounts)] : []
        accounts.isLoading = true
        accounts.error = nil
        accounts.generation += 1
        return superseded + [.loadAccounts(bankID: bankID, generation: accounts.generation)]
    }

    /// Shows the transactions of `account`, keeping what is loaded when it is the account already shown.
    mutating func openAccount(_ account: Account) -> [Effect] {
        depth = .transactions
        focus = .transactions
        // Back on the account just left: its pages are still here; a page stopped on leaving is asked for again.
        if transactions.account == account.ref {
            return transactions.count == 0 ? requestNextPage() : prefetchIfNeeded()
        }
        let left = stopTransactionLoads()
        let rows = transactions.selection.visibleRows
        let limit = transactions.pageLimit
        transactions = TransactionList()
        transactions.pageLimit = limit
        transactions.selection = ListSelection(visibleRows: rows)
        transactions.account = account.ref
        transactions.accountInfo = account
        transactions.views = account.views
        if account.views.isEmpty, capabilities.supportsViews {
            transactions.isLoadingViews = true
            return left + [.loadViews(account.ref, generation: transactions.generation)]
        }
        transactions.viewID = Self.defaultView(in: account.views)
        let pages = left + loadFirstPages(keeping: nil)
        // Account lists name the views without their `can_*` flags; the picker and the detail pane need them.
        guard capabilities.supportsViews, account.views.contains(where: { $0.permissions == nil }) else { return pages }
        return pages + [.loadViews(account.ref, generation: transactions.generation)]
    }

    /// `owner` when the user has it (it sees the most), else the first view offered.
    static func defaultView(in views: [ViewSummary]) -> ViewID {
        views.first { $0.id == "owner" }?.id ?? views.first?.id ?? "owner"
    }

    mutating func back() -> [Effect] {
        if overlay != nil { return cancel() }
        if topScreen != nil { return signalTop(.back) }
        if focus == .transactions, transactions.filter.isActive {
            setFilter("")
            return []
        }
        if depth > focus {
            depth = focus
        } else if let previous = focus.previous {
            focus = previous
            depth = previous
        }
        return depth < .transactions ? stopTransactionLoads() : []
    }

    /// Leaving an account stops its page loads (a long walk ends within the page in flight); the pages loaded
    /// stay, and coming back asks again for what was stopped.
    mutating func stopTransactionLoads() -> [Effect] {
        guard transactions.isLoading || transactions.isLoadingNext else { return [] }
        transactions.isLoading = false
        transactions.isLoadingNext = false
        transactions.isReloading = false
        return [.cancel(.transactions)]
    }

    mutating func cycleFocus(by delta: Int) {
        guard overlay == nil, topScreen == nil else { return }
        let open = navigation.count
        focus = Pane(rawValue: ((focus.rawValue + delta) % open + open) % open) ?? .banks
    }

    mutating func quit() -> [Effect] {
        if case .confirmQuit = overlay {
            shouldQuit = true
            return []
        }
        var effects: [Effect] = []
        // Ctrl-C in the middle of typing an annotation keeps the text as a draft rather than dropping it.
        if case .prompt(let prompt) = overlay, let target = prompt.target,
           case .success(let annotation) = Self.annotation(for: prompt.kind, text: prompt.text) {
            keepDraft(Draft(target: target, annotation: annotation, error: "not sent: quit while typing"))
            effects.append(.saveDrafts(drafts))
        }
        // So does a screen's prompt whose screen keeps drafts (a counterparty's field).
        if case .prompt(let prompt) = overlay, let field = prompt.screenField,
           let draft = screens.first(where: { $0.id == field.screenID })?.screen.draft(field: field.field, text: prompt.text) {
            keepDraft(draft)
            effects.append(.saveDrafts(drafts))
        }
        if unsavedCount > 0 {
            overlay = .confirmQuit(unsaved: unsavedCount)
        } else {
            shouldQuit = true
        }
        return effects
    }
}

extension ListSelection {
    init(visibleRows: Int) {
        self.init()
        self.visibleRows = visibleRows
    }
}
