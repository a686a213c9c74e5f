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
    case compare
    case saved(viewID: ViewID, Result<ViewDetails, BankError>)
    case created(Result<ViewDetails, BankError>)
    case deleted(viewID: ViewID, Result<Void, BankError>)
}

/// A view's setting that is not a `can_*` flag but decides what the view shows: which counterparty name, whether
/// anyone may use it without a grant, whether an alias hides the counterparty's metadata.
public enum ViewSetting: String, Sendable, Hashable, CaseIterable {
    case alias = "which_alias_to_use"
    case isPublic = "is_public"
    case hideMetadataIfAliasUsed = "hide_metadata_if_alias_used"

    /// The setting as a cell shows it.
    func text(in spec: ViewSpec) -> String {
        switch self {
        case .alias: spec.alias == .none ? "none" : spec.alias.rawValue
        case .isPublic: spec.isPublic ? "✓" : "·"
        case .hideMetadataIfAliasUsed: spec.hideMetadataIfAliasUsed ? "✓" : "·"
        }
    }

    /// What Space makes of it: the alias goes round none, public, private; the others switch.
    func toggled(in spec: ViewSpec) -> ViewSpec {
        var spec = spec
        switch self {
        case .alias:
            let order: [ViewAlias] = [.none, .publicAlias, .privateAlias]
            spec.alias = order[((order.firstIndex(of: spec.alias) ?? 0) + 1) % order.count]
        case .isPublic: spec.isPublic.toggle()
        case .hideMetadataIfAliasUsed: spec.hideMetadataIfAliasUsed.toggle()
        }
        return spec
    }
}

/// One row of the views matrix: a heading, a setting, or one of a group's `can_*` flags.
public enum ViewsMatrixRow: Sendable, Hashable {
    case settings
    case setting(ViewSetting)
    case group(ViewFlag.Group)
    case flag(ViewFlag)

    /// The settings first (what a new view most often changes), then every flag in `ViewFlag.byGroup`'s order,
    /// each group under its heading.
    static let all: [ViewsMatrixRow] = [.settings] + ViewSetting.allCases.map { .setting($0) }
        + ViewFlag.byGroup.flatMap { [.group($0.group)] + $0.flags.map { .flag($0) } }
}
