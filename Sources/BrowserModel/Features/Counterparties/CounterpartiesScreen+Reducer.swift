import BankKit

extension CounterpartiesScreen {
    public var bindings: [ScreenBinding<CounterpartiesEvent>] {
        [ScreenBinding([.character("s")], "sort by the next column", hint: "sort", event: .sortNext),
         ScreenBinding([.character("S")], "reverse the sort", hint: "reverse", event: .reverseSort),
         ScreenBinding([.character("/")], "filter the counterparties", hint: "filter", event: .filter),
         ScreenBinding([.character("e")], "edit the field under the cursor", hint: "edit", event: .edit,
                       disabledReason: editBlocked(clearing: false)),
         ScreenBinding([.character("x")], "clear the field under the cursor", hint: "clear", event: .clear,
                       disabledReason: editBlocked(clearing: true)),
         ScreenBinding([.character("a")], "add a counterparty (a payee: IBAN or account)", hint: "add", event: .add,
                       disabledReason: addBlocked)]
    }

    /// Why `e` (or `x`) does nothing now: no field under the cursor, or the view lacks the flag.
    public func editBlocked(clearing: Bool) -> String? {
        guard let party = opened else { return "open a counterparty first (Enter)" }
        guard let field = selectedField else { return "move to a metadata field (↓)" }
        guard party.metadata != nil else {
            return "this view hides the counterparty's metadata (\(ViewFlag.canSeeOtherAccountMetadata.rawValue))"
        }
        let flag = clearing ? field.deleteFlag : field.addFlag
        guard allows(flag) else { return "this view may not \(clearing ? "clear" : "change") the \(field.label) (\(flag.rawValue))" }
        if clearing, (party.metadata?.text(of: field) ?? "").isEmpty { return "the \(field.label) is empty" }
        if pending.contains(where: { $0.isFor(party.id ?? "", field) }) { return "the \(field.label) is being saved" }
        return nil
    }

    public var addBlocked: String? {
        if newPayee.isSending { return "a counterparty is being added" }
        return allows(.canAddCounterparty) ? nil : "this view may not add counterparties (\(ViewFlag.canAddCounterparty.rawValue))"
    }

    public func validate(field: String, text: String) -> String? {
        if let step = NewPayeeForm.Step(rawValue: field) {
            return NewPayeeForm.problem(step, text, existing: parties.compactMap(\.holderName))
        }
        guard let metadataField = Self.metadataField(edited: field) else { return nil }
        if case .failure(let error) = metadataField.parse(text) { return error.message }
        return nil
    }

    /// Quitting while a field's text is typed keeps it as that field's draft, as the browser does for annotations.
    public func draft(field: String, text: String) -> Draft? {
        guard !text.isEmpty, let id = opened?.id, let metadataField = Self.metadataField(edited: field) else { return nil }
        return Draft(field: target(id, metadataField), text: text, error: "not sent: quit while typing")
    }

    /// The metadata field a prompt edits, from its prompt field name.
    static func metadataField(edited field: String) -> CounterpartyMetadataField? {
        guard field.hasPrefix(editPrefix) else { return nil }
        return CounterpartyMetadataField(rawValue: String(field.dropFirst(editPrefix.count)))
    }

    public mutating func handle(_ input: ScreenInput<CounterpartiesEvent>) -> [ScreenCommand<CounterpartiesEvent>] {
        switch input {
        case .move(let move):
            if opened != nil {
                let count = Self.firstFieldLine + CounterpartyMetadataField.allCases.count
                detailLine = min(max(move.target(from: detailLine, count: count, visibleRows: count), 0), count - 1)
            } else {
                list.move(move)
                hasMoved = true
            }
        case .visibleRows(let rows): list.setVisibleRows(rows)
        case .open:
            guard let party = opened else {
                openedID = list.selected?.id
                detailLine = Self.transactionsLine
                hasMoved = true
                return []
            }
            if detailLine == Self.transactionsLine, let name = party.holderName { return [.filterTransactions(name)] }
            if selectedField != nil {
                if let reason = editBlocked(clearing: false) { return [.fail(reason)] }
                return handle(.event(.edit))
            }
        case .back:
            guard openedID != nil else { return [.pop] }
            openedID = nil
        case .submitted(let field, let text): return submitted(field, text)
        case .confirmed: break
        case .event(let event): return handle(event)
        }
        return []
    }

    private mutating func handle(_ event: CounterpartiesEvent) -> [ScreenCommand<CounterpartiesEvent>] {
        switch event {
        case .loaded(let result):
            parties = (try? result.get()) ?? parties
            list.finish(result.map { _ in rows() })
            return focus()
        case .views(let result):
            permissions = (try? result.get())?.first { $0.id == view }?.permissions
        case .page(let result): return took(result)
        case .sortNext:
            sortColumn = CounterpartyColumn(rawValue: (sortColumn.rawValue + 1) % CounterpartyColumn.allCases.count) ?? .name
            sortDescending = sortColumn.descendsFirst
            refresh()
            return [.inform("sorted by \(sortColumn.title.lowercased())")]
        case .reverseSort:
            sortDescending.toggle()
            refresh()
        case .filter: return [.prompt(field: Self.filterField, title: "Filter counterparties", text: filterText)]
        case .edit:
            guard let party = opened, let id = party.id, let field = selectedField else { return [] }
            let draft = draft(id, field)?.typedText
            return [.prompt(field: Self.editPrefix + field.rawValue, title: "\(field.label.capitalizedFirst) of \(party.holderName ?? id.rawValue)",
                            text: draft ?? party.metadata?.text(of: field) ?? "")]
        case .clear:
            guard let id = opened?.id, let field = selectedField else { return [] }
            return write(id, field, nil)
        case .add:
            newPayee = NewPayeeForm()
            return [.prompt(field: NewPayeeForm.Step.name.rawValue, title: NewPayeeForm.Step.name.title, text: "")]
        case .written(let target, let text, let error): written(target, text, error)
        case .drafts(let all): take(all)
        case .added(let result):
            newPayee.isSending = false
            switch result {
            case .success(let made): return [.inform("added \(made.name)")] + load(reload: true)
            case .failure(let error): return [.fail("\(newPayee.name) not added: \(error.userMessage)")]
            }
        }
        return []
    }

    private mutating func submitted(_ field: String, _ text: String) -> [ScreenCommand<CounterpartiesEvent>] {
        if field == Self.filterField {
            filterText = text.trimmingCharacters(in: .whitespaces)
            refresh()
            return []
        }
        if let step = NewPayeeForm.Step(rawValue: field) {
            newPayee.take(step, text)
            switch step {
            case .name: return [.prompt(field: NewPayeeForm.Step.destination.rawValue, title: NewPayeeForm.Step.destination.title, text: "")]
            case .destination: return [.prompt(field: NewPayeeForm.Step.currency.rawValue, title: NewPayeeForm.Step.currency.title, text: currency)]
            case .currency: return addPayee()
            }
        }
        guard let id = opened?.id, let metadataField = Self.metadataField(edited: field) else { return [] }
        return write(id, metadataField, text)
    }

    /// Sends the new payee once every check passed; POSTs are never retried.
    private mutating func addPayee() -> [ScreenCommand<CounterpartiesEvent>] {
        let counterparty = newPayee.counterparty
        if let problem = counterparty.problems().first { return [.fail(problem)] }
        newPayee.isSending = true
        let (account, view) = (self.account, self.view)
        return [.run { provider in
            .added(await Result.catching {
                let obp = try CounterpartiesScreen.obp(provider)
                return try await obp.createCounterparty(counterparty, on: account, view: view)
            })
        }]
    }

    /// The optimistic change: shown at once and handed to the app, which sends it and keeps the text as a draft
    /// until the server takes it; undone if the server refuses it.
    mutating func write(_ id: CounterpartyID, _ field: CounterpartyMetadataField, _ text: String?) -> [ScreenCommand<CounterpartiesEvent>] {
        guard let index = parties.firstIndex(where: { $0.id == id }) else { return [] }
        let value: CounterpartyMetadataField.Value?
        if let text {
            switch field.parse(text) {
            case .success(let parsed): value = parsed
            case .failure(let error): return [.fail(error.message)]
            }
        } else {
            value = nil
        }
        let previous = parties[index].metadata
        parties[index].metadata = (previous ?? CounterpartyMetadata()).setting(field, to: value)
        pending.append(CounterpartyWrite(counterpartyID: id, field: field, text: text, previous: previous))
        refresh()
        return [.writeCounterpartyField(target(id, field), text: text)]
    }

    /// A write answered. This screen's own is settled: kept, or rolled back (the app keeps the draft and says
    /// why). One this screen did not make (a draft `:retry` sent) shows once saved.
    private mutating func written(_ target: CounterpartyFieldTarget, _ text: String?, _ error: BankError?) {
        guard target.account == account, let party = parties.firstIndex(where: { $0.id == target.counterpartyID }) else { return }
        let (id, field) = (target.counterpartyID, target.field)
        if let mine = pending.firstIndex(where: { $0.isFor(id, field) && $0.text == text }) {
            let write = pending.remove(at: mine)
            if error != nil { parties[party].metadata = write.previous }
        } else if error == nil, !pending.contains(where: { $0.isFor(id, field) }) {
            let value = text.flatMap { try? field.parse($0).get() }
            parties[party].metadata = (parties[party].metadata ?? CounterpartyMetadata()).setting(field, to: value)
        }
        refresh()
    }

    /// A page of transactions into the totals; the next page is asked for until a short one.
    private mutating func took(_ result: Result<Page<Transaction>, BankError>) -> [ScreenCommand<CounterpartiesEvent>] {
        switch result {
        case .failure(let error):
            isLoadingStats = false
            statsError = error.userMessage
            return []
        case .success(let page):
            stats = CounterpartyStats.adding(page.items, to: stats)
            if let focus = focusTransactionID, let tx = page.items.first(where: { $0.id == focus }) {
                focusCounterpartyID = tx.counterparty?.id
                focusTransactionID = nil
            }
            refresh()
            if page.isLast {
                isLoadingStats = false
                return focus()
            }
            return [pageRequest(page.request.next)] + focus()
        }
    }

    /// Opens the counterparty of the transaction `o` was pressed on, once it is known and listed.
    private mutating func focus() -> [ScreenCommand<CounterpartiesEvent>] {
        guard let id = focusCounterpartyID, let index = list.items.firstIndex(where: { $0.id == id }) else { return [] }
        focusCounterpartyID = nil
        hasMoved = true
        list.select(index)
        openedID = id
        detailLine = Self.firstFieldLine
        return []
    }

    /// The rows again after a change of counterparties, totals, sort or filter, the cursor staying on its row.
    mutating func refresh() {
        let selectedID = list.selected?.id
        list.replace(rows())
        if !hasMoved {
            list.select(0)
        } else if let selectedID, let index = list.items.firstIndex(where: { $0.id == selectedID }) {
            list.select(index)
        }
    }

    func rows() -> [CounterpartyRow] {
        let needle = filterText.lowercased()
        let rows = parties.map { CounterpartyRow(party: $0, stats: $0.id.flatMap { stats[$0] }) }.filter { row in
            needle.isEmpty || [row.name, row.number ?? "", row.party.metadata?.publicAlias ?? "", row.party.metadata?.privateAlias ?? ""]
                .contains { $0.lowercased().contains(needle) }
        }
        let column = sortColumn
        return rows.sorted { a, b in
            if column.ascending(a, b) { return !sortDescending }
            if column.ascending(b, a) { return sortDescending }
            return a.name.localizedCaseInsensitiveCompare(b.name) == .orderedAscending
        }
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
