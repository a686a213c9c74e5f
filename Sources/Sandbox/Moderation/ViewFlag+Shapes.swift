import BankKit

/// The flags live in BankKit, one list for client and server; this name keeps them in scope in every sandbox file.
typealias ViewFlag = BankKit.ViewFlag

/// Which flags each of OBP's view JSON shapes carries.
extension ViewFlag {
    /// The flags OBP's older account view JSON (`views_available` of an account, v1.2.1's view) carries.
    static let accountViewFlags: [ViewFlag] = allCases.filter {
        ![.canAddCounterparty, .canQueryAvailableFunds].contains($0) && !$0.isLater
    }

    private var isLater: Bool {
        switch self {
        case .canSeeBankRoutingScheme, .canSeeBankRoutingAddress, .canSeeBankAccountRoutingScheme,
             .canSeeBankAccountRoutingAddress, .canSeeOtherBankRoutingScheme, .canSeeOtherBankRoutingAddress,
             .canSeeOtherAccountRoutingScheme, .canSeeOtherAccountRoutingAddress,
             .canAddTransactionRequestToOwnAccount, .canAddTransactionRequestToAnyAccount,
             .canSeeBankAccountCreditLimit, .canCreateDirectDebit, .canCreateStandingOrder:
            return true
        default:
            return false
        }
    }
}
