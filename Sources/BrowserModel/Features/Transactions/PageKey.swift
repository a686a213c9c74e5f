import BankKit

/// Names one page of one account's transactions as seen through one view of one provider.
public struct PageKey: Sendable, Hashable {
    public var provider: String
    public var account: AccountRef
    public var view: ViewID
    public var offset: Int
    public var limit: Int

    public init(provider: String, account: AccountRef, view: ViewID, offset: Int, limit: Int) {
        self.provider = provider
        self.account = account
        self.view = view
        self.offset = offset
        self.limit = limit
    }

    public var request: PageRequest { PageRequest(limit: limit, offset: offset) }
}
