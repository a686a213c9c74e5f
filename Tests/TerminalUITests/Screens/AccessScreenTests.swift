import BankKit
import BrowserModel
import Testing
@testable import TerminalUI

/// The access grid: drawn from a canned table (FixtureProvider is no OBP server), its keys' refusals, and the
/// grant and revoke paths: a question first, the request after, the server's refusal in the status line.
struct AccessScreenTests {
    static let family = ViewSummary(id: "_family", shortName: "_family", permissions: [.canSeeTransactionAmount])

    static func user(_ name: String) -> AccessGrant.Grantee {
        AccessGrant.Grantee(id: UserID("id-\(name)"), provider: "http://127.0.0.1:8080", displayName: name)
    }

    static let table = AccessTable(
        grants: [AccessGrant(user: user("aino.virtanen"), views: Array(Fixture.views.prefix(2))),
                 AccessGrant(user: user("juergen"), views: [family]),
                 AccessGrant(user: user("haruto"), views: [Fixture.views[1]])],
        views: Fixture.views + [family])

    static let shots = [
        ScreenShot("access"),
        // juergen's row, the `_family` column: Space asks before revoking.
        ScreenShot("access-revoke", keys: [.moveDown, .screenKey(.character("]")), .screenKey(.character("]")),
                                           .screenKey(.character("]")), .screenKey(.character(" "))]),
    ]

    static func scenario(rows: Int, cols: Int) -> Scenario {
        ScreenShot.opened("access", loaded: AccessEvent.loaded(.success(table)), rows: rows, cols: cols)
    }

    @Test(arguments: shots, GoldenScreenTests.sizes)
    func matchesGolden(_ shot: ScreenShot, size: Size) throws {
        try shot.check(Self.scenario(rows: size.rows, cols: size.cols), size: size)
    }

    @Test func aPublicViewIsNeitherGrantedNorRevoked() {
        var scenario = Self.scenario(rows: 40, cols: 120)
        scenario.send(.screenKey(.character("]")), .screenKey(.character("]")), .screenKey(.character(" ")))
        #expect(scenario.state.status.error == "_public is public: everyone sees it, so it is neither granted nor revoked")
    }

    @Test func withoutAnOpenAccountItRefuses() {
        var scenario = Scenario(rows: 24, cols: 80)
        scenario.send(.openScreen(name: "access", argument: nil))
        #expect(scenario.state.screens.isEmpty)
        #expect(scenario.state.status.error == "open an account first: :access shows who has its views")
    }

    // MARK: The reducer, driven with canned events.

    static func loadedScreen() throws -> AccessScreen {
        let context = ScreenContext(providerName: "sandbox", capabilities: ProviderCapabilities(
            supportsViews: true, metadataIsLocal: false, supportsImages: true, supportsBranches: true),
            user: User(id: "u-1", username: "aino.virtanen", provider: "http://127.0.0.1:8080"),
            account: Fixture.accounts[0])
        var screen = try AccessScreen.open(context, argument: nil).get()
        _ = screen.load(reload: false)
        _ = screen.handle(.event(.loaded(.success(table))))
        return screen
    }

    func reason(_ key: Character, _ screen: AccessScreen) -> String? {
        screen.bindings.first { $0.keys.contains(.character(key)) }?.disabledReason
    }

    @Test func keysPressedBeforeTheGridLoadsSayItIsLoading() throws {
        let context = ScreenContext(providerName: "sandbox", capabilities: ProviderCapabilities(
            supportsViews: true, metadataIsLocal: false, supportsImages: true, supportsBranches: true),
            user: nil, account: Fixture.accounts[0])
        var screen = try AccessScreen.open(context, argument: nil).get()
        _ = screen.load(reload: false)
        #expect(reason("g", screen) == "the views are still loading")
        _ = screen.handle(.event(.loaded(.success(AccessTable(grants: [], views: [])))))
        #expect(reason("g", screen) == "no views loaded")
    }

    @Test func spaceOnAMarkAsksThenRevokesAndTheRefusalNamesWhy() throws {
        var screen = try Self.loadedScreen()
        guard case .confirm(let field, let question)? = screen.handle(.event(.toggle)).first else {
            Issue.record("Space on a mark asks first")
            return
        }
        #expect(question == "Revoke owner from aino.virtanen? They no longer see the account through it.")
        #expect(screen.pending == nil, "nothing is sent before the answer")
        guard case .run? = screen.handle(.confirmed(field: field)).first else {
            Issue.record("yes sends the DELETE")
            return
        }
        #expect(reason(" ", screen) == "revoking owner from aino.virtanen…", "no second request while one is under way")
        let error = BankError(kind: .forbidden(permission: nil), status: 400, code: "OBP-30064",
                              message: "OBP-30064: Cannot revoke account access. The last owner of an account keeps the owner view")
        guard case .fail(let text)? = screen.handle(.event(.revoked(username: "aino.virtanen", viewID: "owner",
                                                                     .failure(error)))).first else {
            Issue.record("a refusal goes to the status line")
            return
        }
        #expect(text.hasPrefix("revoking owner from aino.virtanen failed: OBP-30064: Cannot revoke"))
        #expect(screen.pending == nil)
    }

    @Test func spaceOnAnEmptyCellAsksThenGrants() throws {
        var screen = try Self.loadedScreen()
        _ = screen.handle(.move(.by(1)))
        guard case .confirm(let field, let question)? = screen.handle(.event(.toggle)).first else {
            Issue.record("Space on an empty cell asks first")
            return
        }
        #expect(question == "Grant owner to juergen?")
        guard case .run? = screen.handle(.confirmed(field: field)).first else {
            Issue.record("yes sends the POST")
            return
        }
        let done = screen.handle(.event(.granted(username: "juergen", .success([Fixture.views[0]]))))
        guard case .inform("granted owner to juergen")? = done.first, case .run? = done.last else {
            Issue.record("a grant says so and reads the grid again")
            return
        }
    }

    @Test func gAsksForAUserThenForKnownViews() throws {
        var screen = try Self.loadedScreen()
        for _ in 0..<3 { _ = screen.handle(.event(.nextColumn)) }
        guard case .prompt(let userField, _, _)? = screen.handle(.event(.grant)).first else {
            Issue.record("g asks for the username")
            return
        }
        #expect(screen.validate(field: userField, text: " ") == "type the user's username")
        guard case .prompt(let viewsField, let title, let suggested)? =
                screen.handle(.submitted(field: userField, text: "haruto")).first else {
            Issue.record("then for the views")
            return
        }
        #expect(title == "Views to grant haruto (comma-separated)")
        #expect(suggested == "_family", "the selected column is suggested")
        #expect(screen.validate(field: viewsField, text: "") == "name at least one view")
        #expect(screen.validate(field: viewsField, text: "_family, _kids")
                == "no view _kids on Käyttötili: owner, accountant, _public, _family")
        #expect(screen.validate(field: viewsField, text: "_public") == "_public is public: everyone sees it already")
        #expect(screen.validate(field: viewsField, text: "_family,accountant") == nil)
        guard case .run? = screen.handle(.submitted(field: viewsField, text: "_family,accountant")).first else {
            Issue.record("good views send the POST")
            return
        }
        #expect(screen.pending == "granting _family, accountant to haruto…")
        #expect(screen.grantee == nil)
    }
}
