import Synchronization

/// Transactions and counterparties as one view sees them: each field the view may not see is null, each object
/// it may not see is null, and metadata lists are null when the view cannot see them ([] when there are none).
struct TransactionRenderer: Sendable {
    let access: ViewAccess
    let users: UserRenderer
    /// The same for every transaction of the account, so it is built and serialised once per page.
    private let thisAccount: JSON
    /// A long account has a handful of counterparties, each in dozens of a page's transactions: each is built and
    /// serialised once per renderer (one request), about a third of a page's bytes.
    private let renderedCounterparties = RenderedCounterparties()

    init(access: ViewAccess, holders: [UserRecord], users: UserRenderer) {
        self.access = access
        self.users = users
        thisAccount = .raw(Self.thisAccount(access.account, holders: holders, view: access.view).bytes)
    }

    private var view: ViewDefinition { access.view }

    func transaction(_ t: TransactionRecord, metadata: TransactionMetadataRecord?, core: Bool = false) -> JSON {
        var members: [JSON.Member] = [
            .init(key: "id", value: .string(t.id)),
            .init(key: "this_account", value: thisAccount),
            .init(key: "other_account", value: view.can(.canSeeTransactionOtherBankAccount)
                ? renderedCounterparties.json(for: t.counterparty, withMetadata: !core, render: otherAccount) : .null),
            .init(key: "details", value: details(t)),
        ]
        if !core {
            members.append(.init(key: "metadata", value: view.can(.canSeeTransactionMetadata)
                ? transactionMetadata(metadata ?? .empty) : .null))
        }
        members.append(.init(key: "transaction_attributes", value: .array([])))
        return .object(members)
    }

    private static func thisAccount(_ account: AccountRecord, holders: [UserRecord], view: ViewDefinition) -> JSON {
        guard view.can(.canSeeTransactionThisBankAccount) else { return .null }
        return .obj([
            "id": .string(account.id),
            "bank_routing": .obj([
                "scheme": .string("OBP", visible: view.can(.canSeeBankRoutingScheme)),
                "address": .string(account.bankID, visible: view.can(.canSeeBankRoutingAddress)),
            ]),
            "account_routings": .array(view.can(.canSeeBankAccountNumber) && !account.number.isEmpty ? [
                .obj(["scheme": .string("AccountNumber", visible: view.can(.canSeeBankAccountRoutingScheme)),
                      "address": .string(account.number, visible: view.can(.canSeeBankAccountRoutingAddress))]),
            ] : []),
            "holders": .array(view.can(.canSeeBankAccountOwners) ? holders.map {
                .obj(["name": .string($0.username), "is_alias": .bool(false)])
            } : []),
        ])
    }

    /// The counterparty; a view with an alias shows the alias as the holder's name, flagged `is_alias`, when the
    /// counterparty has that alias (OBP's "use the public/private alias if one exists").
    func otherAccount(_ c: CounterpartyRecord, withMetadata: Bool) -> JSON {
        let alias: String? = switch view.alias {
        case .publicAlias: c.publicAlias.isEmpty ? nil : c.publicAlias
        case .privateAlias: c.privateAlias.isEmpty ? nil : c.privateAlias
        case .none: nil
        }
        let holder: JSON = .obj(["name": .string(alias ?? c.name), "is_alias": .bool(alias != nil)])
        let showsMetadata = view.can(.canSeeOtherAccountMetadata) && !(alias != nil && view.hideMetadataIfAliasUsed)
        var members: [JSON.Member] = [
            .init(key: "id", value: .string(c.id)),
            .init(key: "holder", value: holder),
            .init(key: "bank_routing", value: .obj([
                "scheme": .string("OBP", visible: view.can(.canSeeOtherBankRoutingScheme)),
                "address": .string(c.otherBank, visible: view.can(.canSeeOtherBankRoutingAddress)),
            ])),
            .init(key: "account_routings", value: .array(view.can(.canSeeOtherAccountNumber) && !c.otherNumber.isEmpty ? [
                .obj(["scheme": .string("AccountNumber", visible: view.can(.canSeeOtherAccountRoutingScheme)),
                      "address": .string(c.otherNumber, visible: view.can(.canSeeOtherAccountRoutingAddress))]),
            ] : [])),
        ]
        if withMetadata {
            members.append(.init(key: "metadata", value: showsMetadata ? .obj([
                "public_alias": .string(c.publicAlias, visible: view.can(.canSeePublicAlias)),
                "private_alias": .string(c.privateAlias, visible: view.can(.canSeePrivateAlias)),
                "more_info": .string(c.moreInfo, visible: view.can(.canSeeMoreInfo)),
                "URL": .string(c.url, visible: view.can(.canSeeURL)),
                "image_URL": .string("", visible: view.can(.canSeeImageURL)),
                "open_corporates_URL": .string("", visible: view.can(.canSeeOpenCorporatesURL)),
                "corporate_location": .null,
                "physical_location": .null,
            ]) : .null))
        }
        return .object(members)
    }

    private func details(_ t: TransactionRecord) -> JSON {
        let currency = JSON.string(t.currency, visible: view.can(.canSeeTransactionCurrency))
        return .obj([
            "type": .string(t.type, visible: view.can(.canSeeTransactionType)),
            "description": .string(t.description, visible: view.can(.canSeeTransactionDescription)),
            "posted": view.can(.canSeeTransactionStartDate) ? .string(Timestamp.format(t.posted)) : .null,
            "completed": view.can(.canSeeTransactionFinishDate) ? .string(Timestamp.format(t.completed)) : .null,
            "new_balance": view.can(.canSeeTransactionBalance)
                ? .obj(["currency": currency, "amount": .string(t.newBalance)]) : .null,
            "value": view.can(.canSeeTransactionAmount)
                ? .obj(["currency": currency, "amount": .string(t.amount)]) : .null,
        ])
    }

    private func transactionMetadata(_ m: TransactionMetadataRecord) -> JSON {
        .obj([
            "narrative": .string(m.narrative ?? "", visible: view.can(.canSeeOwnerComment)),
            "comments": view.can(.canSeeComments) ? .array(m.comments.map(annotation)) : .null,
            "tags": view.can(.canSeeTags) ? .array(m.tags.map(annotation)) : .null,
            "images": view.can(.canSeeImages) ? .array(m.images.map(annotation)) : .null,
            "where": view.can(.canSeeWhereTag) ? (m.whereTag.map(whereTag) ?? .null) : .null,
        ])
    }

    func annotation(_ a: AnnotationRecord) -> JSON {
        if a.kind == .image {
            return .obj(["id": .string(a.id), "label": .string(a.label), "URL": .string(a.value),
                         "date": .string(Timestamp.format(a.date)), "user": users.reference(a.user)])
        }
        return .obj(["id": .string(a.id), "value": .string(a.value), "date": .string(Timestamp.format(a.date)),
                     "user": users.reference(a.user)])
    }

    func whereTag(_ w: WhereRecord) -> JSON {
        .obj(["latitude": .double(w.latitude), "longitude": .double(w.longitude),
              "date": .string(Timestamp.format(w.date)), "user": users.reference(w.user)])
    }
}

/// The serialised counterparties of one renderer, by id and by whether they carry their metadata.
private final class RenderedCounterparties: Sendable {
    private let entries = Mutex<[String: JSON]>([:])

    func json(for counterparty: CounterpartyRecord, withMetadata: Bool,
              render: (CounterpartyRecord, Bool) -> JSON) -> JSON {
        let key = withMetadata ? counterparty.id : "\u{0}" + counterparty.id
        if let rendered = entries.withLock({ $0[key] }) { return rendered }
        let rendered = JSON.raw(render(counterparty, withMetadata).bytes)
        entries.withLock { $0[key] = rendered }
        return rendered
    }
}
