extension AppState {
    /// Browses again from the banks pane, as after start: the provider now answers for someone else (`:customer`),
    /// so nothing listed or cached before is theirs. The generation moves on, so answers still in flight for the
    /// last one are dropped.
    mutating func restartBrowsing() -> [Effect] {
        let (generation, pageLimit) = (transactions.generation + 1, transactions.pageLimit)
        transactions = TransactionList()
        transactions.generation = generation
        transactions.pageLimit = pageLimit
        accounts = AccountList()
        detail = TransactionDetail()
        cache = PageCache(capacity: cache.capacity)
        user = nil
        depth = .banks
        focus = .banks
        banks.isLoading = true
        return [.loadUser, .loadBanks]
    }
}
