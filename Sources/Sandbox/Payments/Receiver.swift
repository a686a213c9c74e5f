import BankKit
import GRDB

/// Where a payment's money goes: one of the sandbox's accounts (which is credited), or an outside party (only
/// the sender is debited), with the name and routing the sender's statement shows.
struct Receiver: Sendable {
    let account: AccountRecord?
    let name: String
    let bank: String
    let routing: String

    static func resolve(_ db: Database, _ target: PaymentOrder.Target, sender: AccountRecord) throws -> Receiver {
        switch target {
        case .sender:
            return try sandboxAccount(db, sender)
        case .account(let bankID, let accountID):
            guard try StoreReads.bank(db, id: bankID) != nil else { throw OBPError.bankNotFound }
            guard let account = try StoreReads.account(db, bankID: bankID, accountID: accountID) else {
                throw OBPError.accountNotFound
            }
            return try sandboxAccount(db, account)
        case .iban(let iban):
            if let account = try account(db, iban: iban) { return try sandboxAccount(db, account) }
            return Receiver(account: nil, name: iban, bank: "", routing: iban)
        case .counterparty(let id):
            guard let counterparty = try ExplicitCounterpartyStore.counterparty(db, bankID: sender.bankID,
                                                                              accountID: sender.id, id: id) else {
                throw OBPError.counterpartyNotFound
            }
            let routed = try routed(db, bank: counterparty.otherBankRoutingAddress,
                                    scheme: counterparty.otherAccountRoutingScheme,
                                    address: counterparty.otherAccountRoutingAddress,
                                    secondaryScheme: counterparty.otherAccountSecondaryRoutingScheme,
                                    secondaryAddress: counterparty.otherAccountSecondaryRoutingAddress)
            return try routed.map { try sandboxAccount(db, $0) }
                ?? Receiver(account: nil, name: counterparty.name, bank: counterparty.otherBankRoutingAddress,
                            routing: counterparty.otherAccountRoutingAddress)
        case .routed(let name, let bank, let scheme, let address, let secondaryScheme, let secondaryAddress):
            let routed = try routed(db, bank: bank, scheme: scheme, address: address, secondaryScheme: secondaryScheme,
                                    secondaryAddress: secondaryAddress)
            return try routed.map { try sandboxAccount(db, $0) }
                ?? Receiver(account: nil, name: name.isEmpty ? address : name, bank: bank, routing: address)
        }
    }

    /// The sandbox account a routing names: OBP/ACCOUNT_ID at a bank here, an IBAN, or an account number.
    private static func routed(_ db: Database, bank: String, scheme: String, address: String, secondaryScheme: String,
                               secondaryAddress: String) throws -> AccountRecord? {
        for (scheme, address) in [(scheme, address), (secondaryScheme, secondaryAddress)] where !address.isEmpty {
            switch scheme.uppercased() {
            case "OBP", "ACCOUNT_ID", "ACCOUNTID":
                if let account = try StoreReads.account(db, bankID: bank, accountID: address) { return account }
            case "IBAN":
                if let account = try account(db, iban: address) { return account }
            case "ACCOUNTNUMBER", "ACCOUNT_NUMBER":
                if let account = try Row.fetchOne(db, sql: "SELECT id FROM account WHERE bank_id = ? AND number = ?",
                                                  arguments: [bank, address]).flatMap({ row -> String? in row[0] }),
                   let record = try StoreReads.account(db, bankID: bank, accountID: account) { return record }
            default:
                continue
            }
        }
        return nil
    }

    /// Stored IBANs keep the spaces they were imported with; compared in electronic form.
    private static func account(_ db: Database, iban: String) throws -> AccountRecord? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT bank_id, id FROM account WHERE iban != '' AND replace(upper(iban), ' ', '') = ? ORDER BY bank_id, id LIMIT 1
            """, arguments: [IBAN.normalized(iban)]) else { return nil }
        return try StoreReads.account(db, bankID: row[0], accountID: row[1])
    }

    private static func sandboxAccount(_ db: Database, _ account: AccountRecord) throws -> Receiver {
        let owners = try StoreReads.owners(db, bankID: account.bankID, accountID: account.id)
        let name = owners.isEmpty ? account.label : owners.map(\.username).joined(separator: ", ")
        return Receiver(account: account, name: name, bank: account.bankID,
                        routing: account.iban.isEmpty ? account.number : account.iban)
    }
}
