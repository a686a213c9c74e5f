/// Account shapes of the read routes added after v2: the core account (`/my/banks/B/accounts/A/account`, and
/// v5.1's `/banks/B/accounts/A/views/V`), the public account and accounts held.
enum CoreAccountRenderer {
    /// v4's `ModeratedCoreAccountJsonV400`; `views` are the private views the caller has on the account.
    static func coreV400(_ access: ViewAccess, views: [ViewDefinition]) -> JSON {
        let view = access.view, account = access.account
        return .obj([
            "id": .string(account.id), "bank_id": .string(account.bankID),
            "label": .string(account.label, visible: view.can(.canSeeBankAccountLabel)),
            "number": .string(account.number, visible: view.can(.canSeeBankAccountNumber)),
            "product_code": .string(account.type, visible: view.can(.canSeeBankAccountType)),
            "balance": view.can(.canSeeBankAccountBalance) ? AccountRenderer.money(account.balance, account.currency) : .null,
            "account_routings": AccountRenderer.routings(access),
            "views_basic": .array(views.filter { !$0.isPublic }.map { .string($0.id) }),
        ])
    }

    /// v2 and v3's core account, and v3's public account (`ModeratedCoreAccountJsonV300`).
    static func coreV300(_ access: ViewAccess, owners: [UserRecord], users: UserRenderer) -> JSON {
        let view = access.view, account = access.account
        return .obj([
            "id": .string(account.id), "bank_id": .string(account.bankID),
            "label": .string(account.label, visible: view.can(.canSeeBankAccountLabel)),
            "number": .string(account.number, visible: view.can(.canSeeBankAccountNumber)),
            "owners": view.can(.canSeeBankAccountOwners) ? .array(owners.map(users.reference)) : .array([]),
            "type": .string(account.type, visible: view.can(.canSeeBankAccountType)),
            "balance": view.can(.canSeeBankAccountBalance) ? AccountRenderer.money(account.balance, account.currency) : .null,
            "account_routings": AccountRenderer.routings(access),
            "account_rules": .array([]),
        ])
    }

    /// An entry of `/banks/B/accounts-held`.
    static func held(_ account: AccountRecord) -> JSON {
        .obj([
            "id": .string(account.id), "label": .string(account.label), "bank_id": .string(account.bankID),
            "number": .string(account.number), "account_routings": AccountRenderer.numberRouting(account),
        ])
    }
}
