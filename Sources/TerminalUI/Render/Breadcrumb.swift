import BrowserModel

/// The header's path: profile / bank / account / view, as far as the user has opened.
enum Breadcrumb {
    static func segments(of state: AppState) -> [SafeText] {
        var parts = [SafeText(state.profileName)]
        if state.depth >= .accounts, let bank = state.accounts.bankID {
            let name = state.banks.items.first { $0.id == bank }?.shortName ?? bank
            parts.append(SafeText(name.isEmpty ? bank : name))
        }
        if state.depth >= .transactions, let account = state.transactions.account {
            let label = state.transactions.accountInfo?.label ?? account.accountID
            parts.append(SafeText(label.isEmpty ? account.accountID : label))
            // A provider without views (OP) browses through one it names for the API's sake: not the user's.
            if state.capabilities.supportsViews, let view = state.transactions.viewID {
                parts.append("view: \(view)")
            }
        }
        if state.depth == .detail, let tx = state.transactions.selectedTransaction {
            parts.append("tx \(String(tx.id.prefix(8)))")
        }
        // The stack is the breadcrumb: each screen opened over the browser adds its name.
        parts += state.screens.map { ":\(type(of: $0.screen).name)" }
        return parts
    }
}
