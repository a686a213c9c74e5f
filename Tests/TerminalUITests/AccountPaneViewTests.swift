import BankKit
import Testing
@testable import TerminalUI

/// Account lists are not moderated by a view: what they leave out is absent ("—"), never "hidden".
struct AccountPaneViewTests {
    @Test func anAccountListedWithoutNumberOrBalanceShowsThemAsAbsent() {
        let listed = Account(ref: AccountRef(bankID: "b", accountID: "acc-1"), label: "Everyday", number: nil,
                             balance: nil, views: [])
        let cells = AccountPaneView.cells(listed)
        #expect(cells[1] == TableCell(DetailLine.absentText, role: .muted))
        #expect(cells[2] == TableCell(DetailLine.absentText, role: .muted))
        #expect(!cells.contains { $0.text.string.contains("hidden") || $0.role == .hiddenByView })
    }

    @Test func aListedNumberIsShownCleaned() {
        let listed = Account(ref: AccountRef(bankID: "b", accountID: "acc-1"), number: "FI21\u{1B}[2J 1234")
        #expect(AccountPaneView.cells(listed)[1].text == "FI21␛[2J 1234")
    }
}
