import BankKit
import BrowserModel
import Foundation
import Testing
@testable import TerminalUI

/// `:account`: the account's fields beside its attributes, `L` to relabel it (from the browser too, where it goes
/// back once saved), and `:account new`, a form that asks before its one create request.
struct AccountScreenTests {
    static let account = Account(
        ref: AccountRef(bankID: "fi.pohjoinen", accountID: "fi-kt-001"), label: "Käyttötili", number: "123-456",
        owners: ["Aino Virtanen"], type: "CURRENT", balance: Money(amount: Decimal(string: "2345.60")!, currency: "EUR"),
        routings: [Routing(scheme: "IBAN", address: "FI21 1234 5600 0007 85")],
        attributes: [AccountAttribute(id: "at-1", name: "OVERDRAFT_LIMIT", type: "INTEGER", value: "500", productCode: "CURRENT"),
                     AccountAttribute(id: "at-2", name: "OPENED_ON", type: "DATE_WITH_DAY", value: "2019-04-23", productCode: "CURRENT")])

    struct Shot: Sendable, CustomTestStringConvertible {
        let name: String
        let keys: [Action]
        var testDescription: String { name }
    }

    static let shots = [
        Shot(name: "account", keys: [.openScreen(name: "account", argument: nil)]),
        Shot(name: "account-relabel", keys: [.openScreen(name: "account", argument: nil), .screenKey(.character("L"))]),
        Shot(name: "account-new", keys: [.openScreen(name: "account", argument: "new"), .open] + "fi-travel-003".map { .insert($0) }
             + [.submit, .open] + "Travel fund".map { .insert($0) } + [.submit]),
    ]

    /// The fixture's first account open, the screen opened by `keys`, its load answered with `account`.
    static func opened(_ keys: [Action], rows: Int, cols: Int) -> Scenario {
        var scenario = Scenario(rows: rows, cols: cols)
        scenario.send(.open, .open)
        for key in keys {
            scenario.send(key)
            if case .openScreen = key, let id = scenario.state.topScreen?.id {
                scenario.send(.screenEvent(screenID: id, payload: AccountEvent.loaded(.success(account))))
            }
        }
        return scenario
    }

    @Test(arguments: shots, GoldenScreenTests.sizes)
    func matchesGolden(_ shot: Shot, size: Size) throws {
        let scenario = Self.opened(shot.keys, rows: size.rows, cols: size.cols)
        try Golden.check(scenario.render().text(), named: "\(shot.name)-\(size.cols)x\(size.rows)")
    }

    @Test func lInTheBrowserAsksAtOnceAndGoesBackOnceSaved() throws {
        var scenario = Scenario(rows: 24, cols: 80)
        scenario.send(.open)
        let translator = KeyTranslator()
        scenario.send(try #require(translator.action(for: .character("L"), in: scenario.state)))
        guard case .prompt(let prompt) = scenario.state.overlay, let id = scenario.state.topScreen?.id else {
            Issue.record("L on the selected account asks for its label")
            return
        }
        #expect(prompt.screenField?.title.hasPrefix("new label for ") == true)
        scenario.send(.edit(.deleteToStart))
        scenario.send(.submit)
        #expect(scenario.state.overlay != nil, "an empty label is refused as typed")
        scenario.type("Bills")
        scenario.send(.submit)
        var screen = try #require(scenario.state.topScreen?.screen as? AccountScreen)
        #expect(screen.isWriting && screen.relabelBlocked == "the label is being saved")
        scenario.send(.screenEvent(screenID: id, payload: AccountEvent.relabeled(.success("Bills"))))
        #expect(scenario.state.topScreen == nil, "back to the accounts")
        #expect(scenario.state.status.info?.hasSuffix("is now labelled Bills") == true)
        screen = AccountScreen.open(ScreenContext(providerName: "OBP", capabilities: scenario.state.capabilities,
                                                  account: Self.account), argument: nil).value!
        #expect(screen.relabelBlocked == nil)
    }

    @Test func aNewAccountIsAskedAboutAndCreatedOnce() throws {
        let context = ScreenContext(providerName: "OBP", capabilities: ProviderCapabilities(supportsViews: true, metadataIsLocal: false,
                                                                                              supportsImages: true, supportsBranches: true),
                                    bank: Bank(id: "fi.pohjoinen", shortName: "Pohjoinen", fullName: "Pohjoinen"))
        var screen = try #require(AccountScreen.open(context, argument: "new").value)
        #expect(screen.mode == .form && screen.createBlocked == "label: a label is needed")
        #expect(screen.validate(field: "account.currency", text: "EU") != nil)
        #expect(screen.validate(field: "account.account id", text: "a b") == "no spaces or slashes")
        _ = screen.handle(.submitted(field: "account.label", text: "Travel fund"))
        let asked = screen.handle(.event(.create))
        guard asked.count == 1, case .confirm(_, let question) = asked[0] else {
            Issue.record("s asks first: \(asked)")
            return
        }
        #expect(question == "Create the account (id from the server) \"Travel fund\" in EUR at fi.pohjoinen, with balance 0?")
        let sent = screen.handle(.confirmed(field: "create"))
        #expect(sent.count == 1)
        #expect(screen.handle(.confirmed(field: "create")).isEmpty, "one request while it is out")
        let made = AccountRef(bankID: "fi.pohjoinen", accountID: "new-1")
        let after = screen.handle(.event(.created(.success(made))))
        #expect(screen.ref == made && screen.mode == .detail)
        #expect(after.contains { if case .accountsChanged([made], nil) = $0 { true } else { false } })
        #expect(AccountScreen.open(ScreenContext(providerName: "OBP", capabilities: context.capabilities), argument: "new")
            .error?.message == "select a bank first, then :account new")
    }
}

extension Result {
    var value: Success? { try? get() }
    var error: Failure? { if case .failure(let error) = self { error } else { nil } }
}
