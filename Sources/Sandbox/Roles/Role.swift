/// OBP's roles (entitlements), named as OBP-API's `ApiRole` names them. A bank role is held at one bank; a system
/// role is held with an empty bank id. The sandbox knows the roles its own role-gated calls ask for and the ones
/// that manage entitlements, users, customers, accounts and payments; granting any other name is OBP-10007.
enum Role: String, CaseIterable, Sendable, Comparable {
    // Entitlements and users
    case canCreateEntitlementAtAnyBank = "CanCreateEntitlementAtAnyBank"
    case canCreateEntitlementAtOneBank = "CanCreateEntitlementAtOneBank"
    case canDeleteEntitlementAtAnyBank = "CanDeleteEntitlementAtAnyBank"
    case canDeleteEntitlementAtOneBank = "CanDeleteEntitlementAtOneBank"
    case canGetEntitlementsForAnyUserAtAnyBank = "CanGetEntitlementsForAnyUserAtAnyBank"
    case canGetEntitlementsForAnyUserAtOneBank = "CanGetEntitlementsForAnyUserAtOneBank"
    case canGetEntitlementsForAnyBank = "CanGetEntitlementsForAnyBank"
    case canGetEntitlementsForOneBank = "CanGetEntitlementsForOneBank"
    case canGetAnyUser = "CanGetAnyUser"
    // Banks, branches, accounts
    case canCreateBank = "CanCreateBank"
    case canCreateBranch = "CanCreateBranch"
    case canCreateAccount = "CanCreateAccount"
    case canUpdateAccount = "CanUpdateAccount"
    case canCreateAccountAttributeAtOneBank = "CanCreateAccountAttributeAtOneBank"
    case canUpdateAccountAttribute = "CanUpdateAccountAttribute"
    case canCreateProductAttribute = "CanCreateProductAttribute"
    case canUseAccountFirehose = "CanUseAccountFirehose"
    case canUseAccountFirehoseAtAnyBank = "CanUseAccountFirehoseAtAnyBank"
    case canSeeAccountAccessForAnyUser = "CanSeeAccountAccessForAnyUser"
    // Views
    case canCreateSystemView = "CanCreateSystemView"
    case canGetSystemView = "CanGetSystemView"
    case canUpdateSystemView = "CanUpdateSystemView"
    case canDeleteSystemView = "CanDeleteSystemView"
    // Payments, counterparties, FX
    case canCreateAnyTransactionRequest = "CanCreateAnyTransactionRequest"
    case canCreateHistoricalTransaction = "CanCreateHistoricalTransaction"
    case canCreateTransactionType = "CanCreateTransactionType"
    case canCreateCounterparty = "CanCreateCounterparty"
    case canCreateCounterpartyAtAnyBank = "CanCreateCounterpartyAtAnyBank"
    case canGetCounterparty = "CanGetCounterparty"
    case canGetCounterpartiesAtAnyBank = "CanGetCounterpartiesAtAnyBank"
    case canCreateFxRate = "CanCreateFxRate"
    case canCreateFxRateAtAnyBank = "CanCreateFxRateAtAnyBank"
    case canReadFx = "CanReadFx"
    // Customers
    case canCreateCustomer = "CanCreateCustomer"
    case canCreateCustomerAtAnyBank = "CanCreateCustomerAtAnyBank"
    case canGetCustomers = "CanGetCustomers"
    case canGetCustomersAtAnyBank = "CanGetCustomersAtAnyBank"
    case canGetCustomer = "CanGetCustomer"
    case canCreateUserCustomerLink = "CanCreateUserCustomerLink"
    case canCreateUserCustomerLinkAtAnyBank = "CanCreateUserCustomerLinkAtAnyBank"
    case canGetUserCustomerLink = "CanGetUserCustomerLink"
    case canGetUserCustomerLinkAtAnyBank = "CanGetUserCustomerLinkAtAnyBank"
    case canAddSocialMediaHandle = "CanAddSocialMediaHandle"
    case canGetSocialMediaHandles = "CanGetSocialMediaHandles"
    // Dynamic entities
    case canCreateSystemLevelDynamicEntity = "CanCreateSystemLevelDynamicEntity"
    case canGetSystemLevelDynamicEntities = "CanGetSystemLevelDynamicEntities"
    case canCreateBankLevelDynamicEntity = "CanCreateBankLevelDynamicEntity"
    case canGetBankLevelDynamicEntities = "CanGetBankLevelDynamicEntities"
    case canUpdateSystemLevelDynamicEntity = "CanUpdateSystemLevelDynamicEntity"
    case canDeleteSystemLevelDynamicEntity = "CanDeleteSystemLevelDynamicEntity"
    case canUpdateBankLevelDynamicEntity = "CanUpdateBankLevelDynamicEntity"
    case canDeleteBankLevelDynamicEntity = "CanDeleteBankLevelDynamicEntity"

    /// Whether OBP holds this role at one bank (`requiresBankId = true` in `ApiRole`) rather than system-wide.
    var requiresBankID: Bool {
        switch self {
        case .canCreateEntitlementAtAnyBank, .canDeleteEntitlementAtAnyBank, .canGetEntitlementsForAnyUserAtAnyBank,
             .canGetEntitlementsForAnyBank, .canGetAnyUser, .canCreateBank, .canUseAccountFirehoseAtAnyBank,
             .canSeeAccountAccessForAnyUser, .canCreateSystemView, .canGetSystemView, .canUpdateSystemView,
             .canDeleteSystemView, .canCreateHistoricalTransaction, .canCreateCounterpartyAtAnyBank,
             .canGetCounterpartiesAtAnyBank, .canCreateFxRateAtAnyBank, .canCreateCustomerAtAnyBank,
             .canGetCustomersAtAnyBank, .canCreateUserCustomerLinkAtAnyBank, .canGetUserCustomerLinkAtAnyBank,
             .canCreateSystemLevelDynamicEntity, .canGetSystemLevelDynamicEntities, .canUpdateSystemLevelDynamicEntity,
             .canDeleteSystemLevelDynamicEntity:
            false
        default:
            true
        }
    }

    static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }
}
