import BankKit

/// The accounts pane: the accounts of one bank.
public struct AccountList: Sendable {
    /// The bank whose accounts these are; nil before a bank was opened.
    public internal(set) var bankID: BankID?
    public internal(set) var items: [Account] = []
    public internal(set) var selection = ListSelection()
    public internal(set) var isLoading = false
    public internal(set) var error: String?
    /// Bumped on every (re)load so that a late answer for an earlier bank is dropped.
    var generation = 0

    public init() {}

    public var selected: Account? { items.indices.contains(selection.index) ? items[selection.index] : nil }
}
