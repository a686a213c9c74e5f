import BankKit
import GRDB

/// The account and view a request is made through, after OBP's checks in OBP's order: bank, account, view,
/// then (for a non-public view) a logged-in user who has been granted that view.
struct ViewAccess: Sendable {
    let bank: BankRecord
    let account: AccountRecord
    let view: ViewDefinition

    static func resolve(_ db: Database, bankID: String, accountID: String, viewID: String, userID: String?) throws -> ViewAccess {
        let (bank, account) = try resolveAccount(db, bankID: bankID, accountID: accountID)
        guard let view = try ViewStore.view(db, bankID: bankID, accountID: accountID, viewID: viewID) else {
            throw OBPError.viewNotFound
        }
        if !view.isPublic {
            guard let userID else { throw OBPError.notLoggedIn }
            guard try StoreReads.accessibleViewIDs(db, userID: userID, bankID: bankID, accountID: accountID)
                .contains(viewID) else { throw OBPError.noViewAccess }
        }
        return ViewAccess(bank: bank, account: account, view: view)
    }

    static func resolveAccount(_ db: Database, bankID: String, accountID: String) throws -> (BankRecord, AccountRecord) {
        guard let bank = try StoreReads.bank(db, id: bankID) else { throw OBPError.bankNotFound }
        guard let account = try StoreReads.account(db, bankID: bankID, accountID: accountID) else {
            throw OBPError.accountNotFound
        }
        return (bank, account)
    }

    func require(_ flag: ViewFlag) throws {
        guard view.can(flag) else { throw OBPError.noPermission(flag.rawValue) }
    }

    /// Where this view's metadata is kept: its metadata view, shared with every view that names the same one.
    func metadataTarget(transactionID: String) -> AnnotationTarget {
        AnnotationTarget(bankID: account.bankID, accountID: account.id, transactionID: transactionID,
                         viewID: view.metadataView)
    }
}
