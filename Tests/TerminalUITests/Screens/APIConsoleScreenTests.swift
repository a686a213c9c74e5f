import BankKit
import BrowserModel
import Foundation
import Testing
@testable import TerminalUI

/// `:api`, API Explorer: drawn from canned resource docs and a canned answer sent to its reducer, and the
/// reducer's filter, path filling and question before anything but a GET.
struct APIConsoleScreenTests {
    static let docs = [
        OBPResourceDoc(method: .get, url: "/obp/v5.1.0/banks", summary: "Get Banks",
                       description: "Get banks on this API instance.\nAuthentication is Optional", tags: ["Bank"]),
        OBPResourceDoc(method: .get, url: "/obp/v5.1.0/banks/BANK_ID/accounts/ACCOUNT_ID/VIEW_ID/transactions",
                       summary: "Get Transactions for Account (Full)", description: "Returns transactions list.",
                       tags: ["Transaction", "Account"]),
        OBPResourceDoc(method: .post,
                       url: "/obp/v5.1.0/banks/BANK_ID/accounts/ACCOUNT_ID/VIEW_ID/transactions/TRANSACTION_ID/metadata/tags",
                       summary: "Add a tag", description: "Posts a tag about a transaction.", tags: ["Transaction-Metadata"],
                       exampleBody: "{\"value\":\"food\"}"),
        OBPResourceDoc(method: .get, url: "/obp/v5.1.0/users/USER_ID", summary: "Get User by USER_ID",
                       description: "Get user by USER_ID.", tags: ["User"]),
        OBPResourceDoc(method: .delete, url: "/obp/v5.1.0/banks/BANK_ID/accounts/ACCOUNT_ID/VIEW_ID/transactions/TRANSACTION_ID/metadata/tags/TAG_ID",
                       summary: "Delete a tag", tags: ["Transaction-Metadata"]),
    ]

    static let banksJSON = Data("""
        {"banks":[{"id":"obp-bank-x-gh","short_name":"Bank X","full_name":"Bank X Plc","logo":"","website":""},\
        {"id":"obp-bank-y-gh","short_name":"Bank Y","full_name":"Bank Y Oy","logo":"","website":""}]}
        """.utf8)

    struct Shot: Sendable, CustomTestStringConvertible {
        let name: String
        let build: @Sendable (inout Scenario) -> Void
        var testDescription: String { name }
    }

    static let shots = [
        Shot(name: "api") { scenario in
            scenario.send(.open, .open, .open, .openScreen(name: "api", argument: nil))
            scenario.deliver(.loaded(.success(docs)))
        },
        Shot(name: "api-response") { scenario in
            scenario.send(.openScreen(name: "api", argument: nil))
            scenario.deliver(.loaded(.success(docs)))
            scenario.send(.open)
            let request = try! #require(scenario.apiScreen?.selectedRequest)
            scenario.deliver(.answered(request, .success(APIConsoleAnswer(status: 200, milliseconds: 12, body: banksJSON))))
        },
    ]

    @Test(arguments: shots, GoldenScreenTests.sizes)
    func matchesGolden(_ shot: Shot, size: Size) throws {
        var scenario = Scenario(rows: size.rows, cols: size.cols)
        shot.build(&scenario)
        try Golden.check(scenario.render().text(), named: "\(shot.name)-\(size.cols)x\(size.rows)")
    }

    static func screen(_ context: ScreenContext = context) -> APIConsoleScreen {
        guard case .success(var screen) = APIConsoleScreen.open(context, argument: nil) else { fatalError() }
        _ = screen.load(reload: false)
        _ = screen.handle(.event(.loaded(.success(docs))))
        return screen
    }

    static let context = ScreenContext(
        providerName: "OBP", capabilities: .obp,
        bank: Bank(id: "obp-bank-x-gh", shortName: "Bank X", fullName: "Bank X"),
        account: Account(ref: AccountRef(bankID: "obp-bank-x-gh", accountID: "acc-1")),
        viewID: "owner", transactionID: "tx-9")

    @Test func filterNarrowsByVerbPathSummaryAndTagAndClears() {
        var screen = Self.screen()
        let prompt = screen.handle(.event(.askFilter))
        guard case .prompt(field: "filter", _, text: "")? = prompt.first else {
            Issue.record("f asks for the filter")
            return
        }
        _ = screen.handle(.submitted(field: "filter", text: "  transaction-metadata "))
        #expect(screen.list.items.map(\.summary) == ["Add a tag", "Delete a tag"])
        #expect(screen.title == "API Explorer: 2 of 5 matching \"transaction-metadata\"")
        _ = screen.handle(.submitted(field: "filter", text: "get account"))
        #expect(screen.list.items.map(\.summary) == ["Get Transactions for Account (Full)"], "every word must match")
        _ = screen.handle(.submitted(field: "filter", text: "nothing like it"))
        #expect(screen.list.items.isEmpty)
        #expect(screen.presentation.placeholder?.text == "no endpoint matches \"nothing like it\"")
        _ = screen.handle(.submitted(field: "filter", text: ""))
        #expect(screen.list.items.count == 5)
    }

    @Test func pathParametersComeFromWhereTheUserWas() {
        var screen = Self.screen()
        _ = screen.handle(.move(.by(2)))
        #expect(screen.selectedRequest?.path
            == "/obp/v5.1.0/banks/obp-bank-x-gh/accounts/acc-1/owner/transactions/tx-9/metadata/tags")
        _ = screen.handle(.move(.by(1)))
        #expect(screen.selectedRequest?.path == "/obp/v5.1.0/users/USER_ID", "what is not known stays visible")
        #expect(screen.bindings.first { $0.hint == "send" }?.disabledReason
            == "USER_ID is not known here: open :api where it is selected")

        var onABank = Self.screen(ScreenContext(providerName: "OBP", capabilities: .obp,
                                                bank: Bank(id: "b2", shortName: "B", fullName: "B")))
        _ = onABank.handle(.move(.by(1)))
        #expect(onABank.selectedRequest?.path == "/obp/v5.1.0/banks/b2/accounts/ACCOUNT_ID/VIEW_ID/transactions")
    }

    @Test func aGetIsSentAtOnceAndAnythingElseAsksFirstWithItsExampleBody() {
        var screen = Self.screen()
        let get = screen.handle(.event(.send))
        guard case .run? = get.first, get.count == 1 else {
            Issue.record("a GET is sent without a question")
            return
        }
        #expect(screen.bindings.first { $0.hint == "send" }?.disabledReason == "a request is on its way")
        #expect(screen.handle(.event(.send)).isEmpty, "never sent twice")
        let request = screen.pending!
        _ = screen.handle(.event(.answered(request, .success(APIConsoleAnswer(
            status: 200, milliseconds: 3, body: Data("{\"banks\":[]}".utf8))))))
        #expect(screen.pending == nil)
        #expect(screen.presentation.detail?.lines.contains { $0.value.text == "200 in 3 ms" } == true)

        _ = screen.handle(.back)
        _ = screen.handle(.move(.by(2)))
        let post = screen.handle(.event(.send))
        guard case .confirm(field: "send", let question)? = post.first, post.count == 1 else {
            Issue.record("a POST asks first")
            return
        }
        #expect(question.hasPrefix("POST /obp/v5.1.0/banks/obp-bank-x-gh/"))
        #expect(screen.pending == nil, "nothing is sent before the answer")
        guard case .run? = screen.handle(.confirmed(field: "send")).first else {
            Issue.record("confirming sends it")
            return
        }
        #expect(screen.pending?.body == "{\"value\":\"food\"}")
        #expect(screen.pending?.commandLine == "printf '%s' '{\"value\":\"food\"}' | bankterm api POST "
            + "/obp/v5.1.0/banks/obp-bank-x-gh/accounts/acc-1/owner/transactions/tx-9/metadata/tags --input -")
    }

    @Test func theBodyIsEditedFromTheExampleAsJSONAndTheEditIsSent() {
        var screen = Self.screen()
        #expect(screen.bindings.first { $0.hint == "body" }?.disabledReason == "a GET sends no body")
        _ = screen.handle(.move(.by(2)))
        guard case .editText(field: "body", _, text: "{\n  \"value\": \"food\"\n}")? = screen.handle(.event(.editBody)).first
        else {
            Issue.record("e opens the example body, indented, in the editor")
            return
        }
        guard case .prompt(field: "body", _, text: "{\"value\":\"food\"}")? = screen.handle(.event(.editBodyInline)).first
        else {
            Issue.record("E starts the one-line edit from the example body")
            return
        }
        #expect(screen.validate(field: "body", text: "{\"value\":") == "not JSON yet")
        #expect(screen.validate(field: "body", text: "{\"value\":\"fuel\"}") == nil)
        _ = screen.handle(.submitted(field: "body", text: "{\n  \"value\": \"fuel\"\n}"))
        #expect(screen.selectedRequest?.body == "{\"value\":\"fuel\"}", "kept compact, as the example is")
        _ = screen.handle(.event(.send))
        _ = screen.handle(.confirmed(field: "send"))
        #expect(screen.pending?.body == "{\"value\":\"fuel\"}")
    }

    @Test func anEndpointNamedAsTheFilterComesFirst() {
        var screen = Self.screen()
        _ = screen.handle(.submitted(field: "filter", text: "get banks"))
        #expect(screen.list.items.first?.summary == "Get Banks")
    }

    @Test func anErrorAnswerShowsItsBodyAndSaysWhatWentWrong() {
        var screen = Self.screen()
        _ = screen.handle(.event(.send))
        let commands = screen.handle(.event(.answered(screen.pending!, .success(APIConsoleAnswer(
            status: 401, milliseconds: 5, body: Data("{\"code\":401,\"message\":\"OBP-20001: User not logged in.\"}".utf8),
            errorMessage: "not logged in: run bankterm login")))))
        guard case .fail("not logged in: run bankterm login")? = commands.first else {
            Issue.record("the status line says what went wrong")
            return
        }
        let lines = screen.presentation.detail?.lines.map(\.value.text) ?? []
        #expect(lines.contains("401 in 5 ms"))
        #expect(lines.contains("  \"message\": \"OBP-20001: User not logged in.\""))
    }

    @Test func jAndKScrollTheOpenEndpointAndEscClosesItThenTheScreen() {
        var screen = Self.screen()
        _ = screen.handle(.open)
        _ = screen.handle(.move(.by(3)))
        #expect(screen.presentation.detail?.selectedLine == 3)
        #expect(screen.list.selection.index == 0, "the list stays where it was")
        _ = screen.handle(.move(.bottom))
        #expect(screen.presentation.detail?.selectedLine == (screen.presentation.detail?.lines.count ?? 0) - 1)
        #expect(screen.handle(.back).isEmpty)
        #expect(screen.presentation.detail == nil)
        guard case .pop? = screen.handle(.back).first else {
            Issue.record("Esc on the list closes the screen")
            return
        }
    }

    @Test func anotherProviderIsToldItIsNotOBP() async {
        var scenario = Scenario(rows: 24, cols: 80)
        scenario.send(.openScreen(name: "api", argument: nil))
        await scenario.settle()
        #expect(scenario.render().text().contains("API Explorer needs an OBP server"))
    }
}

extension Scenario {
    var apiScreen: APIConsoleScreen? { state.topScreen?.screen as? APIConsoleScreen }

    /// Sends a canned event to the screen on top, as a finished task would.
    mutating func deliver(_ event: APIConsoleEvent) {
        guard let id = state.topScreen?.id else { return }
        send(.screenEvent(screenID: id, payload: event))
    }
}

extension ProviderCapabilities {
    static let obp = ProviderCapabilities(supportsViews: true, metadataIsLocal: false, supportsImages: true,
                                          supportsBranches: true)
}
