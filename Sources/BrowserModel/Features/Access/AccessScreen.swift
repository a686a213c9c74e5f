import BankKit
import Foundation

/// `:access` on an open account: who has which view. Users are rows and the account's views columns, with a
/// mark where the user has the view. Space on a mark revokes it and on an empty cell grants it, asking first;
/// `g` grants views to a user not yet listed. Refusals (the last owner, a missing permission) show the server's
/// message in the status line.
public struct AccessScreen: ScreenFeature {
    public static let name = "access"
    public static let summary = "who has which view of the account: grant and revoke"

    public let account: AccountRef
    public let accountName: String
    /// The caller's identity provider: the one a typed username is looked up at.
    public let ownProvider: String?
    public internal(set) var list = LoadableList<AccessGrant>()
    public internal(set) var views: [ViewSummary] = []
    /// The selected view's index in `views`.
    public internal(set) var column = 0
    /// The username `g` asked for, while the views to grant are being typed.
    public internal(set) var grantee: String?
    /// The write under way (at most one: a POST is never sent twice by a second key press).
    public internal(set) var pending: String?

    public static func open(_ context: ScreenContext, argument: String?) -> Result<AccessScreen, ScreenRefusal> {
        context.accountWithViews(noViews: "has no views to grant",
                                 noAccount: "open an account first: :access shows who has its views").map { account in
            AccessScreen(account: account.ref, accountName: account.label ?? account.ref.accountID.rawValue,
                         ownProvider: context.user?.provider)
        }
    }

    init(account: AccountRef, accountName: String, ownProvider: String?) {
        self.account = account
        self.accountName = accountName
        self.ownProvider = ownProvider
    }

    /// A grid of users and views: Space ticks, Enter has nothing to open.
    public var openLabel: String? { nil }

    public var title: String {
        let (users, views) = (list.items.count, views.count)
        return "Access to \(accountName): \(users) user\(users == 1 ? "" : "s"), \(views) view\(views == 1 ? "" : "s")"
    }

    public var activity: String? { pending ?? (list.isLoading ? "access to \(account.accountID)" : nil) }

    public var selectedView: ViewSummary? { views.indices.contains(column) ? views[column] : nil }

    /// Whether the selected user has the selected view.
    var selectedCellIsGranted: Bool {
        guard let grant = list.selected, let view = selectedView else { return false }
        return grant.views.contains { $0.id == view.id }
    }

    // MARK: Why a key does nothing now: the one place each key's refusal is decided.

    private var columnRefusal: String? {
        if let pending { return pending }
        guard views.isEmpty else { return nil }
        return list.isLoading ? "the views are still loading" : "no views loaded"
    }

    var toggleRefusal: String? {
        if let refusal = columnRefusal { return refusal }
        guard list.selected != nil else { return "nobody is listed: g grants a view to a user" }
        if let view = selectedView, view.isPublic {
            return "\(view.id) is public: everyone sees it, so it is neither granted nor revoked"
        }
        return nil
    }

    var grantRefusal: String? { columnRefusal }

    public var bindings: [ScreenBinding<AccessEvent>] {
        [ScreenBinding([.character("[")], "select the view on the left", hint: "prev view", event: .previousColumn,
                       disabledReason: columnRefusal ?? (column == 0 ? "this is the first view" : nil)),
         ScreenBinding([.character("]")], "select the view on the right", hint: "next view", event: .nextColumn,
                       disabledReason: columnRefusal ?? (column >= views.count - 1 ? "this is the last view" : nil)),
         ScreenBinding([.character(" ")], "revoke the user's view (on a mark) or grant it (on an empty cell)",
                       hint: selectedCellIsGranted ? "revoke" : "grant", event: .toggle, disabledReason: toggleRefusal),
         ScreenBinding([.character("g")], "grant views to a user, by username", hint: "grant to…", event: .grant,
                       disabledReason: grantRefusal)]
    }

    public mutating func load(reload: Bool) -> [ScreenCommand<AccessEvent>] {
        list.begin()
        let account = account
        return [ScreenCommand.obpRequest { obp in
            .loaded(await Result.catching {
                async let grants = obp.accessList(account: account)
                async let views = obp.viewDetails(account: account)
                return AccessTable(grants: try await grants, views: try await views.map(\.summary))
            })
        } unsupported: { .loaded(.failure($0)) }]
    }

    enum Field {
        static let grantee = "grantee"
        static let grantViews = "grant-views"
        static let revokeCell = "revoke-cell"
        static let grantCell = "grant-cell"
    }

    public func validate(field: String, text: String) -> String? {
        switch field {
        case Field.grantee:
            return text.trimmingCharacters(in: .whitespaces).isEmpty ? "type the user's username" : nil
        case Field.grantViews:
            let names = Self.viewNames(text)
            guard !names.isEmpty else { return "name at least one view" }
            if let unknown = names.first(where: { name in !views.contains { $0.id == name } }) {
                return "no view \(unknown) on \(accountName): \(views.map(\.id.rawValue).joined(separator: ", "))"
            }
            if let open = names.first(where: { name in views.contains { $0.id == name && $0.isPublic } }) {
                return "\(open) is public: everyone sees it already"
            }
            return nil
        default:
            return nil
        }
    }

    /// The views typed into the grant prompt, separated by commas or spaces.
    static func viewNames(_ text: String) -> [ViewID] {
        text.split { $0 == "," || $0.isWhitespace }.map { ViewID(String($0)) }
    }

    public mutating func handle(_ input: ScreenInput<AccessEvent>) -> [ScreenCommand<AccessEvent>] {
        switch input {
        case .move(let move): list.move(move)
        case .visibleRows(let rows): list.setVisibleRows(rows)
        case .open: break
        case .back: return [.pop]
        case .submitted(let field, let text):
            guard validate(field: field, text: text) == nil else { return [] }
            if field == Field.grantee {
                let username = text.trimmingCharacters(in: .whitespaces)
                grantee = username
                // The selected custom view is the likely one; a system view is too strong to offer unasked.
                let suggested = selectedView.flatMap { $0.isPublic || $0.isSystem ? nil : $0.id.rawValue } ?? ""
                return [.prompt(field: Field.grantViews, title: "Views to grant \(username) (comma-separated)",
                                text: suggested)]
            }
            if field == Field.grantViews, let username = grantee {
                grantee = nil
                return grant(Self.viewNames(text), to: username, provider: provider(of: username))
            }
        case .confirmed(let field):
            guard toggleRefusal == nil, let user = list.selected?.user, let view = selectedView else { break }
            if field == Field.revokeCell { return revoke(view.id, from: user) }
            if field == Field.grantCell { return grant([view.id], to: user.displayName, provider: user.provider) }
        case .event(let event): return handle(event)
        }
        return []
    }

    private mutating func handle(_ event: AccessEvent) -> [ScreenCommand<AccessEvent>] {
        switch event {
        case .loaded(let result):
            if case .success(let table) = result {
                views = table.views
                column = min(column, max(0, views.count - 1))
            }
            list.finish(result.map(\.grants))
        case .previousColumn where columnRefusal == nil: column = max(0, column - 1)
        case .nextColumn where columnRefusal == nil: column = min(views.count - 1, column + 1)
        case .toggle:
            guard toggleRefusal == nil, let user = list.selected?.user, let view = selectedView else { break }
            if selectedCellIsGranted {
                return [.confirm(field: Field.revokeCell,
                                 question: "Revoke \(view.id) from \(user.displayName)? They no longer see the account through it.")]
            }
            return [.confirm(field: Field.grantCell, question: "Grant \(view.id) to \(user.displayName)?")]
        case .grant:
            guard grantRefusal == nil else { break }
            return [.prompt(field: Field.grantee, title: "Grant views of \(accountName) to user (username)", text: "")]
        case .granted(let username, let result):
            pending = nil
            switch result {
            case .success(let granted):
                return [.inform("granted \(granted.map(\.id.rawValue).joined(separator: ", ")) to \(username)")] + load(reload: true)
            case .failure(let error): return [.fail("granting to \(username) failed: \(error.userMessage)")]
            }
        case .revoked(let username, let viewID, let result):
            pending = nil
            switch result {
            case .success: return [.inform("revoked \(viewID) from \(username)")] + load(reload: true)
            case .failure(let error): return [.fail("revoking \(viewID) from \(username) failed: \(error.userMessage)")]
            }
        case .previousColumn, .nextColumn: break
        }
        return []
    }

    /// A listed user's identity provider, else the caller's own (nil: asked of the server when granting).
    private func provider(of username: String) -> String? {
        list.items.first { $0.user.displayName == username }?.user.provider ?? ownProvider
    }

    private mutating func grant(_ viewIDs: [ViewID], to username: String,
                                provider: String?) -> [ScreenCommand<AccessEvent>] {
        pending = "granting \(viewIDs.map(\.rawValue).joined(separator: ", ")) to \(username)…"
        let account = account
        return [ScreenCommand.obpRequest { obp in
            .granted(username: username, await Result.catching {
                var known = provider.flatMap { $0.isEmpty ? nil : $0 }
                if known == nil { known = try await obp.currentUser().provider }
                guard let provider = known, !provider.isEmpty else {
                    throw BankError(kind: .invalidInput, message: "the server did not name your identity provider")
                }
                return try await obp.grantAccess(to: username, provider: provider, views: viewIDs, account: account)
            })
        } unsupported: { .granted(username: username, .failure($0)) }]
    }

    private mutating func revoke(_ viewID: ViewID, from user: AccessGrant.Grantee) -> [ScreenCommand<AccessEvent>] {
        pending = "revoking \(viewID) from \(user.displayName)…"
        let account = account
        return [ScreenCommand.obpRequest { obp in
            .revoked(username: user.displayName, viewID: viewID, await Result.catching {
                try await obp.revokeAccess(from: user.displayName, provider: user.provider, view: viewID, account: account)
            })
        } unsupported: { .revoked(username: user.displayName, viewID: viewID, .failure($0)) }]
    }
}
