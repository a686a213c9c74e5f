import Foundation
import Testing
@testable import BankKit

/// A page's transactions share one box per distinct counterparty and metadata object, found by their bytes: the
/// sharing must never give a transaction another one's values.
@Suite struct RepeatedPartsDecodingTests {
    /// A counterparty whose holder is long enough that two of them agree in their first and last 48 bytes and
    /// differ only in between, which the memo's hash does not read.
    static func party(_ holder: String, alias: Bool = false) -> String {
        #"{"id":"c-1","holder":{"name":"\#(holder)","is_alias":\#(alias)},"bank_routing":{"scheme":"OBP","address":"b"},"#
            + #""account_routings":[{"scheme":"AccountNumber","address":"123"}],"metadata":{"public_alias":"","URL":""}}"#
    }

    static func transaction(_ id: String, party: String?, metadata: String) -> String {
        #"{"id":"\#(id)","other_account":\#(party ?? "null"),"details":{"type":"CARD","description":"d","#
            + #""posted":"2025-06-18T22:17:49Z","value":{"currency":"EUR","amount":"-1.50"}},"metadata":\#(metadata)}"#
    }

    static let bare = #"{"narrative":"","comments":[],"tags":[],"images":[],"where":null}"#
    static let tagged = #"{"narrative":"","comments":[],"tags":[{"id":"g","value":"food"}],"images":[],"where":null}"#
    static let middleA = party(String(repeating: "x", count: 20) + "Alepa" + String(repeating: "y", count: 20))
    static let middleB = party(String(repeating: "x", count: 20) + "Lidl!" + String(repeating: "y", count: 20))

    static let transactions = [
        transaction("t0", party: middleA, metadata: bare),
        transaction("t1", party: party("Shop", alias: true), metadata: tagged),
        transaction("t2", party: middleA, metadata: bare),
        transaction("t3", party: middleB, metadata: tagged),
        transaction("t4", party: "{}", metadata: "{}"),
        transaction("t5", party: nil, metadata: bare),
        transaction("t6", party: "{}", metadata: "{}"),
    ]

    static func page(_ transactions: [String]) -> Data {
        Data(("{\"transactions\":[" + transactions.joined(separator: ",") + "]}").utf8)
    }

    @Test func equalBytesShareOneBoxAndOthersKeepTheirOwnValues() throws {
        let list = try OBPWire.transactions(Self.page(Self.transactions), account: AccountRef(bankID: "b", accountID: "a"))
        #expect(list.map(\.id.rawValue) == ["t0", "t1", "t2", "t3", "t4", "t5", "t6"])
        let holders = list.map { $0.counterparty?.holderName }
        let xs = String(repeating: "x", count: 20), ys = String(repeating: "y", count: 20)
        #expect(holders == [xs + "Alepa" + ys, "Shop", xs + "Alepa" + ys, xs + "Lidl!" + ys, nil, nil, nil])
        #expect(list.map { $0.counterparty?.isAlias } == [false, true, false, false, false, nil, false])
        #expect(list[0].sharedCounterparty === list[2].sharedCounterparty)
        #expect(list[0].sharedCounterparty !== list[3].sharedCounterparty)
        #expect(list[4].sharedCounterparty === list[6].sharedCounterparty)
        #expect(list.map { $0.metadata.tags?.map(\.value) ?? [] } == [[], ["food"], [], ["food"], [], [], []])
        #expect(list[1].sharedMetadata === list[3].sharedMetadata)
        // Every transaction decodes as it would alone.
        for (text, transaction) in zip(Self.transactions, list) {
            let alone = try OBPWire.transactions(Self.page([text]), account: AccountRef(bankID: "b", accountID: "a"))
            #expect(alone == [transaction])
        }
    }
}
