import BankKit

/// The views screen's keys and the results of its requests.
public enum ViewsEvent: Sendable {
    case loaded(Result<[ViewDetails], BankError>)
    case previousColumn
    case nextColumn
    case toggle
    case save
    case newView
    case delete
    case saved(viewID: String, Result<ViewDetails, BankError>)
    case created(Result<ViewDetails, BankError>)
    case deleted(viewID: String, Result<Void, BankError>)
}

/// One row of the views matrix: a group's heading or one of its `can_*` flags.
public enum ViewsMatrixRow: Sendable, Hashable {
    case group(ViewFlag.Group)
    case flag(ViewFlag)

    /// Every row, in `ViewFlag.byGroup`'s order, each group under its heading.
    static let all: [ViewsMatrixRow] = ViewFlag.byGroup.flatMap { [.group($0.group)] + $0.flags.map { .flag($0) } }
}
