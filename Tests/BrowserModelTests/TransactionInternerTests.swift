import BankKit
import Foundation
import Testing
@testable import BrowserModel

@Suite struct TransactionInternerTests {
    private func transaction(_ id: String, shop: String, tags: [BankKit.Tag] = []) -> Transaction {
        Transaction(id: TransactionID(id), account: AccountRef(bankID: "bank", accountID: "acc"),
                    counterparty: Counterparty(id: CounterpartyID("cp-\(shop)-0000-0000-0000-000000000000"), holderName: shop),
                    description: "A description longer than fifteen bytes",
                    metadata: TransactionMetadata(narrative: "", tags: tags, comments: [], images: [], whereTag: .absent))
    }

    @Test func equalCounterpartiesAndBareMetadataShareOneAllocation() {
        let interner = TransactionInterner()
        let first = interner.compact([transaction("1", shop: "Alepa"), transaction("2", shop: "Lidl")])
        let second = interner.compact([transaction("3", shop: "Alepa"), transaction("4", shop: "Lidl")])
        #expect(first[0].sharedCounterparty === second[0].sharedCounterparty)
        #expect(first[1].sharedCounterparty === second[1].sharedCounterparty)
        #expect(first[0].sharedCounterparty !== first[1].sharedCounterparty)
        #expect(first[0].sharedMetadata === second[1].sharedMetadata)
        #expect(first[0].sharedAccount === second[1].sharedAccount)
    }

    @Test func sharingChangesNoValue() {
        let interner = TransactionInterner()
        let tags = [BankKit.Tag(id: "t", value: "food")]
        let originals = [transaction("1", shop: "Alepa"), transaction("2", shop: "Alepa", tags: tags)]
        let compacted = interner.compact(originals)
        #expect(compacted == originals)
        let again = interner.compact([transaction("2", shop: "Alepa", tags: tags)])
        #expect(again[0].sharedMetadata !== compacted[1].sharedMetadata, "annotated metadata is not kept in a table")
    }

    @Test func aFullTableStopsSharingButKeepsValues() {
        let interner = TransactionInterner(capacity: 1)
        let first = interner.compact([transaction("1", shop: "Alepa"), transaction("2", shop: "Lidl")])
        let second = interner.compact([transaction("3", shop: "Lidl")])
        #expect(second[0].sharedCounterparty !== first[1].sharedCounterparty)
        #expect(second[0].counterparty == first[1].counterparty)
    }
}
