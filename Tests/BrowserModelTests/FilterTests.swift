import BankKit
@testable import BrowserModel
import Testing
import TestSupport

@Suite struct FilterTests {
    @Test func filtersAsYouTypeCaseInsensitively() throws {
        var harness = Harness(pageLimit: 50, rows: 10)
        harness.openBusiestAccount()
        let loaded = harness.state.transactions.count
        let word = try #require(harness.state.transactions.transaction(at: 3).description?.split(separator: " ").first)
        harness.send(.startFilter)
        harness.send(.insertText(word.uppercased()))
        let list = harness.state.transactions
        #expect(list.filter.isActive)
        #expect(list.displayedCount > 0 && list.displayedCount <= loaded)
        for row in 0..<list.displayedCount {
            let transaction = list.transaction(forRow: row)
            let haystack = [transaction.description ?? "", transaction.counterparty?.holderName ?? ""]
                .joined(separator: " ").lowercased()
            #expect(haystack.contains(word.lowercased()))
        }
        // Narrowing then widening again gives the same rows as typing directly.
        let matches = list.filter.matches
        harness.send(.insert("#"))
        harness.send(.edit(.deleteBackward))
        #expect(harness.state.transactions.filter.matches == matches)
        harness.send(.submit)
        #expect(harness.state.overlay == nil)
        #expect(harness.state.transactions.filter.isActive)
        harness.send(.back)
        #expect(!harness.state.transactions.filter.isActive)
        #expect(harness.state.transactions.displayedCount == loaded)
    }

    @Test func matchesAmountsAndTags() {
        var list = TransactionList()
        let account = AccountRef(bankID: "b", accountID: "a")
        let transactions = [
            Transaction(id: "1", account: account, description: "Coffee",
                        value: Money(amount: -3.5, currency: "EUR")),
            Transaction(id: "2", account: account, description: "Rent",
                        metadata: TransactionMetadata(tags: [Tag(id: "t", value: "Housing")])),
        ]
        list.pageLimit = 50
        list.append(TransactionPage(offset: 0, limit: 50, transactions: transactions))
        list.filter.update(text: "-3.50", pages: list.pages, count: list.count)
        #expect(list.filter.matches == [0])
        list.filter.update(text: "housing", pages: list.pages, count: list.count)
        #expect(list.filter.matches == [1])
        list.filter.update(text: "nothing", pages: list.pages, count: list.count)
        #expect(list.filter.matches == [])
        #expect(list.selectedTransaction == nil)
    }

    @Test func nextAndPreviousMatchWrapAround() {
        var harness = Harness(pageLimit: 50, rows: 10)
        harness.openBusiestAccount()
        harness.send(.nextMatch)
        #expect(harness.state.status.info?.contains("no filter") == true)
        harness.send(.startFilter)
        harness.send(.insertText("a"))
        harness.send(.submit)
        let count = harness.state.transactions.displayedCount
        #expect(count > 1)
        harness.send(.prevMatch)
        #expect(harness.state.transactions.selection.index == count - 1)
        harness.send(.nextMatch)
        #expect(harness.state.transactions.selection.index == 0)
    }

    @Test func pagesArrivingLaterAreFilteredToo() {
        var harness = Harness(pageLimit: 20, rows: 5)
        harness.openBusiestAccount()
        harness.send(.bottom)
        harness.settle()
        harness.send(.bottom)
        harness.settle()
        #expect(harness.state.transactions.count == 60)
        harness.send(.startFilter)
        harness.send(.insertText("e"))
        harness.send(.submit)
        // `r` empties the list and refills it page by page up to the cursor, with the filter on.
        harness.send(.reload)
        harness.settle()
        let list = harness.state.transactions
        #expect(list.count >= 40)
        let expected = (0..<list.count).filter { list.searchKey(at: $0).contains("e") }
        #expect(list.filter.matches?.map(Int.init) == expected)
        #expect(!expected.isEmpty)
    }

    @Test func aRowTaggedToMatchJoinsTheFilteredListUnderTheCursor() {
        let account = AccountRef(bankID: "b", accountID: "a")
        var list = TransactionList()
        list.pageLimit = 50
        list.append(TransactionPage(offset: 0, limit: 50, transactions: [
            Transaction(id: "0", account: account, description: "zebra crossing"),
            Transaction(id: "1", account: account, description: "coffee"),
            Transaction(id: "2", account: account, description: "zebra food"),
        ]))
        list.filter.update(text: "zebra", pages: list.pages, count: list.count)
        list.selection.select(1, count: list.displayedCount)
        #expect(list.selectedTransaction?.id == "2")
        var tagged = list.transaction(at: 1)
        tagged.metadata.tags = [Tag(id: "t", value: "Zebra")]
        list.replaceTransaction(at: 1, with: tagged)
        #expect(list.filter.matches == [0, 1, 2])
        #expect(list.selectedTransaction?.id == "2", "the cursor stays on its transaction")
    }

    @Test func cancellingTheFilterPromptClearsTheFilter() {
        var harness = Harness()
        harness.openBusiestAccount()
        harness.send(.startFilter)
        harness.send(.insertText("zzzz-no-match"))
        #expect(harness.state.transactions.displayedCount == 0)
        harness.send(.cancel)
        #expect(harness.state.overlay == nil)
        #expect(!harness.state.transactions.filter.isActive)
        #expect(harness.state.transactions.displayedCount == 20)
    }

    @Test func filterNeedsAnOpenAccount() {
        var harness = Harness()
        harness.send(.startFilter)
        #expect(harness.state.overlay == nil)
        #expect(harness.state.status.error != nil)
    }
}
