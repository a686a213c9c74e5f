import BankKit

/// A view: which fields of an account and its transactions a caller sees, and which metadata it may change.
/// System views (`owner`, `accountant`, `auditor`) are fixed; custom views (`_name`) are made per account through
/// the API and stored, and `_public` is the custom view every account starts with.
struct ViewDefinition: Sendable, Equatable {
    enum Alias: String, Sendable {
        case none = ""
        case publicAlias = "public"
        case privateAlias = "private"

        /// OBP's `which_alias_to_use`: `public` and `private` choose an alias, anything else means none.
        init(whichAliasToUse: String) { self = Alias(rawValue: whichAliasToUse) ?? .none }
    }

    let id: String
    let shortName: String
    let description: String
    let isPublic: Bool
    let alias: Alias
    let flags: Set<ViewFlag>
    /// The view whose tags, comments, images, where tags and narratives this view reads and writes: views naming
    /// the same metadata view share them.
    var metadataView: String
    /// With an alias in use, the counterparty's metadata (aliases, more info, URLs) is hidden too.
    var hideMetadataIfAliasUsed = false

    init(id: String, shortName: String, description: String, isPublic: Bool, alias: Alias, flags: Set<ViewFlag>,
         metadataView: String? = nil, hideMetadataIfAliasUsed: Bool = false) {
        self.id = id
        self.shortName = shortName
        self.description = description
        self.isPublic = isPublic
        self.alias = alias
        self.flags = flags
        self.metadataView = metadataView.flatMap { $0.isEmpty ? nil : $0 } ?? id
        self.hideMetadataIfAliasUsed = hideMetadataIfAliasUsed
    }

    func can(_ flag: ViewFlag) -> Bool { flags.contains(flag) }

    /// OBP's rule: custom view ids start with `_`, system view ids never do.
    var isSystem: Bool { !id.hasPrefix("_") }

    /// Whether this view administers the account: creates, changes and deletes custom views, lists who has
    /// access, grants and revokes. In OBP these are the system-only `can_create_custom_view`,
    /// `can_grant_access_to_views`, ... flags, which the owner view has and custom views never get.
    var administers: Bool { id == Self.owner.id }

    /// The views every imported or generated account gets. Owner sees and may do everything; accountant sees
    /// everything and annotates but cannot edit the owner's narrative; auditor only reads (so clients can show a
    /// 403 when it tries to tag); `_public` hides balances and shows counterparties by their public alias.
    static let owner = ViewDefinition(
        id: "owner", shortName: "Owner", description: "This view is for the owner for the account.",
        isPublic: false, alias: .none, flags: Set(ViewFlag.allCases))

    static let accountant = ViewDefinition(
        id: "accountant", shortName: "Accountant", description: "This view is for the accountant for the account.",
        isPublic: false, alias: .none,
        flags: Set(ViewFlag.allCases).subtracting([.canEditOwnerComment, .canAddTransactionRequestToAnyAccount,
                                                   .canAddTransactionRequestToOwnAccount, .canCreateDirectDebit,
                                                   .canCreateStandingOrder]))

    static let auditor = ViewDefinition(
        id: "auditor", shortName: "Auditor", description: "This view is for the auditor for the account.",
        isPublic: false, alias: .none,
        flags: Set(ViewFlag.allCases.filter { $0.rawValue.hasPrefix("can_see_") }))

    static let publicView = ViewDefinition(
        id: "_public", shortName: "Public", description: "This view is for the public.",
        isPublic: true, alias: .publicAlias,
        flags: Set(ViewFlag.allCases.filter { $0.rawValue.hasPrefix("can_see_") }).subtracting([
            .canSeeBankAccountBalance, .canSeeTransactionBalance, .canSeeBankAccountIBAN, .canSeeBankAccountNumber,
            .canSeeBankAccountOwners, .canSeeOwnerComment, .canSeePrivateAlias, .canSeeOtherAccountIBAN,
            .canSeeOtherAccountNumber, .canSeeBankAccountRoutingAddress, .canSeeOtherAccountRoutingAddress,
            .canSeeBankAccountCreditLimit,
        ]).union([.canAddComment]))

    static let all = [owner, accountant, auditor, publicView]

    /// A built-in view by id; an account's own views come from `StoreReads.view`, which also finds custom ones.
    static func named(_ id: String) -> ViewDefinition? { all.first { $0.id == id } }
}
