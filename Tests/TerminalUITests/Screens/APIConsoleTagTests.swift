import BankKit
import BrowserModel
import Testing
@testable import TerminalUI

/// `:api`'s tag filter: `#Tag` tokens in `f`'s filter (exact tag, else a tag's start), and `t`'s picker, which
/// writes that token for the user.
struct APIConsoleTagTests {
    static func filtered(_ text: String) -> [String] {
        var screen = APIConsoleScreenTests.screen()
        _ = screen.handle(.submitted(field: "filter", text: text))
        return screen.list.items.map(\.summary)
    }

    @Test func aHashTokenKeepsOneTagsEndpoints() {
        #expect(Self.filtered("#Transaction") == ["Get Transactions for Account (Full)"],
                "an exact tag: not Transaction-Metadata")
        #expect(Self.filtered("#transaction-metadata") == ["Add a tag", "Delete a tag"])
        #expect(Self.filtered("#TransactionMetadata") == ["Add a tag", "Delete a tag"], "dashes and case ignored")
        #expect(Self.filtered("#trans") == ["Get Transactions for Account (Full)", "Add a tag", "Delete a tag"],
                "no tag is exactly that: a tag's start is enough")
        #expect(Self.filtered("delete #Transaction-Metadata") == ["Delete a tag"], "words and tags together")
        #expect(Self.filtered("#Bank #User").isEmpty, "every tag must hold")
        #expect(Self.filtered("#nosuch").isEmpty)
        #expect(Self.filtered("#").count == 5, "a bare # asks for nothing")
    }

    @Test func tListsTheTagsAndEnterFiltersByOne() {
        var screen = APIConsoleScreenTests.screen()
        _ = screen.handle(.submitted(field: "filter", text: "tag"))
        _ = screen.handle(.event(.pickTag))
        let picker = screen.tagPicker?.items ?? []
        #expect(picker.map(\.name) == [nil, "Account", "Bank", "Transaction", "Transaction-Metadata", "User"])
        #expect(picker.map(\.count) == [5, 1, 1, 1, 2, 1])
        #expect(screen.title == "API Explorer tags: Enter filters by one, Esc goes back")
        #expect(screen.presentation.rows.first?.first?.text == "(any tag)")
        #expect(screen.hints.isEmpty, "the endpoint keys wait while the picker is open")
        #expect(screen.bindings.first { $0.hint == "send" }?.disabledReason
            == "the tag picker is open: Enter filters by the tag, Esc goes back")

        _ = screen.handle(.move(.by(4)))
        #expect(screen.handle(.open).isEmpty)
        #expect(screen.tagPicker == nil)
        #expect(screen.filter == "#Transaction-Metadata tag", "the picked tag joins the words typed before")
        #expect(screen.list.items.map(\.summary) == ["Add a tag", "Delete a tag"])

        _ = screen.handle(.event(.pickTag))
        #expect(screen.tagPicker?.selected?.name == "Transaction-Metadata", "the picker opens on the tag in use")
        _ = screen.handle(.move(.top))
        _ = screen.handle(.open)
        #expect(screen.filter == "tag", "any tag drops the tag and keeps the words")
    }

    @Test func escClosesThePickerWithoutChangingTheFilter() {
        var screen = APIConsoleScreenTests.screen()
        _ = screen.handle(.event(.pickTag))
        _ = screen.handle(.move(.by(2)))
        #expect(screen.handle(.back).isEmpty, "Esc closes the picker, not the screen")
        #expect(screen.tagPicker == nil && screen.filter.isEmpty && screen.list.items.count == 5)
    }

    @Test func aTagWithSpacesIsWrittenAsOneToken() {
        #expect(APIDocFilter.token(for: "Account Information Service (AIS)") == "#Account-Information-Service-(AIS)")
        let doc = OBPResourceDoc(method: .get, url: "/x", summary: "X", tags: ["Account Information Service (AIS)"])
        #expect(APIDocFilter.apply("#Account-Information-Service-(AIS)", to: [doc]) == [doc])
    }
}
