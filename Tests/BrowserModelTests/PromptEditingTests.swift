import BankKit
@testable import BrowserModel
import Testing
import TestSupport

/// Prompts edit at the cursor as readline does, and the cursor steps over whole grapheme clusters.
@Suite struct PromptEditingTests {
    private func prompt(_ harness: Harness) -> Prompt? {
        guard case .prompt(let prompt) = harness.state.overlay else { return nil }
        return prompt
    }

    @Test func typingAndDeletingHappenAtTheCursor() throws {
        var harness = Harness()
        harness.openBusiestAccount()
        harness.send(.addComment)
        harness.send(.insertText("lunch Ann"))
        for _ in 0..<3 { harness.send(.edit(.left)) }
        harness.send(.insertText("with "))
        #expect(prompt(harness)?.text == "lunch with Ann")
        #expect(prompt(harness)?.line.cursor == 11)
        harness.send(.edit(.deleteBackward))
        harness.send(.edit(.deleteForward))
        #expect(prompt(harness)?.text == "lunch withnn")
        harness.send(.edit(.home))
        harness.send(.edit(.deleteForward))
        harness.send(.edit(.right))
        harness.send(.insert("X"))
        #expect(prompt(harness)?.text == "uXnch withnn")
        harness.send(.edit(.end))
        harness.send(.insert("!"))
        #expect(prompt(harness)?.text == "uXnch withnn!")
        #expect(prompt(harness)?.line.cursor == 13)
    }

    @Test func controlWUAndKCutWordsAndEnds() {
        var line = LineEditor("pay the  rent now")
        for _ in 0..<4 { line.apply(.left) }
        line.apply(.deleteWordBackward)
        #expect(line.text == "pay the   now")
        #expect(line.head == "pay the  ")
        line.apply(.deleteWordBackward)
        #expect(line.text == "pay  now")
        line.apply(.deleteToEnd)
        #expect(line.text == "pay ")
        line.apply(.left)
        line.apply(.deleteToStart)
        #expect(line.text == " ")
        #expect(line.cursor == 0)
        let deleted = line.apply(.deleteBackward)
        let moved = line.apply(.left)
        #expect(!deleted && !moved)
    }

    @Test(arguments: ["e\u{301}", "日", "👩‍👩‍👧", "🇫🇮", "☕\u{FE0F}"])
    func theCursorNeverSplitsACluster(_ cluster: String) {
        var line = LineEditor("a" + cluster + "b")
        line.apply(.left)
        #expect(line.tail == "b")
        line.apply(.left)
        #expect(line.head == "a")
        #expect(line.tail == cluster + "b")
        line.apply(.deleteForward)
        #expect(line.text == "ab")
        line = LineEditor("a" + cluster)
        line.apply(.deleteBackward)
        #expect(line.text == "a")
    }

    @Test func aCombiningMarkTypedAfterALetterJoinsIt() {
        var line = LineEditor("cafe")
        line.insert("\u{301}")
        #expect(line.text == "caf\u{E9}")
        #expect(line.cursor == 4)
        line.apply(.left)
        line.apply(.deleteForward)
        #expect(line.text == "caf")
    }

    @Test func editingTheMiddleOfTheFilterRefilters() throws {
        var harness = Harness(pageLimit: 50, rows: 10)
        harness.openBusiestAccount()
        harness.send(.startFilter)
        harness.send(.insertText("zz-no-such-text"))
        #expect(harness.state.transactions.displayedCount == 0)
        harness.send(.edit(.deleteToStart))
        #expect(!harness.state.transactions.filter.isActive)
        #expect(harness.state.transactions.displayedCount == harness.state.transactions.count)
    }

    @Test func aFailedCommentEditedAtTheCursorReplacesItsDraft() throws {
        var harness = Harness()
        harness.openBusiestAccount()
        harness.writeFailure = BankError(kind: .server, status: 500, message: "boom")
        harness.send(.addComment)
        harness.send(.insertText("lunch Ann"))
        harness.send(.submit)
        harness.settle()
        #expect(harness.state.drafts.count == 1)
        harness.send(.addComment)
        #expect(prompt(harness)?.line.cursor == 9)
        for _ in 0..<3 { harness.send(.edit(.left)) }
        harness.send(.insertText("with "))
        harness.send(.submit)
        harness.settle()
        #expect(harness.state.drafts.map(\.annotation) == [.addComment("lunch with Ann")])
    }
}
