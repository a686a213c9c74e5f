/// A view: OBP's lens on an account that decides which fields and metadata a caller sees and may change.
public struct ViewSummary: Sendable, Hashable, Identifiable {
    public var id: ViewID
    public var shortName: String
    public var description: String
    public var isPublic: Bool
    public var isSystem: Bool
    /// The `can_*` flags that are true for this view; nil when the provider did not send them.
    public var permissions: Set<ViewPermission>?

    public init(id: ViewID, shortName: String, description: String = "", isPublic: Bool = false,
                isSystem: Bool = false, permissions: Set<ViewPermission>? = nil) {
        self.id = id
        self.shortName = shortName
        self.description = description
        self.isPublic = isPublic
        self.isSystem = isSystem
        self.permissions = permissions
    }

    /// Whether the view allows `permission`. An unknown permission set allows everything: the server decides.
    public func allows(_ permission: ViewPermission) -> Bool {
        permissions?.contains(permission) ?? true
    }
}

/// One of OBP's `can_*` view flags, named by its wire name (for example `can_add_tag`).
public struct ViewPermission: Sendable, Hashable, Codable, RawRepresentable, ExpressibleByStringLiteral,
    CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public static let canAddTag: ViewPermission = "can_add_tag"
    public static let canDeleteTag: ViewPermission = "can_delete_tag"
    public static let canSeeTags: ViewPermission = "can_see_tags"
    public static let canAddComment: ViewPermission = "can_add_comment"
    public static let canDeleteComment: ViewPermission = "can_delete_comment"
    public static let canSeeComments: ViewPermission = "can_see_comments"
    public static let canEditOwnerComment: ViewPermission = "can_edit_owner_comment"
    public static let canSeeOwnerComment: ViewPermission = "can_see_owner_comment"
    public static let canAddWhereTag: ViewPermission = "can_add_where_tag"
    public static let canDeleteWhereTag: ViewPermission = "can_delete_where_tag"
    public static let canSeeWhereTag: ViewPermission = "can_see_where_tag"
    public static let canAddImage: ViewPermission = "can_add_image"
    public static let canDeleteImage: ViewPermission = "can_delete_image"
    public static let canSeeImages: ViewPermission = "can_see_images"
    public static let canSeeTransactionAmount: ViewPermission = "can_see_transaction_amount"
    public static let canSeeTransactionBalance: ViewPermission = "can_see_transaction_balance"
    public static let canSeeTransactionDescription: ViewPermission = "can_see_transaction_description"
    public static let canSeeOtherAccountNumber: ViewPermission = "can_see_other_account_number"
    public static let canSeeBankAccountBalance: ViewPermission = "can_see_bank_account_balance"
}
