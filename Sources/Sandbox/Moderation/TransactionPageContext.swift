import GRDB

/// What every page of one account's transactions through one view shares: the access check's result, the renderer
/// (which keeps the account and each counterparty serialised once) and where the account's transactions lie. Ten
/// queries and two renderings a page in a profile of uncached pages, now done once per data generation.
struct TransactionPageContext: Sendable {
    let access: ViewAccess
    let renderer: TransactionRenderer
    let layout: TransactionPositions.Layout
    let counterparties: CounterpartyDirectory
    /// The transactions' metadata through the view's metadata view; nil when the view sees no metadata.
    let metadata: AccountMetadata?

    static func load(_ db: Database, bankID: String, accountID: String, viewID: String, userID: String?,
                     users: UserRenderer) throws -> TransactionPageContext {
        let access = try ViewAccess.resolve(db, bankID: bankID, accountID: accountID, viewID: viewID, userID: userID)
        let renderer = TransactionRenderer(
            access: access, holders: try StoreReads.owners(db, bankID: bankID, accountID: accountID), users: users,
            counterparties: try CounterpartyMetadataStore.book(db, account: access.account))
        let metadata = access.view.can(.canSeeTransactionMetadata)
            ? try AccountMetadata.load(db, bankID: bankID, accountID: accountID, viewID: access.view.metadataView)
            : nil
        return TransactionPageContext(access: access, renderer: renderer,
                                      layout: try TransactionPositions.layout(db, bankID: bankID, accountID: accountID),
                                      counterparties: try CounterpartyDirectory.load(db, bankID: bankID, accountID: accountID),
                                      metadata: metadata)
    }
}
