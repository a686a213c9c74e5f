import BankKit
@testable import BrowserModel
import Foundation
import Testing
import TestSupport

/// drafts.json holds transaction annotations and counterparty fields side by side, and still reads files
/// written before counterparty drafts existed.
struct DraftStoreTests {
    static let account = AccountRef(bankID: "bankterm.fi", accountID: "fi-kaytto-001")

    @Test func annotationAndCounterpartyDraftsRoundTrip() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = DraftStore(url: directory.appendingPathComponent("bankterm/drafts.json"))
        let field = CounterpartyFieldTarget(provider: "obp", account: Self.account, viewID: "owner",
                                            counterpartyID: "cp-1", field: .corporateLocation)
        let drafts = [
            Draft(target: AnnotationTarget(provider: "obp", account: Self.account, viewID: "owner", transactionID: "tx-1"),
                  annotation: .addComment("lunch"), error: "503"),
            Draft(field: field, text: "60.17, 24.94", error: "OBP-30022"),
            Draft(field: CounterpartyFieldTarget(provider: "obp", account: Self.account, viewID: "_notes",
                                                 counterpartyID: "cp-2", field: .url), text: "https://shop.example"),
        ]
        try store.save(drafts)
        #expect(try store.load() == drafts)
        let text = try String(contentsOf: store.url, encoding: .utf8)
        #expect(text.contains("\"counterparty_field\"") && text.contains("\"corporate_location\""))
        // One draft per field: the newest text is the same draft.
        #expect(Draft(field: field, text: "1, 2").id == drafts[1].id)
        #expect(Draft(field: field, text: "1, 2").id != drafts[2].id)
    }

    @Test func aFileFromBeforeCounterpartyDraftsStillLoads() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("drafts.json")
        let old = """
        [{"annotation": {"addTag": {"_0": "groceries"}}, "error": "connection refused",
          "target": {"account": {"accountID": "fi-kaytto-001", "bankID": "bankterm.fi"}, "provider": "obp",
                     "transactionID": "tx-9", "viewID": "owner"}}]
        """
        try Data(old.utf8).write(to: url)
        let loaded = try DraftStore(url: url).load()
        #expect(loaded.map(\.annotation) == [.addTag("groceries")])
        #expect(loaded.first?.target?.transactionID == "tx-9" && loaded.first?.error == "connection refused")
    }
}
