import BankKit

extension AppState {
    /// A screen changed accounts on the server (a payment, a label, a new account). Their cached pages no longer
    /// match it, so they are dropped; the accounts pane is read again when it lists one of them, and so is the open
    /// account's list, with the cursor put on `transactionID` (the payment just made) when the list shows it.
    mutating func accountsChanged(_ changed: [AccountRef], select transactionID: TransactionID?) -> [Effect] {
        for account in changed { cache.invalidate(provider: providerName, account: account, view: nil) }
        var effects: [Effect] = []
        if let bankID = accounts.bankID, changed.contains(where: { $0.bankID == bankID }) {
            effects += loadAccounts(bankID)
        }
        if let account = transactions.account, changed.contains(account), let viewID = transactions.viewID {
            let target = transactionID.map { TransactionList.RestoreTarget(id: $0, index: 0) } ?? currentRestoreTarget
            effects += reloadTransactions(account, view: viewID, keeping: target)
        }
        return effects
    }
}
