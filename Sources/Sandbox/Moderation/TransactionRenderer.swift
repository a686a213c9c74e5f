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

    /// The metadata of the account's counterparties, which every view shares.
    let counterparties: CounterpartyMetadataBook

    init(access: ViewAccess, holders: [UserRecord], users: UserRenderer, counterparties: CounterpartyMetadataBook) {
        self.access = access
        self.users = users
        self.counterparties = counterparties
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
        let metadata = counterparties.metadata(for: c)
        let alias = alias(of: metadata)
        let holder: JSON = .obj(["name": .string(alias ?? c.name), "is_alias": .bool(alias != nil)])
        var members: [JSON.Member] = [
            .init(key: "id", value: .string(c.id)),
            .init(key: "holder", value: holder),
            .init(key: "bank_routing", value: .obj([
                "scheme": .string(c.bankRoutingScheme, visible: view.can(.canSeeOtherBankRoutingScheme)),
                "address": .string(c.otherBank, visible: view.can(.canSeeOtherBankRoutingAddress)),
            ])),
            .init(key: "account_routings", value: .array(view.can(.canSeeOtherAccountNumber) && !c.otherNumber.isEmpty ? [
                .obj(["scheme": .string(c.accountRoutingScheme, visible: view.can(.canSeeOtherAccountRoutingScheme)),
                      "address": .string(c.otherNumber, visible: view.can(.canSeeOtherAccountRoutingAddress))]),
            ] : [])),
        ]
        if withMetadata {
            members.append(.init(key: "metadata", value: showsMetadata(of: metadata) ? counterpartyMetadata(metadata) : .null))
        }
        return .object(members)
    }

    /// v1.2.1's other account (`OtherAccountJSON`), which OBP serves for a transaction's other account in every
    /// version and for other accounts before v3.0.0: number, kind, IBAN and bank by name instead of routings.
    func otherAccountV121(_ c: CounterpartyRecord) -> JSON {
        let metadata = counterparties.metadata(for: c)
        let alias = alias(of: metadata)
        let iban = c.accountRoutingScheme.uppercased() == "IBAN" ? c.otherNumber : ""
        return .obj([
            "id": .string(c.id),
            "holder": .obj(["name": .string(alias ?? c.name), "is_alias": .bool(alias != nil)]),
            "number": .string(c.otherNumber, visible: view.can(.canSeeOtherAccountNumber)),
            "kind": .string(c.kind, visible: view.can(.canSeeOtherAccountKind)),
            "IBAN": .string(iban, visible: view.can(.canSeeOtherAccountIBAN)),
            "swift_bic": .string("", visible: view.can(.canSeeOtherAccountSwiftBic)),
            "bank": .obj([
                "national_identifier": .string(c.otherBank, visible: view.can(.canSeeOtherAccountNationalIdentifier)),
                "name": .string(c.otherBank, visible: view.can(.canSeeOtherAccountBankName)),
            ]),
            "metadata": showsMetadata(of: metadata) ? counterpartyMetadata(metadata) : .null,
        ])
    }

    /// The alias this view shows instead of the name (its `which_alias_to_use`), when the counterparty has one.
    func alias(of metadata: CounterpartyMetadataRecord) -> String? {
        switch view.alias {
        case .publicAlias: metadata.publicAlias.isEmpty ? nil : metadata.publicAlias
        case .privateAlias: metadata.privateAlias.isEmpty ? nil : metadata.privateAlias
        case .none: nil
        }
    }

    /// OBP's moderated metadata exists when the view may see it, and not when the view hides it behind an alias.
    func showsMetadata(of metadata: CounterpartyMetadataRecord) -> Bool {
        view.can(.canSeeOtherAccountMetadata) && !(alias(of: metadata) != nil && view.hideMetadataIfAliasUsed)
    }

    /// v1.2.1's metadata JSON (which OBP keeps up to v5.1.0): each field null where the view may not see it.
    func counterpartyMetadata(_ m: CounterpartyMetadataRecord) -> JSON {
        .obj([
            "public_alias": .string(m.publicAlias, visible: view.can(.canSeePublicAlias)),
            "private_alias": .string(m.privateAlias, visible: view.can(.canSeePrivateAlias)),
            "more_info": .string(m.moreInfo, visible: view.can(.canSeeMoreInfo)),
            "URL": .string(m.url, visible: view.can(.canSeeURL)),
            "image_URL": .string(m.imageURL, visible: view.can(.canSeeImageURL)),
            "open_corporates_URL": .string(m.openCorporatesURL, visible: view.can(.canSeeOpenCorporatesURL)),
            "corporate_location": view.can(.canSeeCorporateLocation) ? users.location(m.corporateLocation, userKey: "display_name") : .null,
            "physical_location": view.can(.canSeePhysicalLocation) ? users.location(m.physicalLocation, userKey: "display_name") : .null,
        ])
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
