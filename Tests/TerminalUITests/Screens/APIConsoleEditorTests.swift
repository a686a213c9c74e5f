import BankKit
import BrowserModel
import Testing
@testable import TerminalUI

/// `e` in `:api` through the real reducer: it asks the UI to run the editor on the example body (pretty-printed),
/// and the answer the UI sends back changes the body, or not, saying why in one line. `E` keeps the one-line edit.
struct APIConsoleEditorTests {
    /// `:api` with the canned docs, the POST "Add a tag" selected.
    static func onAPost() -> Scenario {
        var scenario = Scenario(rows: 24, cols: 80)
        scenario.send(.openScreen(name: "api", argument: nil))
        scenario.deliver(.loaded(.success(APIConsoleScreenTests.docs)))
        scenario.send(.moveDown, .moveDown)
        return scenario
    }

    @Test func eAsksForTheEditorAndItsSavedJSONBecomesTheBody() throws {
        var scenario = Self.onAPost()
        scenario.send(.screenKey(.character("e")))
        let request = try #require(scenario.state.editorRequest)
        #expect(request.text == "{\n  \"value\": \"food\"\n}")
        #expect(request.target.field == "body" && request.target.title == "request body (JSON)")
        #expect(scenario.state.overlay == nil)

        scenario.send(.editorFinished(sequence: request.sequence, .saved("{\n  \"value\": \"fuel\"\n}")))
        #expect(scenario.state.editorRequest == nil)
        #expect(scenario.apiScreen?.selectedRequest?.body == "{\"value\":\"fuel\"}", "kept as compact JSON")
        #expect(scenario.apiScreen?.isShowingEndpoint == true)
    }

    @Test func aFailedEditLeavesTheBodyAndSaysWhyInOneLine() throws {
        var scenario = Self.onAPost()
        scenario.send(.screenKey(.character("e")))
        let request = try #require(scenario.state.editorRequest)
        scenario.send(.editorFinished(sequence: request.sequence, .unchanged("the editor (vim) exited with status 1")))
        #expect(scenario.state.status.error == "request body (JSON) unchanged: the editor (vim) exited with status 1")
        #expect(scenario.apiScreen?.selectedRequest?.body == "{\"value\":\"food\"}")
        scenario.send(.editorFinished(sequence: request.sequence, .saved("{}")))
        #expect(scenario.apiScreen?.selectedRequest?.body == "{\"value\":\"food\"}", "an answer is taken once")
    }

    @Test func savedTextThatIsNotJSONWaitsInThePromptToBeFixed() throws {
        var scenario = Self.onAPost()
        scenario.send(.screenKey(.character("e")))
        let request = try #require(scenario.state.editorRequest)
        scenario.send(.editorFinished(sequence: request.sequence, .saved("{\n  \"value\": \n}")))
        guard case .prompt(let prompt) = scenario.state.overlay else {
            Issue.record("the text is offered in the prompt")
            return
        }
        #expect(prompt.text == "{   \"value\":  }")
        #expect(prompt.error?.hasPrefix("not JSON yet") == true)
        #expect(scenario.apiScreen?.selectedRequest?.body == "{\"value\":\"food\"}")
    }

    @Test func capitalEEditsOnOneLineWithoutTheEditor() {
        var scenario = Self.onAPost()
        scenario.send(.screenKey(.character("E")))
        #expect(scenario.state.editorRequest == nil)
        guard case .prompt(let prompt) = scenario.state.overlay else {
            Issue.record("E opens the one-line prompt")
            return
        }
        #expect(prompt.text == "{\"value\":\"food\"}")
    }
}
