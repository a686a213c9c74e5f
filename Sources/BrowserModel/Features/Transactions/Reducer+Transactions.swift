import BankKit

extension AppState {
    /// Empties the list and loads it again from offset 0, from the cache where it can.
    mutating func loadFirstPages(keeping target: TransactionList.RestoreTarget?) -> [Effect] {
        transactions.resetPages()
        transactions.restore = target
        return requestNextPage()
    }

    /// Where the cursor is now, to put it back after the list reloads.
    var currentRestoreTarget: TransactionList.RestoreTarget? {
        transactions.selectedIndex.map { .init(id: transactions.transaction(at: $0).id, index: $0) }
    }

    /// Appends the next page from the cache, page after page while more are wanted, and asks the provider for
    /// the first page the cache does not have.
    mutating func requestNextPage() -> [Effect] {
        while !transactions.reachedEnd, let key = transactions.nextPageKey(provider: providerName) {
            guard let page = cache.page(for: key) else {
                status.requestedPages += 1
                if transactions.count == 0 { transactions.isLoading = true } else { transactions.isLoadingNext = true }
                return [.loadTransactions(key, generation: transactions.generation)]
            }
            status.cachedPages += 1
            transactions.append(page)
            guard wantsMorePages() else { return [] }
        }
        return []
    }

    /// Loads the next page when the cursor is near the end of what is loaded; at most one request at a time.
    mutating func prefetchIfNeeded() -> [Effect] {
        guard transactions.account != nil, !transactions.isLoading, !transactions.isLoadingNext,
              !transactions.reachedEnd, isNearEnd else { return [] }
        return requestNextPage()
    }

    /// Only the unfiltered list prefetches: a filter that matches little would otherwise pull every page.
    private var isNearEnd: Bool {
        !transactions.filter.isActive
            && transactions.displayedCount - 1 - transactions.selection.index < prefetchDistance
    }

    /// After a page was appended: settles a pending cursor restore, then says whether to load another page.
    private mutating func wantsMorePages() -> Bool {
        guard let restore = transactions.restore else { return isNearEnd }
        if let id = restore.id, let page = transactions.pages.last,
           let position = page.transactions.firstIndex(where: { $0.id == id }) {
            selectTransaction(index: page.offset + position)
        } else if transactions.reachedEnd || transactions.count > restore.index + transactions.pageLimit {
            selectTransaction(index: min(restore.index, max(0, transactions.count - 1)))
        } else {
            return true
        }
        transactions.restore = nil
        return isNearEnd
    }

    /// Puts the cursor on transaction index `index`, or the next one the filter shows.
    mutating func selectTransaction(index: Int) {
        transactions.selection.select(transactions.displayRow(atOrAfter: index), count: transactions.displayedCount)
    }

    mutating func transactionsLoaded(_ key: PageKey, generation: Int,
                                     _ result: Result<TransactionPage, BankError>) -> [Effect] {
        let expectedOffset = transactions.isReloading ? 0 : transactions.count
        // A page stopped on leaving the account may still answer: nothing is waiting for it any more.
        guard transactions.isLoading || transactions.isLoadingNext, generation == transactions.generation, key.account == transactions.account,
              key.view == transactions.viewID, key.offset == expectedOffset else { return [] }
        transactions.isLoading = false
        transactions.isLoadingNext = false
        if transactions.isReloading {
            transactions.isReloading = false
            if case .success = result { transactions.clearPages() }
        }
        switch result {
        case .success(let page):
            transactions.fallbackViewID = nil
            cache.insert(page, for: key)
            transactions.pagesFetched += 1
            transactions.error = nil
            transactions.append(page)
            return wantsMorePages() ? requestNextPage() : []
        case .failure(let error):
            let target = transactions.restore
            transactions.restore = nil
            if transactions.count == 0, let fallback = transactions.fallbackViewID {
                // A view that cannot be read leaves the user where they were, not on an empty list.
                let refused = transactions.currentView?.shortName ?? key.view.rawValue
                transactions.fallbackViewID = nil
                transactions.viewID = fallback
                fail("cannot view through \(refused): \(error.userMessage)")
                return loadFirstPages(keeping: target)
            }
            transactions.error = error.userMessage
            fail(error.userMessage)
            return []
        }
    }

    mutating func viewsLoaded(_ account: AccountRef, generation: Int,
                              _ result: Result<[ViewSummary], BankError>) -> [Effect] {
        guard account == transactions.account else { return [] }
        // With a view already chosen this answer only adds the views' flags, so a later page reload does not
        // make it stale; before a view is chosen it must belong to this opening of the account.
        guard transactions.viewID != nil || generation == transactions.generation else { return [] }
        transactions.isLoadingViews = false
        switch result {
        case .success(let views):
            transactions.views = views
            transactions.accountInfo?.views = views
            // Kept with the listed account too, so opening it again needs no second request for the same views.
            if let index = accounts.items.firstIndex(where: { $0.ref == account }) { accounts.items[index].views = views }
            guard transactions.viewID == nil else { return [] }
            transactions.viewID = Self.defaultView(in: views)
            return loadFirstPages(keeping: nil)
        case .failure where transactions.viewID != nil:
            // The list is already showing; without the flags the picker only says so.
            return []
        case .failure(let error):
            transactions.error = error.userMessage
            fail(error.userMessage)
            return []
        }
    }

    /// Shows the list through another view: a fresh list (from that view's cache when it has one) with the
    /// cursor on the same transaction if the new view shows it.
    mutating func switchView(to viewID: ViewID) -> [Effect] {
        guard viewID != transactions.viewID, transactions.account != nil else { return [] }
        let target = currentRestoreTarget
        transactions.fallbackViewID = transactions.viewID
        transactions.viewID = viewID
        inform("viewing through \(transactions.currentView?.shortName ?? viewID.rawValue)")
        return loadFirstPages(keeping: target)
    }

    mutating func reload() -> [Effect] {
        guard overlay == nil else { return [] }
        if topScreen != nil { return signalTop(.load(reload: true)) }
        switch focus {
        case .banks:
            banks.isLoading = true
            banks.error = nil
            return [.loadBanks]
        case .accounts:
            guard let bankID = accounts.bankID else { return [] }
            return loadAccounts(bankID)
        case .transactions:
            guard let account = transactions.account else { return [] }
            guard let viewID = transactions.viewID else {
                transactions.isLoadingViews = true
                return [.loadViews(account, generation: transactions.generation)]
            }
            cache.invalidate(provider: providerName, account: account, view: viewID)
            let pages = reloadTransactions(account, view: viewID, keeping: currentRestoreTarget)
            // Views made or granted elsewhere since the account opened reach the picker too.
            return pages + [.loadViews(account, generation: transactions.generation)]
        case .detail:
            guard let target = selectedTarget else { return [] }
            detail.isLoading = true
            detail.error = nil
            return [.loadTransaction(target)]
        }
    }

    /// Reads the open list's first page again, the loaded pages staying on screen until it arrives; the cursor
    /// goes to `target` then.
    mutating func reloadTransactions(_ account: AccountRef, view viewID: ViewID,
                                     keeping target: TransactionList.RestoreTarget?) -> [Effect] {
        transactions.restore = target
        transactions.generation += 1
        transactions.isLoadingNext = false
        transactions.isReloading = true
        transactions.isLoading = true
        let first = PageKey(provider: providerName, account: account, view: viewID, offset: 0,
                            limit: transactions.pageLimit)
        status.requestedPages += 1
        return [.loadTransactions(first, generation: transactions.generation)]
    }

    /// The selected transaction as an annotation address.
    var selectedTarget: AnnotationTarget? {
        guard let account = transactions.account, let viewID = transactions.viewID,
              let transaction = transactions.selectedTransaction else { return nil }
        return AnnotationTarget(provider: providerName, account: account, viewID: viewID,
                                transactionID: transaction.id)
    }

    mutating func transactionLoaded(_ target: AnnotationTarget, _ result: Result<Transaction, BankError>) {
        detail.isLoading = false
        switch result {
        case .success(let transaction):
            detail.error = nil
            updateTransaction(target) { $0 = transaction }
        case .failure(let error):
            detail.error = error.userMessage
            fail(error.userMessage)
        }
    }

    /// Changes a loaded transaction in place and drops its cached page, which no longer matches the server.
    /// Returns false when the list does not show that transaction.
    @discardableResult
    mutating func updateTransaction(_ target: AnnotationTarget, _ change: (inout Transaction) -> Void) -> Bool {
        guard target.provider == providerName, target.account == transactions.account,
              target.viewID == transactions.viewID,
              let index = transactions.index(ofTransaction: target.transactionID),
              let key = transactions.pageKey(provider: providerName, containing: index) else { return false }
        var transaction = transactions.transaction(at: index)
        change(&transaction)
        transactions.replaceTransaction(at: index, with: transaction)
        cache.invalidate(key)
        return true
    }

    mutating func banksLoaded(_ result: Result<[Bank], BankError>) {
        banks.isLoading = false
        switch result {
        case .success(let items):
            let selectedID = banks.selected?.id
            banks.items = items
            banks.error = nil
            banks.selection.select(items.firstIndex { $0.id == selectedID } ?? banks.selection.index,
                                   count: items.count)
        case .failure(let error):
            banks.error = error.userMessage
            fail(error.userMessage)
        }
    }

    mutating func accountsLoaded(bankID: BankID, generation: Int, _ result: Result<[Account], BankError>) {
        guard bankID == accounts.bankID, generation == accounts.generation else { return }
        accounts.isLoading = false
        switch result {
        case .success(let items):
            let selectedID = accounts.selected?.ref
            accounts.items = items
            accounts.error = nil
            accounts.selection.select(items.firstIndex { $0.ref == selectedID } ?? accounts.selection.index,
                                      count: items.count)
            // The open account's header shows the fresh balance and label too (after a payment or a relabel).
            if let open = transactions.accountInfo, let fresh = items.first(where: { $0.ref == open.ref }) {
                transactions.accountInfo?.balance = fresh.balance ?? open.balance
                transactions.accountInfo?.label = fresh.label ?? open.label
            }
        case .failure(let error):
            accounts.error = error.userMessage
            fail(error.userMessage)
        }
    }
}
