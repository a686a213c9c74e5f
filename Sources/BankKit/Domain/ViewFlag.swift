/// OBP's view permission flags (`can_*`), in the order OBP's view JSON lists them: the one list of these names
/// that the sandbox moderates by and clients build view requests from. `ViewPermission` is the open wire value
/// (a server may send names this list does not know); this is the closed catalogue.
public enum ViewFlag: String, CaseIterable, Sendable {
    case canAddComment = "can_add_comment"
    case canAddCorporateLocation = "can_add_corporate_location"
    case canAddImage = "can_add_image"
    case canAddImageURL = "can_add_image_url"
    case canAddMoreInfo = "can_add_more_info"
    case canAddOpenCorporatesURL = "can_add_open_corporates_url"
    case canAddPhysicalLocation = "can_add_physical_location"
    case canAddPrivateAlias = "can_add_private_alias"
    case canAddPublicAlias = "can_add_public_alias"
    case canAddTag = "can_add_tag"
    case canAddURL = "can_add_url"
    case canAddWhereTag = "can_add_where_tag"
    case canDeleteComment = "can_delete_comment"
    case canAddCounterparty = "can_add_counterparty"
    case canDeleteCorporateLocation = "can_delete_corporate_location"
    case canDeleteImage = "can_delete_image"
    case canDeletePhysicalLocation = "can_delete_physical_location"
    case canDeleteTag = "can_delete_tag"
    case canDeleteWhereTag = "can_delete_where_tag"
    case canEditOwnerComment = "can_edit_owner_comment"
    case canSeeBankAccountBalance = "can_see_bank_account_balance"
    case canQueryAvailableFunds = "can_query_available_funds"
    case canSeeBankAccountBankName = "can_see_bank_account_bank_name"
    case canSeeBankAccountCurrency = "can_see_bank_account_currency"
    case canSeeBankAccountIBAN = "can_see_bank_account_iban"
    case canSeeBankAccountLabel = "can_see_bank_account_label"
    case canSeeBankAccountNationalIdentifier = "can_see_bank_account_national_identifier"
    case canSeeBankAccountNumber = "can_see_bank_account_number"
    case canSeeBankAccountOwners = "can_see_bank_account_owners"
    case canSeeBankAccountSwiftBic = "can_see_bank_account_swift_bic"
    case canSeeBankAccountType = "can_see_bank_account_type"
    case canSeeComments = "can_see_comments"
    case canSeeCorporateLocation = "can_see_corporate_location"
    case canSeeImageURL = "can_see_image_url"
    case canSeeImages = "can_see_images"
    case canSeeMoreInfo = "can_see_more_info"
    case canSeeOpenCorporatesURL = "can_see_open_corporates_url"
    case canSeeOtherAccountBankName = "can_see_other_account_bank_name"
    case canSeeOtherAccountIBAN = "can_see_other_account_iban"
    case canSeeOtherAccountKind = "can_see_other_account_kind"
    case canSeeOtherAccountMetadata = "can_see_other_account_metadata"
    case canSeeOtherAccountNationalIdentifier = "can_see_other_account_national_identifier"
    case canSeeOtherAccountNumber = "can_see_other_account_number"
    case canSeeOtherAccountSwiftBic = "can_see_other_account_swift_bic"
    case canSeeOwnerComment = "can_see_owner_comment"
    case canSeePhysicalLocation = "can_see_physical_location"
    case canSeePrivateAlias = "can_see_private_alias"
    case canSeePublicAlias = "can_see_public_alias"
    case canSeeTags = "can_see_tags"
    case canSeeTransactionAmount = "can_see_transaction_amount"
    case canSeeTransactionBalance = "can_see_transaction_balance"
    case canSeeTransactionCurrency = "can_see_transaction_currency"
    case canSeeTransactionDescription = "can_see_transaction_description"
    case canSeeTransactionFinishDate = "can_see_transaction_finish_date"
    case canSeeTransactionMetadata = "can_see_transaction_metadata"
    case canSeeTransactionOtherBankAccount = "can_see_transaction_other_bank_account"
    case canSeeTransactionStartDate = "can_see_transaction_start_date"
    case canSeeTransactionThisBankAccount = "can_see_transaction_this_bank_account"
    case canSeeTransactionType = "can_see_transaction_type"
    case canSeeURL = "can_see_url"
    case canSeeWhereTag = "can_see_where_tag"
    case canSeeBankRoutingScheme = "can_see_bank_routing_scheme"
    case canSeeBankRoutingAddress = "can_see_bank_routing_address"
    case canSeeBankAccountRoutingScheme = "can_see_bank_account_routing_scheme"
    case canSeeBankAccountRoutingAddress = "can_see_bank_account_routing_address"
    case canSeeOtherBankRoutingScheme = "can_see_other_bank_routing_scheme"
    case canSeeOtherBankRoutingAddress = "can_see_other_bank_routing_address"
    case canSeeOtherAccountRoutingScheme = "can_see_other_account_routing_scheme"
    case canSeeOtherAccountRoutingAddress = "can_see_other_account_routing_address"
    case canAddTransactionRequestToOwnAccount = "can_add_transaction_request_to_own_account"
    case canAddTransactionRequestToAnyAccount = "can_add_transaction_request_to_any_account"
    case canSeeBankAccountCreditLimit = "can_see_bank_account_credit_limit"
    case canCreateDirectDebit = "can_create_direct_debit"
    case canCreateStandingOrder = "can_create_standing_order"

    /// Where a flag belongs, for showing the ~70 flags in groups.
    public enum Group: String, CaseIterable, Sendable {
        case transactionFields = "transaction fields"
        case accountFields = "account fields"
        case counterparty
        case metadata
        case actions
    }

    public var group: Group {
        switch self {
        case .canSeeTransactionAmount, .canSeeTransactionBalance, .canSeeTransactionCurrency,
             .canSeeTransactionDescription, .canSeeTransactionFinishDate, .canSeeTransactionOtherBankAccount,
             .canSeeTransactionStartDate, .canSeeTransactionThisBankAccount, .canSeeTransactionType:
            .transactionFields
        case .canSeeBankAccountBalance, .canSeeBankAccountBankName, .canSeeBankAccountCurrency, .canSeeBankAccountIBAN,
             .canSeeBankAccountLabel, .canSeeBankAccountNationalIdentifier, .canSeeBankAccountNumber,
             .canSeeBankAccountOwners, .canSeeBankAccountSwiftBic, .canSeeBankAccountType, .canSeeBankRoutingScheme,
             .canSeeBankRoutingAddress, .canSeeBankAccountRoutingScheme, .canSeeBankAccountRoutingAddress,
             .canSeeBankAccountCreditLimit:
            .accountFields
        case .canSeeOtherAccountBankName, .canSeeOtherAccountIBAN, .canSeeOtherAccountKind,
             .canSeeOtherAccountMetadata, .canSeeOtherAccountNationalIdentifier, .canSeeOtherAccountNumber,
             .canSeeOtherAccountSwiftBic, .canSeeOtherBankRoutingScheme, .canSeeOtherBankRoutingAddress,
             .canSeeOtherAccountRoutingScheme, .canSeeOtherAccountRoutingAddress, .canSeePublicAlias,
             .canSeePrivateAlias, .canSeeMoreInfo, .canSeeURL, .canSeeImageURL, .canSeeOpenCorporatesURL,
             .canSeeCorporateLocation, .canSeePhysicalLocation, .canAddPublicAlias, .canAddPrivateAlias,
             .canAddMoreInfo, .canAddURL, .canAddImageURL, .canAddOpenCorporatesURL, .canAddCorporateLocation,
             .canAddPhysicalLocation, .canDeleteCorporateLocation, .canDeletePhysicalLocation:
            .counterparty
        case .canSeeTransactionMetadata, .canSeeOwnerComment, .canEditOwnerComment, .canSeeComments, .canAddComment,
             .canDeleteComment, .canSeeTags, .canAddTag, .canDeleteTag, .canSeeImages, .canAddImage, .canDeleteImage,
             .canSeeWhereTag, .canAddWhereTag, .canDeleteWhereTag:
            .metadata
        case .canAddCounterparty, .canQueryAvailableFunds, .canAddTransactionRequestToOwnAccount,
             .canAddTransactionRequestToAnyAccount, .canCreateDirectDebit, .canCreateStandingOrder:
            .actions
        }
    }

    /// Every flag under its group, groups in `Group` order and flags in OBP's: the rows of a views matrix.
    public static let byGroup: [(group: Group, flags: [ViewFlag])] = Group.allCases.map { group in
        (group, allCases.filter { $0.group == group })
    }

    /// A name from a view request's `allowed_actions`. OBP reads some flags under another name there
    /// (`can_see_narrative` sets `can_see_owner_comment`); those are accepted too.
    public init?(actionName: String) {
        guard let flag = ViewFlag(rawValue: actionName) ?? Self.actionSynonyms[actionName] else { return nil }
        self = flag
    }

    /// The request names OBP's `setFromViewData` reads for a flag whose JSON key differs.
    public static let actionSynonyms: [String: ViewFlag] = [
        "can_see_narrative": .canSeeOwnerComment,
        "can_edit_narrative": .canEditOwnerComment,
        "can_see_transaction_label": .canSeeTransactionDescription,
        "can_create_counterparty": .canAddCounterparty,
        "can_add_transaction_request_to_beneficiary": .canAddTransactionRequestToOwnAccount,
    ]

    /// Names OBP knows in `allowed_actions` that no view JSON of the served shapes carries (system-view
    /// administration, and flags of later OBP releases). Accepted and ignored, as OBP ignores the administrative
    /// ones on custom views; any other name is a mistake worth refusing.
    public static let otherActionNames: Set<String> = [
        "can_grant_access_to_custom_views", "can_revoke_access_to_custom_views", "can_create_custom_view",
        "can_delete_custom_view", "can_update_custom_view", "can_get_custom_view",
        "can_see_available_views_for_bank_account", "can_see_views_with_permissions_for_all_users",
        "can_see_views_with_permissions_for_one_user", "can_see_transaction_requests",
        "can_see_transaction_request_types", "can_update_bank_account_label", "can_see_bank_account_bank_permalink",
        "can_delete_counterparty", "can_get_counterparty", "can_see_transaction_status",
    ]
}

extension ViewPermission {
    public init(_ flag: ViewFlag) { self.init(rawValue: flag.rawValue) }
}

extension ViewFlag {
    /// The same flag as a view's permission set holds it.
    public var permission: ViewPermission { ViewPermission(rawValue: rawValue) }
}
