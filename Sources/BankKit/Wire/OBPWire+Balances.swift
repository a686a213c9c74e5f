import Foundation

extension OBPWire {
    /// `GET /banks/B/balances` (v4+, `getBankAccountsBalances`): account id -> balance, for the accounts whose view
    /// shows one. OBP lists balances by type; the first with an amount is the account's balance.
    public static func balances(_ data: Data) throws(BankError) -> [AccountRef: Money] {
        var result = [AccountRef: Money]()
        for account in try balanceAccounts(data) {
            if let balance = account.balance { result[account.ref] = balance }
        }
        return result
    }

    /// The same list as accounts: each with its label, its balance when a view shows one, and its
    /// `account_routings` (OBP's AccountBalanceJsonV400), the only v4+ account list that carries the number.
    public static func balanceAccounts(_ data: Data) throws(BankError) -> [Account] {
        let top = try top(data, "balances")
        return try list(top, "accounts", "balances").compactMap { object in
            guard let id: AccountID = object.id("account_id"), let bankID: BankID = object.id("bank_id") else { return nil }
            let routings = routings(object)
            return Account(ref: AccountRef(bankID: bankID, accountID: id), label: object.string("label"),
                           number: routings.first { $0.scheme.lowercased() == "accountnumber" }?.address,
                           balance: (object.objects("balances") ?? []).lazy.compactMap(money).first, routings: routings)
        }
    }
}
