import BankKit

extension AppState {
    /// A screen changed a view of `account` (its flags, or made or deleted it): pages cached through it no longer
    /// say what the server says. The browser's view list is read again, and a list showing that view reloads
    /// now, so going back to it shows the change without `r`.
    mutating func viewChanged(_ account: AccountRef, viewID: ViewID) -> [Effect] {
        cache.invalidate(provider: providerName, account: account, view: viewID)
        guard transactions.account == account else { return [] }
        var effects: [Effect] = [.loadViews(account, generation: transactions.generation)]
        if transactions.viewID == viewID { effects += loadFirstPages(keeping: currentRestoreTarget) }
        return effects
    }
}
