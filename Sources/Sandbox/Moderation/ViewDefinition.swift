/// A view: which fields of an account and its transactions a caller sees, and which metadata it may change.
struct ViewDefinition: Sendable {
    enum Alias: String, Sendable {
        case none = ""
        case publicAlias = "public"
        case privateAlias = "private"
    }

    let id: String
    let shortName: String
    let description: String
    let isPublic: Bool
    let alias: Alias
    let flags: Set<ViewFlag>

    func can(_ flag: ViewFlag) -> Bool { flags.contains(flag) }

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

    static func named(_ id: String) -> ViewDefinition? { all.first { $0.id == id } }
}
