import BankKit

extension AppState {
    /// A screen changed a view of `account` (its flags, or made or deleted it): pages cached through it no longer
    /// say what the server says. The browser's view list is read again, and a list showing that view reloads
    /// now, so going back to it shows the change without `r`.
    mutating func viewChanged(_ account: AccountRef, viewID: ViewID) -> [Effect] {
        cache.invalidate(provider: providerName, account: account, view: viewID)
        // The listed account's views lose their flags, so opening it asks for the changed ones.
        if let index = accounts.items.firstIndex(where: { $0.ref == account }) {
            accounts.items[index].views = accounts.items[index].views.map { view in
                var view = view
                view.permissions = nil
                return view
            }
        }
        guard transactions.account == account else { return [] }
        var effects: [Effect] = [.loadViews(account, generation: transactions.generation)]
        if transactions.viewID == viewID { effects += loadFirstPages(keeping: currentRestoreTarget) }
        return effects
    }
}
