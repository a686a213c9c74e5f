import BankKit

/// The transaction an annotation is written to: metadata lives per view, so the view is part of the address.
public struct AnnotationTarget: Sendable, Hashable, Codable {
    public var provider: String
    public var account: AccountRef
    public var viewID: ViewID
    public var transactionID: TransactionID

    public init(provider: String, account: AccountRef, viewID: ViewID, transactionID: TransactionID) {
        self.provider = provider
        self.account = account
        self.viewID = viewID
        self.transactionID = transactionID
    }
}
