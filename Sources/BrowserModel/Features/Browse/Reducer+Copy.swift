import BankKit

extension AppState {
    /// `y`, as lazygit copies: the bank's id, the account's IBAN (its id when the view shows no number), the
    /// transaction's id in the list and its amount in the detail.
    mutating func copySelection() {
        let text: String?
        switch focus {
        case .banks: text = banks.selected?.id.rawValue
        case .accounts:
            let account = accounts.selected
            text = account.map { $0.routings.first(where: \.isIBAN)?.address ?? $0.number ?? $0.ref.accountID.rawValue }
        case .transactions: text = transactions.selectedTransaction?.id.rawValue
        case .detail: text = transactions.selectedTransaction?.value.map { DisplayFormat.amount($0) + " " + $0.currency }
        }
        guard let text, !text.isEmpty else {
            fail(focus == .detail ? "this view hides the amount" : "nothing selected to copy")
            return
        }
        copy(text)
    }

    /// Asks the UI to put `text` on the terminal's clipboard (OSC 52), and says so.
    mutating func copy(_ text: String) {
        clipboardSequence += 1
        clipboard = ClipboardRequest(sequence: clipboardSequence, text: text)
        inform("copied \(text.count > 40 ? String(text.prefix(39)) + "…" : text)")
    }
}
