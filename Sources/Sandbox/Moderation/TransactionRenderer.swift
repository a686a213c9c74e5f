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
    /// The view's flags that each transaction of a page asks for, looked up once: a flag is a `String` enum, so
    /// each `Set` lookup hashes its name (fifteen a transaction, 750 a page, in a profile of uncached pages).
    private let sees: TransactionFieldVisibility

    init(access: ViewAccess, holders: [UserRecord], users: UserRenderer, counterparties: CounterpartyMetadataBook) {
        self.access = access
        self.users = users
        self.counterparties = counterparties
        thisAccount = .raw(Self.thisAccount(access.account, holders: holders, view: access.view).bytes)
        sees = TransactionFieldVisibility(access.view)
    }

    private var view: ViewDefinition { access.view }

    /// One transaction, written straight to bytes.
    func transaction(_ t: TransactionRecord, metadata: TransactionMetadataRecord?, core: Bool = false) -> JSON {
        var out = JSONWriter(capacity: 2048)
        write(t, metadata: metadata, core: core, into: &out)
        return .raw(out.bytes)
    }

    /// A page, `{"transactions":[...]}`, written into one buffer: no value per transaction is built or copied.
    func page(_ transactions: [TransactionRecord], metadata: (TransactionRecord) -> TransactionMetadataRecord?,
              core: Bool = false) -> JSON {
        var out = JSONWriter(capacity: 2048 + transactions.count * 1536)
        out.beginObject()
        out.key("transactions")
        out.beginArray()
        for t in transactions { write(t, metadata: metadata(t), core: core, into: &out) }
        out.endArray()
        out.endObject()
        return .raw(out.bytes)
    }

    private func write(_ t: TransactionRecord, metadata: TransactionMetadataRecord?, core: Bool, into out: inout JSONWriter) {
        out.beginObject()
        out.key("id")
        out.string(t.id)
        out.key("this_account")
        out.value(thisAccount)
        out.key("other_account")
        if sees.otherAccount {
            // Looked up, then rendered when missing, without a closure: one that called `otherAccount` (or the
            // method passed as one) copied this renderer, a retain of each field, for every transaction.
            let key = RenderedCounterparties.key(t.counterparty, withMetadata: !core)
            if let rendered = renderedCounterparties.json(key) {
                out.value(rendered)
            } else {
                out.value(renderedCounterparties.keep(otherAccount(t.counterparty, withMetadata: !core), key))
            }
        } else {
            out.null()
        }
        out.key("details")
        details(t, into: &out)
        if !core {
            out.key("metadata")
            sees.metadata ? transactionMetadata(metadata ?? .empty, into: &out) : out.null()
        }
        out.key("transaction_attributes")
        out.beginArray()
        out.endArray()
        out.endObject()
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

    private func details(_ t: TransactionRecord, into out: inout JSONWriter) {
        out.beginObject()
        out.key("type")
        out.string(t.type, visible: sees.type)
        out.key("description")
        out.string(t.description, visible: sees.description)
        out.key("posted")
        out.timestamp(t.posted, visible: sees.startDate)
        out.key("completed")
        out.timestamp(t.completed, visible: sees.finishDate)
        money("new_balance", t.newBalance, visible: sees.balance, of: t, into: &out)
        money("value", t.amount, visible: sees.amount, of: t, into: &out)
        out.endObject()
    }

    private func money(_ key: StaticString, _ amount: String, visible: Bool, of t: TransactionRecord,
                       into out: inout JSONWriter) {
        out.key(key)
        guard visible else { return out.null() }
        out.beginObject()
        out.key("currency")
        out.string(t.currency, visible: sees.currency)
        out.key("amount")
        out.string(amount)
        out.endObject()
    }

    private func transactionMetadata(_ m: TransactionMetadataRecord, into out: inout JSONWriter) {
        out.beginObject()
        out.key("narrative")
        out.string(m.narrative ?? "", visible: sees.ownerComment)
        annotations("comments", m.comments, visible: sees.comments, into: &out)
        annotations("tags", m.tags, visible: sees.tags, into: &out)
        annotations("images", m.images, visible: sees.images, into: &out)
        out.key("where")
        out.value(sees.whereTag ? (m.whereTag.map(whereTag) ?? .null) : .null)
        out.endObject()
    }

    private func annotations(_ key: StaticString, _ items: [AnnotationRecord], visible: Bool,
                             into out: inout JSONWriter) {
        out.key(key)
        guard visible else { return out.null() }
        out.beginArray()
        for item in items { out.value(annotation(item)) }
        out.endArray()
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

    static func key(_ counterparty: CounterpartyRecord, withMetadata: Bool) -> String {
        withMetadata ? counterparty.id : "\u{0}" + counterparty.id
    }

    func json(_ key: String) -> JSON? {
        entries.withLock { $0[key] }
    }

    /// Keeps `json` serialised under `key`, and returns it so.
    func keep(_ json: JSON, _ key: String) -> JSON {
        let rendered = JSON.raw(json.bytes)
        entries.withLock { $0[key] = rendered }
        return rendered
    }
}
