import BankKit

/// Where the user was when a screen opened: what the browse panes had selected. A screen copies what it needs;
/// it never reaches back into the browser's state.
public struct ScreenContext: Sendable {
    public var providerName: String
    public var capabilities: ProviderCapabilities
    public var user: User?
    /// The bank whose accounts are open, else the bank selected in the banks pane.
    public var bank: Bank?
    /// The account whose transactions are open.
    public var account: Account?
    /// The account under the cursor in the accounts pane while no account is open (what `p` and `L` act on).
    public var selectedAccount: Account?
    public var viewID: ViewID?
    public var transactionID: TransactionID?
    /// The drafts not saved yet, for a screen that shows its own (the counterparties screen's fields).
    public var drafts: [Draft]

    public init(providerName: String, capabilities: ProviderCapabilities, user: User? = nil, bank: Bank? = nil,
                account: Account? = nil, selectedAccount: Account? = nil, viewID: ViewID? = nil,
                transactionID: TransactionID? = nil, drafts: [Draft] = []) {
        self.providerName = providerName
        self.capabilities = capabilities
        self.user = user
        self.bank = bank
        self.account = account
        self.selectedAccount = selectedAccount
        self.viewID = viewID
        self.transactionID = transactionID
        self.drafts = drafts
    }
}

extension AppState {
    /// What the browse panes have selected, for a screen about to open.
    var screenContext: ScreenContext {
        let bankID = depth >= .accounts ? accounts.bankID : banks.selected?.id
        let bank = bankID.flatMap { id in banks.items.first { $0.id == id } ?? Bank(id: id, shortName: id.rawValue, fullName: id.rawValue) }
        let hasAccount = depth >= .transactions
        return ScreenContext(providerName: providerName, capabilities: capabilities, user: user, bank: bank,
                             account: hasAccount ? transactions.accountInfo : nil,
                             selectedAccount: depth == .accounts ? accounts.selected : nil,
                             viewID: hasAccount ? transactions.viewID : nil,
                             transactionID: depth == .detail ? transactions.selectedTransaction?.id : nil,
                             drafts: drafts)
    }
}
