import BankKit

/// `:views` on an open account: the view settings and every `can_*` flag (rows, grouped) against the account's
/// views (columns). Space toggles a custom view's flag or setting as a draft; `s` shows what changes and then
/// PUTs it; a failed save keeps the drafts, as annotation drafts survive a failed send. `n` copies the selected
/// view into a new one, `d` deletes, `c` on two columns compares them (`:compare`).
public struct ViewsScreen: ScreenFeature {
    public static let name = "views"
    public static let summary = "the account's views and their permissions: toggle, save, new, delete"

    public let account: AccountRef
    public let accountName: String
    public internal(set) var list = LoadableList<ViewsMatrixRow>()
    public internal(set) var views: [ViewDetails] = []
    /// The selected view's index in `views`.
    public internal(set) var column = 0
    /// Views as the user has toggled them, by view id; only views with unsaved changes have one.
    public internal(set) var drafts: [ViewID: ViewSpec] = [:]
    /// The view `c` marked, to compare with the next column `c` is pressed on.
    public internal(set) var comparing: ViewID?
    /// The write under way (at most one: a POST is never sent twice by a second key press).
    public internal(set) var pending: String?

    public static func open(_ context: ScreenContext, argument: String?) -> Result<ViewsScreen, ScreenRefusal> {
        context.accountWithViews(noViews: "has no views to edit",
                                 noAccount: "open an account first: :views edits an account's views").map { account in
            ViewsScreen(account: account.ref, accountName: account.label ?? account.ref.accountID.rawValue)
        }
    }

    init(account: AccountRef, accountName: String) {
        self.account = account
        self.accountName = accountName
    }

    /// A grid of views and flags: Space toggles, Enter has nothing to open.
    public var openLabel: String? { nil }

    public var title: String {
        let unsaved = drafts.count
        return "Views of \(accountName) (\(views.count))" + (unsaved > 0 ? " · \(unsaved) unsaved" : "")
            + (comparing.map { " · compare \($0) with…" } ?? "")
    }

    public var activity: String? { pending ?? (list.isLoading ? "views of \(account.accountID)" : nil) }

    public var selectedView: ViewDetails? { views.indices.contains(column) ? views[column] : nil }

    /// The view as toggled (its draft), else as the server said: what a save sends and a new view copies.
    func spec(of view: ViewDetails) -> ViewSpec {
        drafts[view.id] ?? ViewSpec(copying: view)
    }

    static func savedFlags(of view: ViewDetails) -> Set<ViewFlag> {
        ViewSpec(copying: view).allowedActions
    }

    /// What saving the selected view would change, or nil when it has no draft.
    var selectedChange: ViewSpecChange? {
        guard let view = selectedView, let draft = drafts[view.id] else { return nil }
        return ViewSpecChange(from: ViewSpec(copying: view), to: draft)
    }

    // MARK: Why a key does nothing now: the one place each key's refusal is decided.

    private var columnRefusal: String? {
        if let pending { return pending }
        guard views.isEmpty else { return nil }
        return list.isLoading ? "the views are still loading" : "no views loaded"
    }

    private func systemRefusal(_ verb: String) -> String? {
        if let refusal = columnRefusal { return refusal }
        guard let view = selectedView, view.summary.isSystem || !view.id.rawValue.hasPrefix("_") else { return nil }
        return "\(view.id) is a system view: it cannot be \(verb)"
    }

    var toggleRefusal: String? {
        if let refusal = systemRefusal("changed") { return refusal }
        switch list.selected {
        case .flag?, .setting?: return nil
        default: return "a group heading: move to a permission to toggle it"
        }
    }

    var saveRefusal: String? {
        if let refusal = columnRefusal { return refusal }
        guard let view = selectedView, drafts[view.id] != nil else {
            return "no unsaved changes in \(selectedView?.id ?? "this view")"
        }
        return nil
    }

    var newRefusal: String? { columnRefusal }

    var deleteRefusal: String? { systemRefusal("deleted") }

    var compareRefusal: String? {
        if let refusal = columnRefusal { return refusal }
        return views.count < 2 ? "only one view: nothing to compare it with" : nil
    }

    public var bindings: [ScreenBinding<ViewsEvent>] {
        [ScreenBinding([.character("[")], "select the view on the left", hint: "prev view", event: .previousColumn,
                       disabledReason: columnRefusal ?? (column == 0 ? "this is the first view" : nil)),
         ScreenBinding([.character("]")], "select the view on the right", hint: "next view", event: .nextColumn,
                       disabledReason: columnRefusal ?? (column >= views.count - 1 ? "this is the last view" : nil)),
         ScreenBinding([.character(" ")], "switch the permission on or off in the selected view", hint: "toggle",
                       event: .toggle, disabledReason: toggleRefusal),
         ScreenBinding([.character("s")], "save the selected view's changes, showing them first", hint: "save",
                       event: .save, disabledReason: saveRefusal),
         ScreenBinding([.character("n")], "make a new view copying the selected one", hint: "new", event: .newView,
                       disabledReason: newRefusal),
         ScreenBinding([.character("d")], "delete the selected custom view", hint: "delete", event: .delete,
                       disabledReason: deleteRefusal),
         ScreenBinding([.character("c")], "compare two views' transactions: c on one column, then on another",
                       hint: "compare", event: .compare, disabledReason: compareRefusal)]
    }

    public mutating func load(reload: Bool) -> [ScreenCommand<ViewsEvent>] {
        list.begin()
        let account = account
        return [ScreenCommand.obpRequest { obp in
            .loaded(await Result.catching { try await obp.viewDetails(account: account) })
        } unsupported: { .loaded(.failure($0)) }]
    }

    public func validate(field: String, text: String) -> String? {
        guard field == Field.newView else { return nil }
        guard text.hasPrefix("_") else { return "a custom view's name starts with _" }
        guard text.count > 1 else { return "type the rest of the name after _" }
        let id = ViewID(text.lowercased().replacingOccurrences(of: " ", with: ""))
        return views.contains { $0.id == id || $0.summary.shortName == text } ? "\(text) exists already" : nil
    }

    enum Field {
        static let newView = "new-view"
        static let save = "save"
        static let delete = "delete"
        static let discard = "discard"
    }

    public mutating func handle(_ input: ScreenInput<ViewsEvent>) -> [ScreenCommand<ViewsEvent>] {
        switch input {
        case .move(let move): list.move(move)
        case .visibleRows(let rows): list.setVisibleRows(rows)
        case .open: break
        case .back:
            guard !drafts.isEmpty else { return [.pop] }
            return [.confirm(field: Field.discard,
                             question: "Close and drop the unsaved changes of \(drafts.keys.sorted().map(\.rawValue).joined(separator: ", "))?")]
        case .submitted(let field, let text):
            guard field == Field.newView, validate(field: field, text: text) == nil else { return [] }
            return create(named: text)
        case .confirmed(let field):
            if field == Field.save { return save() }
            if field == Field.delete { return delete() }
            if field == Field.discard { return [.pop] }
        case .event(let event): return handle(event)
        }
        return []
    }

    private mutating func handle(_ event: ViewsEvent) -> [ScreenCommand<ViewsEvent>] {
        switch event {
        case .loaded(let result):
            if case .success(let loaded) = result {
                views = loaded
                column = min(column, max(0, loaded.count - 1))
                drafts = drafts.filter { id, _ in loaded.contains { $0.id == id } }
            }
            list.finish(result.map { _ in ViewsMatrixRow.all })
        case .previousColumn where columnRefusal == nil: column = max(0, column - 1)
        case .nextColumn where columnRefusal == nil: column = min(views.count - 1, column + 1)
        case .toggle:
            guard toggleRefusal == nil, let view = selectedView else { break }
            var spec = spec(of: view)
            switch list.selected {
            case .flag(let flag)?:
                if spec.allowedActions.contains(flag) { spec.allowedActions.remove(flag) } else { spec.allowedActions.insert(flag) }
            case .setting(let setting)?: spec = setting.toggled(in: spec)
            default: break
            }
            drafts[view.id] = spec == ViewSpec(copying: view) ? nil : spec
        case .compare:
            guard compareRefusal == nil, let view = selectedView else { break }
            guard let first = comparing, first != view.id else {
                comparing = comparing == nil ? view.id : nil
                return comparing.map { [.inform("compare \($0) with: select another view and press c")] } ?? []
            }
            comparing = nil
            return [.openScreen(name: CompareScreen.name, argument: "\(first) \(view.id)")]
        case .save:
            guard saveRefusal == nil, let view = selectedView, let change = selectedChange else { break }
            return [.confirm(field: Field.save, question: "Save \(view.id): \(change.lines.joined(separator: ", "))?")]
        case .newView:
            guard newRefusal == nil, let view = selectedView else { break }
            return [.prompt(field: Field.newView, title: "New view copying \(view.id), name", text: "_")]
        case .delete:
            guard deleteRefusal == nil, let view = selectedView else { break }
            return [.confirm(field: Field.delete, question: "Delete view \(view.id)? The server refuses while anyone "
                             + "still has it: revoke it in :access first.")]
        case .saved(let viewID, let result):
            pending = nil
            switch result {
            case .success(let view):
                replace(view)
                drafts[viewID] = nil
                return [.inform("saved \(viewID)"), .viewChanged(account, viewID: viewID)]
            case .failure(let error):
                return [.fail("saving \(viewID) failed, changes kept: \(error.userMessage)")]
            }
        case .created(let result):
            pending = nil
            switch result {
            case .success(let view):
                views.append(view)
                column = views.count - 1
                return [.inform("made \(view.id)"), .viewChanged(account, viewID: view.id)]
            case .failure(let error): return [.fail("making the view failed: \(error.userMessage)")]
            }
        case .deleted(let viewID, let result):
            pending = nil
            switch result {
            case .success:
                views.removeAll { $0.id == viewID }
                drafts[viewID] = nil
                column = min(column, max(0, views.count - 1))
                if comparing == viewID { comparing = nil }
                return [.inform("deleted \(viewID)"), .viewChanged(account, viewID: viewID)]
            case .failure(let error): return [.fail("deleting \(viewID) failed: \(error.userMessage)")]
            }
        case .previousColumn, .nextColumn: break
        }
        return []
    }

    private mutating func replace(_ view: ViewDetails) {
        if let index = views.firstIndex(where: { $0.id == view.id }) { views[index] = view }
    }

    private mutating func save() -> [ScreenCommand<ViewsEvent>] {
        guard saveRefusal == nil, let view = selectedView else { return [] }
        let spec = spec(of: view)
        pending = "saving \(view.id)…"
        let account = account
        return [ScreenCommand.obpRequest { obp in
            .saved(viewID: view.id, await Result.catching { try await obp.updateView(view.id, spec, in: account) })
        } unsupported: { .saved(viewID: view.id, .failure($0)) }]
    }

    private mutating func create(named name: String) -> [ScreenCommand<ViewsEvent>] {
        guard newRefusal == nil, let view = selectedView else { return [] }
        let spec = spec(of: view)
        pending = "making \(name)…"
        let account = account
        return [ScreenCommand.obpRequest { obp in
            .created(await Result.catching { try await obp.createView(named: name, spec, in: account) })
        } unsupported: { .created(.failure($0)) }]
    }

    private mutating func delete() -> [ScreenCommand<ViewsEvent>] {
        guard deleteRefusal == nil, let view = selectedView else { return [] }
        pending = "deleting \(view.id)…"
        let account = account
        return [ScreenCommand.obpRequest { obp in
            .deleted(viewID: view.id, await Result.catching { try await obp.deleteView(view.id, in: account) })
        } unsupported: { .deleted(viewID: view.id, .failure($0)) }]
    }
}
