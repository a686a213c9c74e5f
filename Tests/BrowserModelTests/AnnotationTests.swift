import BankKit
@testable import BrowserModel
import Testing
import TestSupport

@Suite struct AnnotationTests {
    @Test func aTagWithWhiteSpaceIsRefusedInThePrompt() {
        var harness = Harness()
        harness.openBusiestAccount()
        harness.send(.addTag)
        harness.send(.insertText("two words"))
        harness.send(.submit)
        guard case .prompt(let prompt) = harness.state.overlay else {
            Issue.record("the prompt closed")
            return
        }
        #expect(prompt.error == "a tag cannot contain white space")
        #expect(harness.pending.isEmpty)
    }

    @Test(arguments: [
        ("60.17, 24.94", true), ("-90,180", true), ("91, 0", false), ("0, -181", false), ("60.17", false),
        ("north, east", false), ("nan, 1", false),
    ])
    func whereIsValidated(text: String, valid: Bool) {
        let result = AppState.annotation(for: .whereLocation, text: text)
        if valid {
            guard case .success(.setWhere) = result else {
                Issue.record("\(text) refused")
                return
            }
        } else {
            guard case .failure = result else {
                Issue.record("\(text) accepted")
                return
            }
        }
    }

    @Test func editsTheViewDoesNotAllowAreRefusedBeforeAnyRequest() {
        var harness = Harness()
        harness.openBusiestAccount()
        harness.send(.commandLine)
        harness.send(.insertText("view _public"))
        harness.send(.submit)
        harness.settle()
        #expect(harness.state.transactions.viewID == "_public")
        harness.send(.addTag)
        #expect(harness.state.overlay == nil)
        #expect(harness.state.status.error?.contains("can_add_tag") == true)
        harness.send(.addComment)
        #expect(harness.state.status.error?.contains("can_add_comment") == true)
        harness.send(.clearWhere)
        harness.send(.removeTag)
        #expect(harness.state.status.error?.contains("can_delete_tag") == true)
        #expect(harness.pending.isEmpty)
        #expect(harness.writes.isEmpty)
    }

    @Test func aTagIsShownAtOnceAndReplacedByTheServersTag() throws {
        var harness = Harness()
        harness.openBusiestAccount()
        harness.send(.addTag)
        harness.send(.insertText("food"))
        harness.send(.submit)
        let optimistic = try #require(harness.state.transactions.selectedTransaction?.metadata.tags)
        #expect(optimistic.map(\.value) == ["food"])
        #expect(optimistic.first?.id.hasPrefix("pending-") == true)
        #expect(harness.state.drafts.count == 1, "kept on disk until the server confirms")
        #expect(harness.state.activity.contains { $0.contains("saving") })
        harness.settle()
        let saved = try #require(harness.state.transactions.selectedTransaction?.metadata.tags)
        #expect(saved.map(\.id) == ["server-1"])
        #expect(harness.state.drafts.isEmpty)
        #expect(harness.savedDrafts.last?.isEmpty == true)
        // The filter sees the new tag.
        #expect(harness.state.transactions.searchKey(at: 0).contains("food"))
    }

    @Test func aFailedCommentRollsBackAndStaysAsARetryableDraft() throws {
        var harness = Harness()
        harness.openBusiestAccount()
        harness.writeFailure = BankError(kind: .server, status: 503, message: "Service Unavailable")
        harness.send(.addComment)
        harness.send(.insertText("lunch with Ann"))
        harness.send(.submit)
        harness.settle()
        #expect(harness.state.transactions.selectedTransaction?.metadata.comments == [])
        #expect(harness.state.status.error?.contains("could not save the comment") == true)
        #expect(harness.state.status.error?.contains("Service Unavailable") == true)
        let draft = try #require(harness.state.drafts.first)
        #expect(draft.annotation == .addComment("lunch with Ann"))
        #expect(draft.error != nil)
        #expect(harness.savedDrafts.last == harness.state.drafts)

        // The prompt comes back with the typed text.
        harness.send(.addComment)
        guard case .prompt(let prompt) = harness.state.overlay else {
            Issue.record("no prompt")
            return
        }
        #expect(prompt.text == "lunch with Ann")
        harness.send(.cancel)

        // Quitting now asks first.
        harness.send(.quit)
        #expect(harness.state.overlay == .confirmQuit(unsaved: 1))
        #expect(!harness.state.shouldQuit)
        harness.send(.insert("n"))
        #expect(harness.state.overlay == nil)
        #expect(!harness.state.shouldQuit)

        // :retry sends it again; this time it is saved.
        harness.writeFailure = nil
        harness.send(.commandLine)
        harness.send(.insertText("retry"))
        harness.send(.submit)
        harness.settle()
        #expect(harness.state.drafts.isEmpty)
        #expect(harness.state.transactions.selectedTransaction?.metadata.comments?.map(\.value) == ["lunch with Ann"])
        harness.send(.quit)
        #expect(harness.state.shouldQuit)
    }

    @Test func aFailedDeletionPutsTheTagBack() throws {
        var harness = Harness()
        harness.openBusiestAccount()
        for tag in ["a", "b", "c"] {
            harness.send(.addTag)
            harness.send(.insertText(tag))
            harness.send(.submit)
        }
        harness.settle()
        harness.writeFailure = BankError(kind: .forbidden(permission: "can_delete_tag"), status: 403, message: "no")
        harness.send(.removeTag)
        guard case .removalPicker(let picker) = harness.state.overlay else {
            Issue.record("no picker")
            return
        }
        #expect(picker.options.map(\.text) == ["a", "b", "c"])
        harness.send(.moveDown)
        harness.send(.open)
        #expect(harness.state.transactions.selectedTransaction?.metadata.tags?.map(\.value) == ["a", "c"])
        harness.settle()
        #expect(harness.state.transactions.selectedTransaction?.metadata.tags?.map(\.value) == ["a", "b", "c"])
        #expect(harness.state.drafts.isEmpty, "a deletion has no typed text to keep")
        #expect(harness.state.status.error?.contains("can_delete_tag") == true)
    }

    @Test(arguments: [
        ("https://example.com/receipt.png lunch receipt", true), ("http://x.io/a.jpg", true),
        ("ftp://example.com/a.png scan", false), ("receipt.png", false), ("", false), ("https:// label", false),
    ])
    func imageURLsAreValidated(text: String, valid: Bool) {
        let result = AppState.annotation(for: .addImage, text: text)
        if case .success = result { #expect(valid, "\(text) accepted") } else { #expect(!valid, "\(text) refused") }
    }

    @Test func anImageIsAddedWithItsLabelAndRemovedFromThePicker() throws {
        var harness = Harness()
        harness.openBusiestAccount()
        harness.send(.addImage)
        harness.send(.insertText("https://example.com/receipt.png lunch receipt"))
        harness.send(.submit)
        let optimistic = try #require(harness.state.transactions.selectedTransaction?.metadata.images)
        #expect(optimistic.map(\.label) == ["lunch receipt"])
        #expect(optimistic.first?.id.hasPrefix("pending-") == true)
        harness.settle()
        #expect(harness.writes == [.addImage(url: "https://example.com/receipt.png", label: "lunch receipt")])
        let saved = try #require(harness.state.transactions.selectedTransaction?.metadata.images)
        let savedID = try #require(saved.first?.id)
        #expect(savedID.hasPrefix("server-"))

        // A failed removal puts it back.
        harness.writeFailure = BankError(kind: .forbidden(permission: "can_delete_image"), status: 403, message: "no")
        harness.send(.removeImage)
        guard case .removalPicker(let picker) = harness.state.overlay else {
            Issue.record("no picker")
            return
        }
        #expect(picker.options.map(\.text) == ["lunch receipt <https://example.com/receipt.png>"])
        harness.send(.open)
        #expect(harness.state.transactions.selectedTransaction?.metadata.images == [])
        harness.settle()
        #expect(harness.state.transactions.selectedTransaction?.metadata.images?.map(\.id) == [savedID])
        #expect(harness.state.status.error?.contains("can_delete_image") == true)
    }

    @Test func aProviderWithoutImagesSaysSoInsteadOfPrompting() {
        var harness = Harness()
        harness.state.capabilities.supportsImages = false
        harness.openBusiestAccount()
        harness.send(.addImage)
        #expect(harness.state.overlay == nil)
        #expect(harness.state.status.error == "memory transactions have no images")
        #expect(harness.state.disabledReason(.addImage) != nil)
        #expect(harness.writes.isEmpty)
    }

    @Test func whereAndNarrativeRoundTrip() {
        var harness = Harness()
        harness.openBusiestAccount()
        harness.send(.setWhere)
        harness.send(.insertText("60.17, 24.94"))
        harness.send(.submit)
        harness.settle()
        #expect(harness.state.transactions.selectedTransaction?.metadata.whereTag.value?.latitude == 60.17)
        harness.send(.clearWhere)
        harness.settle()
        #expect(harness.state.transactions.selectedTransaction?.metadata.whereTag == .absent)
        harness.send(.editNarrative)
        harness.send(.insertText("rent for May"))
        harness.send(.submit)
        harness.settle()
        #expect(harness.state.transactions.selectedTransaction?.metadata.narrative == "rent for May")
        #expect(harness.writes.count == 3)
        // Cleared and saved, the narrative is removed: the browser's one way to remove it.
        harness.send(.editNarrative)
        harness.send(.edit(.end))
        harness.send(.edit(.deleteToStart))
        harness.send(.submit)
        harness.settle()
        #expect(harness.state.status.info == "removed the narrative")
        #expect(harness.state.transactions.selectedTransaction?.metadata.narrative?.isEmpty ?? true)
        #expect(harness.writes.count == 4)
    }

    @Test func quittingWhileTypingKeepsTheTextAsADraft() {
        var harness = Harness()
        harness.openBusiestAccount()
        harness.send(.addComment)
        harness.send(.insertText("call the bank"))
        harness.send(.quit)
        #expect(harness.state.overlay == .confirmQuit(unsaved: 1))
        #expect(harness.state.drafts.map(\.annotation) == [.addComment("call the bank")])
        harness.settle()
        #expect(harness.savedDrafts.last?.count == 1)
        harness.send(.quit)
        #expect(harness.state.shouldQuit)
        #expect(harness.writes.isEmpty)
    }

    @Test func annotationsNeedASelectedTransaction() {
        var harness = Harness()
        harness.send(.start)
        harness.settle()
        harness.send(.addTag)
        #expect(harness.state.overlay == nil)
        #expect(harness.state.status.error == "select a transaction first")
    }
}
