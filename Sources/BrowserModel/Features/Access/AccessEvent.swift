import BankKit

/// The access screen's keys and the results of its requests.
public enum AccessEvent: Sendable {
    case loaded(Result<AccessTable, BankError>)
    case previousColumn
    case nextColumn
    case toggle
    case grant
    case granted(username: String, Result<[ViewSummary], BankError>)
    case revoked(username: String, viewID: ViewID, Result<Void, BankError>)
}

/// Who has which view of an account: the grid's rows (users) and columns (every view of the account, also
/// those nobody has yet).
public struct AccessTable: Sendable, Hashable {
    public var grants: [AccessGrant]
    public var views: [ViewSummary]

    public init(grants: [AccessGrant], views: [ViewSummary]) {
        self.grants = grants
        self.views = views
    }
}
