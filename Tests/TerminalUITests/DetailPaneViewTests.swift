import BankKit
import BrowserModel
import Testing
@testable import TerminalUI

/// OBP sends null both for what a view hides and for what a transaction lacks; the view's flags tell them apart.
struct DetailPaneViewTests {
    let tx = Transaction(id: "t1", account: AccountRef(bankID: "b", accountID: "a"),
                         counterparty: Counterparty(holderName: "Shop", number: "123"))

    func value(_ label: SafeText, _ lines: [DetailLine]) -> SafeText? {
        lines.first { $0.label == label }?.value
    }

    @Test func aNilFieldTheViewShowsIsAbsentNotHidden() {
        let owner = ViewSummary(id: "owner", shortName: "Owner",
                                permissions: [.canSeeTransactionBalance, "can_see_other_account_iban"])
        let lines = DetailPaneView.lines(for: tx, viewID: "owner", view: owner)
        #expect(value("Balance after", lines) == DetailLine.absentText)
        #expect(value("IBAN", lines) == DetailLine.absentText)
        #expect(value("Description", lines) == DetailLine.hiddenText)
        #expect(value("Number", lines) == "123")
    }

    @Test func withoutFlagsEveryNilFieldReadsHidden() {
        let lines = DetailPaneView.lines(for: tx, viewID: "owner", view: nil)
        #expect(value("Balance after", lines) == DetailLine.hiddenText)
        #expect(value("IBAN", lines) == DetailLine.hiddenText)
    }

    /// A location is null when the view hides it and when none is set; the flag tells which.
    @Test func anUnsetLocationTheViewShowsIsAbsentNotHidden() {
        let party = Counterparty(holderName: "Shop", metadata: CounterpartyMetadata(moreInfo: "regular"))
        let tx = Transaction(id: "t1", account: AccountRef(bankID: "b", accountID: "a"), counterparty: party)
        let owner = ViewSummary(id: "owner", shortName: "Owner", permissions: ["can_see_corporate_location"])
        let lines = DetailPaneView.lines(for: tx, viewID: "owner", view: owner)
        #expect(value("Corporate location", lines) == DetailLine.absentText)
        #expect(value("Physical location", lines) == DetailLine.hiddenText)
        #expect(value("More info", lines) == "regular")
    }
}
