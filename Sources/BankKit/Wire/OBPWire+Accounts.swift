import Foundation

extension OBPWire {
    /// The account lists: `/banks/B/accounts` (v4+, `views_available`), `/banks/B/accounts/private`,
    /// `/banks/B/accounts/public`, `/my/accounts` (`views`), `/banks/B/accounts-held`. `bank` fills in a missing
    /// `bank_id` when the list is for one bank.
    public static func accounts(_ data: Data, bank: BankID?) throws(BankError) -> [Account] {
        let top = try top(data, "accounts")
        return try list(top, "accounts", "accounts").compactMap { object in
            guard let id: AccountID = object.id("id"), let bankID = object.id("bank_id") ?? bank else { return nil }
            let views = (object.objects("views_available") ?? object.objects("views") ?? []).compactMap(view)
            return Account(ref: AccountRef(bankID: bankID, accountID: id), label: object.string("label"),
                           number: object.string("number"), owners: owners(object),
                           type: object.string("account_type") ?? object.string("type"),
                           balance: money(object.object("balance")), routings: routings(object), views: views)
        }
    }

    /// `GET /banks/B/accounts/A/V/account` and the public variant: the account as one view shows it.
    public static func account(_ data: Data, ref: AccountRef) throws(BankError) -> Account {
        let object = try top(data, "account")
        let id = object.id("id") ?? ref.accountID
        let bankID = object.id("bank_id") ?? ref.bankID
        let views = (object.objects("views_available") ?? object.objects("views") ?? []).compactMap(view)
        return Account(ref: AccountRef(bankID: bankID, accountID: id), label: object.string("label"),
                       number: object.string("number"), owners: owners(object),
                       type: object.string("type") ?? object.string("account_type") ?? object.string("product_code"),
                       balance: money(object.object("balance")), routings: routings(object), views: views,
                       attributes: (object.objects("account_attributes") ?? []).map(accountAttribute))
    }

    private static func owners(_ object: JSONObject) -> [String] {
        (object.objects("owners") ?? []).compactMap { $0.string("display_name") ?? $0.string("id") }
    }
}
