import Foundation

extension OBPWire {
    /// `GET /banks/B/balances` (v4+, `getBankAccountsBalances`): account id -> balance, for the accounts whose view
    /// shows one. OBP lists balances by type; the first with an amount is the account's balance.
    public static func balances(_ data: Data) throws(BankError) -> [AccountRef: Money] {
        let top = try top(data, "balances")
        var result = [AccountRef: Money]()
        for object in try list(top, "accounts", "balances") {
            guard let id: AccountID = object.id("account_id"), let bankID: BankID = object.id("bank_id"),
                  let money = (object.objects("balances") ?? []).lazy.compactMap(money).first else { continue }
            result[AccountRef(bankID: bankID, accountID: id)] = money
        }
        return result
    }
}
