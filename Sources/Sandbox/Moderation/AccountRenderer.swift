/// Accounts: the moderated account of `/banks/B/accounts/A/V/account` and the entries of account lists.
enum AccountRenderer {
    static func moderated(_ access: ViewAccess, owners: [UserRecord], availableViews: [ViewDefinition],
                          users: UserRenderer, attributes: [AccountAttributeRecord] = []) -> JSON {
        let view = access.view, account = access.account
        return .obj([
            "id": .string(account.id),
            "label": .string(account.label, visible: view.can(.canSeeBankAccountLabel)),
            "number": .string(account.number, visible: view.can(.canSeeBankAccountNumber)),
            "owners": view.can(.canSeeBankAccountOwners) ? .array(owners.map(users.reference)) : .array([]),
            "product_code": .string(account.type, visible: view.can(.canSeeBankAccountType)),
            "balance": view.can(.canSeeBankAccountBalance) ? .obj([
                "currency": .string(account.currency, visible: view.can(.canSeeBankAccountCurrency)),
                "amount": .string(account.balance),
            ]) : .null,
            "views_available": .array(availableViews.map(ViewRenderer.inAccount)),
            "bank_id": .string(account.bankID),
            "account_routings": routings(access),
            "account_attributes": AccountAttributeRenderer.list(attributes),
            "tags": .array([]),
        ])
    }

    /// An entry of `/my/accounts` and `/banks/B/accounts/private`.
    static func core(_ account: AccountRecord, views: [ViewDefinition]) -> JSON {
        .obj([
            "id": .string(account.id), "label": .string(account.label), "bank_id": .string(account.bankID),
            "account_type": .string(account.type),
"account_routings": numberRouting(account),
            "views": .array(views.map(ViewRenderer.basic)),
        ])
    }

    /// An entry of `/banks/B/accounts/public` and (v4+) `/banks/B/accounts`.
    static func basic(_ account: AccountRecord, views: [ViewDefinition]) -> JSON {
        .obj([
            "id": .string(account.id), "label": .string(account.label), "bank_id": .string(account.bankID),
            "views_available": .array(views.map(ViewRenderer.minimal)),
        ])
    }

    /// An entry of v4+'s `/banks/B/balances`; OBP names the type of each balance, the sandbox keeps one.
    static func balances(_ account: AccountRecord) -> JSON {
        .obj([
            "account_id": .string(account.id), "bank_id": .string(account.bankID),
"account_routings": numberRouting(account),
            "label": .string(account.label),
            "balances": .array([.obj(["type": .string("interimAvailable"), "currency": .string(account.currency),
                                      "amount": .string(account.balance)])]),
        ])
    }

    /// The IBAN and number routings the view shows.
    static func routings(_ access: ViewAccess) -> JSON {
        let view = access.view, account = access.account
        var routings = [JSON]()
        if view.can(.canSeeBankAccountIBAN), !account.iban.isEmpty {
            routings.append(.obj(["scheme": .string("IBAN"), "address": .string(account.iban)]))
        }
        if view.can(.canSeeBankAccountNumber), !account.number.isEmpty {
            routings.append(.obj(["scheme": .string("AccountNumber"), "address": .string(account.number)]))
        }
        return .array(routings)
    }

    /// The number routing of unmoderated lists (the caller's own accounts).
    static func numberRouting(_ account: AccountRecord) -> JSON {
        .array(account.number.isEmpty ? [] : [.obj(["scheme": .string("AccountNumber"), "address": .string(account.number)])])
    }

    static func money(_ amount: String, _ currency: String) -> JSON {
        .obj(["currency": .string(currency), "amount": .string(amount)])
    }
}
