import BankKit
@testable import BrowserModel
import Foundation
import Testing
@testable import TerminalUI

/// The counterparties screen with canned OBP answers (the fixture provider is not OBP's, so the tests hand the
/// screen its results as the app would): totals from the loaded transactions, sorting, the detail edited in
/// place with optimistic writes rolled back into drafts, the new-payee prompts and the filter hand-off.
struct CounterpartiesScreenTests {
    /// The fixture account's five merchants as its other accounts, in v3.0.0's shape through BankKit's decoder,
    /// one with metadata set and one explicit payee.
    static let others: [Counterparty] = {
        let json = """
        {"other_accounts": [
          {"id": "cp-0", "holder": {"name": "K-Market Kallio", "is_alias": false},
           "account_routings": [{"scheme": "AccountNumber", "address": "FI00 1000"}],
           "metadata": {"public_alias": "ALIAS_3F2A1C", "private_alias": "Groceries", "more_info": "Open till 23",
                        "URL": "https://k-market.example", "image_URL": "", "open_corporates_URL": "",
                        "corporate_location": null, "physical_location": {"latitude": 60.18, "longitude": 24.95}}},
          {"id": "cp-1", "holder": {"name": "東京ラーメン 🍜", "is_alias": false}, "account_routings": [],
           "metadata": {"public_alias": "ALIAS_77B0E2", "private_alias": "", "more_info": "", "URL": "", "image_URL": "",
                        "open_corporates_URL": "", "corporate_location": null, "physical_location": null}},
          {"id": "cp-2", "holder": {"name": "Alepa", "is_alias": false}, "account_routings": [], "metadata": {}},
          {"id": "cp-3", "holder": {"name": "Ravintola Käyttö", "is_alias": false}, "account_routings": [], "metadata": {}},
          {"id": "cp-4", "holder": {"name": "HSL", "is_alias": false}, "account_routings": [], "metadata": null},
          {"id": "cp-x", "holder": {"name": "Vuokranantaja", "is_alias": false},
           "account_routings": [{"scheme": "IBAN", "address": "FI4950009420028730"}], "metadata": {}}
        ]}
        """
        return (try? OBPWire.otherAccounts(Data(json.utf8))) ?? []
    }()

    /// The owner view with the counterparty flags, as the views request answers.
    static let views = [ViewSummary(id: "owner", shortName: "Owner", isSystem: true, permissions: Set(
        ViewFlag.allCases.map { ViewPermission(rawValue: $0.rawValue) }))]

    static var page: Page<Transaction> {
        Page(items: (0..<Fixture.count).map { Fixture.transaction($0, view: "owner") }, request: PageRequest(limit: 100))
    }

    /// The screen as `:counterparties` opens it on the fixture's first account, with the canned answers.
    static func opened(rows: Int, cols: Int, loadingPages: Bool = false) -> Scenario {
        var scenario = Scenario(rows: rows, cols: cols)
        scenario.send(.open, .open, .openScreen(name: "counterparties", argument: nil))
        if let id = scenario.state.topScreen?.id {
            scenario.send(.screenEvent(screenID: id, payload: CounterpartiesEvent.loaded(.success(others))),
                          .screenEvent(screenID: id, payload: CounterpartiesEvent.views(.success(views))))
            var page = page
            if loadingPages { page.items = Array(page.items.prefix(20)); page.request.limit = 20 }
            scenario.send(.screenEvent(screenID: id, payload: CounterpartiesEvent.page(.success(page))))
        }
        return scenario
    }

    /// The detail line of a metadata field.
    /// The screen with counterparty cp-0 opened and the cursor on its more info.
    static func onMoreInfoOfTheFirstParty(rows: Int, cols: Int) throws -> Scenario {
        var scenario = opened(rows: rows, cols: cols)
        let row = try #require(screen(scenario)?.list.items.firstIndex { $0.id == "cp-0" })
        scenario.send(.top)
        for _ in 0..<row { scenario.send(.moveDown) }
        scenario.send(.open)
        for _ in 0..<(firstField(.moreInfo) - CounterpartiesScreen.transactionsLine) { scenario.send(.moveDown) }
        return scenario
    }

    static func firstField(_ field: CounterpartyMetadataField) -> Int {
        CounterpartiesScreen.firstFieldLine + (CounterpartyMetadataField.allCases.firstIndex(of: field) ?? 0)
    }

    static func screen(_ scenario: Scenario) -> CounterpartiesScreen? { scenario.state.topScreen?.screen as? CounterpartiesScreen }

    struct Shot: Sendable, CustomTestStringConvertible {
        let name: String
        let keys: [Action]
        var testDescription: String { name }
    }

    static let shots = [
        Shot(name: "counterparties", keys: []),
        Shot(name: "counterparty-detail", keys: [.moveDown, .moveDown, .moveDown, .moveDown, .open, .moveDown, .moveDown]),
    ]

    @Test(arguments: shots, GoldenScreenTests.sizes)
    func matchesGolden(_ shot: Shot, size: Size) throws {
        var scenario = Self.opened(rows: size.rows, cols: size.cols)
        for key in shot.keys { scenario.send(key) }
        try Golden.check(scenario.render().text(), named: "\(shot.name)-\(size.cols)x\(size.rows)")
    }

    @Test func totalsComeFromTheTransactionsAndSortByTotalOutThenByEachColumn() throws {
        var scenario = Self.opened(rows: 40, cols: 120)
        var screen = try #require(Self.screen(scenario))
        let expected = Dictionary(grouping: Self.page.items) { $0.counterparty?.id ?? "" }.mapValues { txs in
            txs.compactMap(\.value?.amount).filter { $0 < 0 }.reduce(0, -)
        }
        #expect(screen.list.items.map(\.id) == screen.list.items.sorted { (expected[$0.id] ?? 0) > (expected[$1.id] ?? 0) }.map(\.id))
        #expect(screen.list.items.first.map { $0.stats?.totalOut == expected[$0.id] } == true)
        #expect(screen.list.items.last?.id == "cp-x", "the payee has no transactions yet")
        #expect(screen.stats.values.reduce(0) { $0 + $1.count } == Fixture.count)
        #expect(!screen.title.contains("so far"))

        scenario.send(.screenKey(.character("s")))
        screen = try #require(Self.screen(scenario))
        #expect(screen.sortColumn == .last && scenario.state.status.info == "sorted by last")
        for _ in 0..<2 { scenario.send(.screenKey(.character("s"))) }
        screen = try #require(Self.screen(scenario))
        #expect(screen.sortColumn == .number)
        scenario.send(.screenKey(.character("s")), .screenKey(.character("S")))
        screen = try #require(Self.screen(scenario))
        #expect(screen.sortColumn == .count && !screen.sortDescending)
        #expect(screen.list.items.first?.id == "cp-x")
    }

    @Test func whilePagesArriveTheTotalsSaySoFar() throws {
        let scenario = Self.opened(rows: 24, cols: 80, loadingPages: true)
        let screen = try #require(Self.screen(scenario))
        #expect(screen.isLoadingStats && screen.title.hasSuffix("· totals so far"))
        #expect(screen.stats.values.reduce(0) { $0 + $1.count } == 20)
    }

    @Test func anEditShowsAtOnceAndAFailedOneRollsBackIntoADraftOfferedAgain() throws {
        let scenario = Self.opened(rows: 40, cols: 120)
        var screen = try #require(Self.screen(scenario))
        let row = try #require(screen.list.items.firstIndex { $0.id == "cp-0" })
        screen.list.select(row)
        _ = screen.handle(.open)
        _ = screen.handle(.move(.by(Self.firstField(.url) - CounterpartiesScreen.transactionsLine)))
        #expect(screen.selectedField == .url)
        #expect(screen.validate(field: "edit.url", text: "ftp://k-market.example") == "a URL starts with http:// or https://")
        guard case .prompt(_, _, let offered)? = screen.handle(.event(.edit)).first else {
            Issue.record("e asks for the URL")
            return
        }
        #expect(offered == "https://k-market.example")
        let sent = screen.handle(.submitted(field: "edit.url", text: "https://kesko.example"))
        let target = screen.target("cp-0", .url)
        guard case .writeCounterpartyField(let asked, let text)? = sent.first, sent.count == 1 else {
            Issue.record("one write, handed to the app: \(sent)")
            return
        }
        #expect(asked == target && text == "https://kesko.example")
        #expect(screen.opened?.metadata?.url == "https://kesko.example", "shown before the server answers")
        #expect(screen.editBlocked(clearing: false) == "the URL is being saved")
        let refusal = BankError(kind: .forbidden(permission: "can_add_url"), message: "OBP-30022: no can_add_url")
        _ = screen.handle(.event(.written(target, text: "https://kesko.example", refusal)))
        #expect(screen.opened?.metadata?.url == "https://k-market.example", "rolled back")
        // The app keeps the draft and tells the screen; drafts of other accounts or views are not this screen's.
        let draft = Draft(field: target, text: "https://kesko.example", error: refusal.userMessage)
        var elsewhere = target
        elsewhere.viewID = "accountant"
        _ = screen.handle(.event(.drafts([draft, Draft(field: elsewhere, text: "https://other.example")])))
        #expect(screen.drafts == [draft])
        guard case .prompt(_, _, let again)? = screen.handle(.event(.edit)).first else {
            Issue.record("e asks again")
            return
        }
        #expect(again == "https://kesko.example", "the draft is offered")
        _ = screen.handle(.submitted(field: "edit.url", text: again))
        _ = screen.handle(.event(.written(target, text: again, nil)))
        _ = screen.handle(.event(.drafts([])))
        #expect(screen.drafts.isEmpty && screen.opened?.metadata?.url == "https://kesko.example")

        // A draft `:retry` sent, not made on this screen, shows once saved.
        let alias = screen.target("cp-0", .privateAlias)
        _ = screen.handle(.event(.written(alias, text: "Kauppa", nil)))
        #expect(screen.opened?.metadata?.privateAlias == "Kauppa")

        _ = screen.handle(.move(.top))
        _ = screen.handle(.move(.by(Self.firstField(.publicAlias))))
        #expect(screen.handle(.event(.clear)).count == 1)
        #expect(screen.opened?.metadata?.publicAlias == "", "x clears optimistically")
    }

    /// Through the app: a refused edit becomes one of the app's drafts (the status bar counts it, the file keeps
    /// it), the screen shows it on its field, and `:retry` sends it again and clears it.
    @Test func aRefusedEditIsAnAppDraftThatRetrySends() throws {
        var scenario = try Self.onMoreInfoOfTheFirstParty(rows: 40, cols: 120)
        var screen = try #require(Self.screen(scenario))
        #expect(screen.selectedField == .moreInfo)
        scenario.failFieldWrites = BankError(kind: .server, status: 503, message: "Service Unavailable")
        scenario.send(.screenKey(.character("e")), .edit(.deleteToStart))
        scenario.type("Closed on Sundays")
        scenario.send(.submit)
        let target = try #require(Self.screen(scenario)).target("cp-0", .moreInfo)
        #expect(scenario.state.drafts.map(\.change) == [.counterpartyField(target, text: "Closed on Sundays")])
        #expect(scenario.state.drafts.first?.error?.contains("Service Unavailable") == true)
        #expect(scenario.state.status.error?.hasSuffix("(kept as a draft: :retry)") == true)
        screen = try #require(Self.screen(scenario))
        #expect(screen.opened?.metadata?.moreInfo == "Open till 23", "rolled back")
        #expect(scenario.render().text().contains("draft: Closed on Sundays"))

        scenario.failFieldWrites = nil
        scenario.send(.commandLine)
        scenario.type("retry")
        scenario.send(.submit)
        #expect(scenario.state.drafts.isEmpty)
        #expect(scenario.state.status.info == "saved the more info")
        screen = try #require(Self.screen(scenario))
        #expect(screen.opened?.metadata?.moreInfo == "Closed on Sundays" && screen.drafts.isEmpty)
    }

    /// Nothing typed is lost: Ctrl-C while a field's text is typed keeps it as that field's draft, and asks.
    @Test func quittingWhileAFieldIsTypedKeepsItAsADraft() throws {
        var scenario = try Self.onMoreInfoOfTheFirstParty(rows: 24, cols: 80)
        scenario.send(.screenKey(.character("e")), .edit(.deleteToStart))
        scenario.type("Closed on Mondays")
        scenario.send(.quit)
        let target = try #require(Self.screen(scenario)).target("cp-0", .moreInfo)
        #expect(scenario.state.drafts.map(\.change) == [.counterpartyField(target, text: "Closed on Mondays")])
        #expect(scenario.state.overlay == .confirmQuit(unsaved: 1) && !scenario.state.shouldQuit)
    }

    @Test func aViewWithoutTheFlagSaysWhichOneAndHiddenMetadataCannotBeEdited() throws {
        var scenario = Self.opened(rows: 24, cols: 80)
        let id = try #require(scenario.state.topScreen?.id)
        scenario.send(.screenEvent(screenID: id, payload: CounterpartiesEvent.views(.success([
            ViewSummary(id: "owner", shortName: "Owner", permissions: [ViewPermission(rawValue: "can_see_other_account_metadata")]),
        ]))))
        scenario.send(.screenKey(.character("a")))
        #expect(scenario.state.status.error == "this view may not add counterparties (can_add_counterparty)")
        var screen = try #require(Self.screen(scenario))
        screen.list.select(try #require(screen.list.items.firstIndex { $0.id == "cp-0" }))
        _ = screen.handle(.open)
        _ = screen.handle(.move(.by(Self.firstField(.publicAlias) - CounterpartiesScreen.transactionsLine)))
        #expect(screen.editBlocked(clearing: false) == "this view may not change the public alias (can_add_public_alias)")
        #expect(screen.editBlocked(clearing: true) == "this view may not clear the public alias (can_add_public_alias)")
        _ = screen.handle(.back)
        screen.list.select(try #require(screen.list.items.firstIndex { $0.id == "cp-4" }))
        _ = screen.handle(.open)
        _ = screen.handle(.move(.by(Self.firstField(.publicAlias) - CounterpartiesScreen.transactionsLine)))
        #expect(screen.editBlocked(clearing: false) == "this view hides the counterparty's metadata (can_see_other_account_metadata)")
    }

    @Test func aNewPayeeIsCheckedAtEachPromptBeforeAnyRequest() throws {
        var scenario = Self.opened(rows: 24, cols: 80)
        scenario.send(.screenKey(.character("a")))
        scenario.type("HSL")
        guard case .prompt(let name) = scenario.state.overlay else {
            Issue.record("a asks for a name")
            return
        }
        #expect(name.error == "a counterparty named HSL exists: names are unique")
        scenario.send(.cancel, .screenKey(.character("a")))
        scenario.type("Landlord")
        scenario.send(.submit)
        scenario.type("FI4950009420028731")
        guard case .prompt(let iban) = scenario.state.overlay else {
            Issue.record("then for an IBAN")
            return
        }
        #expect(iban.error == "the IBAN's check digits do not match: is a digit mistyped?")
        scenario.send(.submit)
        #expect(scenario.state.overlay != nil, "Enter is refused while the IBAN is wrong")
        var screen = try #require(Self.screen(scenario))
        #expect(screen.validate(field: "add.destination", text: "FI49 5000 9420 0287 30") == nil)
        #expect(screen.validate(field: "add.destination", text: "fi.pohjoinen/fi-sav-002") == nil)
        #expect(screen.validate(field: "add.currency", text: "EURO") != nil)
        _ = screen.handle(.submitted(field: "add.name", text: "Landlord"))
        _ = screen.handle(.submitted(field: "add.destination", text: "FI4950009420028730"))
        let sent = screen.handle(.submitted(field: "add.currency", text: "eur"))
        #expect(sent.count == 1 && screen.newPayee.isSending && screen.addBlocked == "a counterparty is being added")
    }

    @Test func enterOnTheTransactionsLineFiltersTheListByTheCounterparty() throws {
        var scenario = Self.opened(rows: 24, cols: 80)
        scenario.send(.open)
        #expect(Self.screen(scenario)?.detailLine == 2)
        let name = try #require(Self.screen(scenario)?.opened?.holderName)
        scenario.send(.open)
        #expect(scenario.state.topScreen == nil, "the screen closes")
        #expect(scenario.state.transactions.filter.text == name && scenario.state.transactions.filter.isActive)
    }

    @Test func openedOnATransactionItOpensThatCounterparty() throws {
        var scenario = Scenario(rows: 24, cols: 80)
        scenario.send(.open, .open, .moveDown, .moveDown, .open)
        let tx = try #require(scenario.state.transactions.selectedTransaction)
        scenario.send(.openScreen(name: "counterparties", argument: nil))
        let id = try #require(scenario.state.topScreen?.id)
        scenario.send(.screenEvent(screenID: id, payload: CounterpartiesEvent.loaded(.success(Self.others))),
                      .screenEvent(screenID: id, payload: CounterpartiesEvent.page(.success(Self.page))))
        #expect(Self.screen(scenario)?.opened?.id == tx.counterparty?.id)
    }
}
