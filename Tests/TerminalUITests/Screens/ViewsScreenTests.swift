import BankKit
import BrowserModel
import Testing
@testable import TerminalUI

/// The views matrix: drawn from canned view details (FixtureProvider is no OBP server), its keys' refusals, and
/// the save path: confirm first, PUT after, drafts kept when the PUT fails.
struct ViewsScreenTests {
    static let family = ViewDetails(summary: ViewSummary(id: "_family", shortName: "_family", permissions: [
        .canSeeTransactionAmount, .canSeeTransactionDescription, .canSeeTags,
    ]), alias: .publicAlias)

    static let views = Fixture.views.map { ViewDetails(summary: $0) } + [family]

    static let shots = [
        ScreenShot("views"),
        // `_family` (the last column): its alias goes from public to private, can_see_transaction_amount off.
        ScreenShot("views-draft", keys: [.moveDown, .screenKey(.character("]")), .screenKey(.character("]")),
                                         .screenKey(.character("]")), .screenKey(.character(" ")),
                                         .moveDown, .moveDown, .moveDown, .moveDown, .screenKey(.character(" "))]),
    ]

    /// The views screen over the open account, its views loaded from `views`.
    static func scenario(rows: Int, cols: Int) -> Scenario {
        ScreenShot.opened("views", loaded: ViewsEvent.loaded(.success(views)), rows: rows, cols: cols)
    }

    @Test(arguments: shots, GoldenScreenTests.sizes)
    func matchesGolden(_ shot: ScreenShot, size: Size) throws {
        try shot.check(Self.scenario(rows: size.rows, cols: size.cols), size: size)
    }

    @Test func aSystemViewSaysWhyItCannotBeChanged() {
        var scenario = Self.scenario(rows: 40, cols: 120)
        scenario.send(.moveDown, .screenKey(.character(" ")))
        #expect(scenario.state.status.error == "owner is a system view: it cannot be changed")
        scenario.send(.screenKey(.character("d")))
        #expect(scenario.state.status.error == "owner is a system view: it cannot be deleted")
    }

    @Test func withoutAnOpenAccountItRefuses() {
        var scenario = Scenario(rows: 24, cols: 80)
        scenario.send(.openScreen(name: "views", argument: nil))
        #expect(scenario.state.screens.isEmpty)
        #expect(scenario.state.status.error == "open an account first: :views edits an account's views")
    }

    // MARK: The reducer, driven with canned events.

    static func loadedScreen() throws -> ViewsScreen {
        let context = ScreenContext(providerName: "sandbox", capabilities: ProviderCapabilities(
            supportsViews: true, metadataIsLocal: false, supportsImages: true, supportsBranches: true),
            account: Fixture.accounts[0])
        var screen = try ViewsScreen.open(context, argument: nil).get()
        _ = screen.load(reload: false)
        _ = screen.handle(.event(.loaded(.success(views))))
        return screen
    }

    /// Selects `_family` and the row of can_see_transaction_amount (under the settings and the group heading),
    /// and switches that flag off.
    static func familyWithDraft() throws -> ViewsScreen {
        var screen = try loadedScreen()
        for _ in 0..<3 { _ = screen.handle(.event(.nextColumn)) }
        _ = screen.handle(.move(.by(5)))
        _ = screen.handle(.event(.toggle))
        return screen
    }

    func reason(_ key: Character, _ screen: ViewsScreen) -> String? {
        screen.bindings.first { $0.keys.contains(.character(key)) }?.disabledReason
    }

    @Test func toggleMakesADraftAndTogglingBackDropsIt() throws {
        var screen = try Self.familyWithDraft()
        #expect(screen.selectedView?.id == "_family")
        #expect(screen.drafts["_family"]?.allowedActions == [.canSeeTransactionDescription, .canSeeTags])
        #expect(screen.title.hasSuffix("· 1 unsaved"))
        #expect(reason("s", screen) == nil)
        _ = screen.handle(.event(.toggle))
        #expect(screen.drafts.isEmpty, "back where the server is: nothing to save")
        #expect(reason("s", screen) == "no unsaved changes in _family")
    }

    @Test func saveAsksWithTheChangeFirstThenSendsThePUT() throws {
        var screen = try Self.familyWithDraft()
        guard case .confirm(let field, let question)? = screen.handle(.event(.save)).first else {
            Issue.record("s asks first")
            return
        }
        #expect(question == "Save _family: - can_see_transaction_amount?")
        #expect(screen.pending == nil, "nothing is sent before the answer")
        guard case .run? = screen.handle(.confirmed(field: field)).first else {
            Issue.record("yes sends the PUT")
            return
        }
        #expect(screen.pending == "saving _family…")
        #expect(reason("s", screen) == "saving _family…", "no second PUT while one is under way")
        var saved = Self.family
        saved.summary.permissions = [.canSeeTransactionDescription, .canSeeTags]
        let done = screen.handle(.event(.saved(viewID: "_family", .success(saved))))
        guard case .inform("saved _family")? = done.first,
              case .viewChanged(let account, "_family")? = done.last, account == Fixture.accounts[0].ref else {
            Issue.record("a save says so, and tells the browser that view changed")
            return
        }
        #expect(screen.drafts.isEmpty)
        #expect(screen.views.last?.permissions == [.canSeeTransactionDescription, .canSeeTags])
    }

    @Test func aFailedSaveKeepsTheDraftsAndSaysWhy() throws {
        var screen = try Self.familyWithDraft()
        _ = screen.handle(.confirmed(field: "save"))
        let error = BankError(kind: .forbidden(permission: "can_update_custom_view"), status: 403,
                              message: "You need the can_update_custom_view permission")
        let done = screen.handle(.event(.saved(viewID: "_family", .failure(error))))
        guard case .fail(let text)? = done.first else {
            Issue.record("a failure goes to the status line")
            return
        }
        #expect(text.hasPrefix("saving _family failed, changes kept: "))
        #expect(screen.drafts["_family"]?.allowedActions == [.canSeeTransactionDescription, .canSeeTags])
        #expect(screen.pending == nil)
        #expect(reason("s", screen) == nil, "the user can try again")
    }

    @Test func aNewViewsNameStartsWithAnUnderscoreAndCopiesTheColumn() throws {
        var screen = try Self.familyWithDraft()
        guard case .prompt(let field, _, let text)? = screen.handle(.event(.newView)).first else {
            Issue.record("n prompts for the name")
            return
        }
        #expect(text == "_")
        #expect(screen.validate(field: field, text: "family") == "a custom view's name starts with _")
        #expect(screen.validate(field: field, text: "_") == "type the rest of the name after _")
        #expect(screen.validate(field: field, text: "_family") == "_family exists already")
        #expect(screen.validate(field: field, text: "_kids") == nil)
        guard case .run? = screen.handle(.submitted(field: field, text: "_kids")).first else {
            Issue.record("a good name sends the POST")
            return
        }
        let kids = ViewDetails(summary: ViewSummary(id: "_kids", shortName: "_kids", permissions: [.canSeeTags]))
        _ = screen.handle(.event(.created(.success(kids))))
        #expect(screen.selectedView?.id == "_kids", "the new view is selected")
    }

    @Test func deleteAsksFirstAndRemovesTheColumn() throws {
        var screen = try Self.familyWithDraft()
        guard case .confirm(let field, _)? = screen.handle(.event(.delete)).first else {
            Issue.record("d asks first")
            return
        }
        guard case .run? = screen.handle(.confirmed(field: field)).first else {
            Issue.record("yes sends the DELETE")
            return
        }
        _ = screen.handle(.event(.deleted(viewID: "_family", .success(()))))
        #expect(screen.views.map(\.id) == ["owner", "accountant", "_public"])
        #expect(screen.drafts.isEmpty)
        #expect(screen.selectedView?.id == "_public")
    }
}

extension ViewsScreenTests {
    @Test func escWithUnsavedChangesAsksBeforeClosing() throws {
        var screen = try Self.familyWithDraft()
        guard case .confirm(let field, let question)? = screen.handle(.back).first else {
            Issue.record("Esc asks before dropping drafts")
            return
        }
        #expect(question == "Close and drop the unsaved changes of _family?")
        guard case .pop? = screen.handle(.confirmed(field: field)).first else {
            Issue.record("yes closes")
            return
        }
        var clean = try Self.loadedScreen()
        guard case .pop? = clean.handle(.back).first else {
            Issue.record("nothing unsaved: Esc closes at once")
            return
        }
    }
}

extension ViewsScreenTests {
    @Test func spaceOnTheAliasGoesRoundAndSavingShowsTheSetting() throws {
        var screen = try Self.loadedScreen()
        for _ in 0..<3 { _ = screen.handle(.event(.nextColumn)) }
        _ = screen.handle(.move(.by(1)))
        _ = screen.handle(.event(.toggle))
        #expect(screen.drafts["_family"]?.alias == .privateAlias)
        guard case .confirm(_, let question)? = screen.handle(.event(.save)).first else {
            Issue.record("s asks first")
            return
        }
        #expect(question == "Save _family: alias: public -> private?")
        _ = screen.handle(.event(.toggle))
        _ = screen.handle(.event(.toggle))
        #expect(screen.drafts.isEmpty, "none, then public again: nothing to save")
    }

    /// After a save the browser's list through that view shows the change at once: its cached pages are
    /// dropped, and the list open through it is read again.
    @Test func aSavedViewReloadsTheListOpenThroughIt() throws {
        var scenario = Self.scenario(rows: 40, cols: 120)
        let requested = scenario.state.status.requestedPages
        let id = try #require(scenario.state.topScreen?.id)
        var owner = Self.views[0]
        owner.summary.permissions = [.canSeeTransactionAmount]
        scenario.send(.screenEvent(screenID: id, payload: ViewsEvent.saved(viewID: "owner", .success(owner))))
        let afterSave = scenario.state.status.requestedPages
        #expect(afterSave > requested, "owner's pages are asked for again, not taken from the cache")
        scenario.send(.screenEvent(screenID: id, payload: ViewsEvent.saved(viewID: "accountant", .success(owner))))
        #expect(scenario.state.status.requestedPages == afterSave, "another view's change leaves the list alone")
    }
}
