import Foundation
import Testing
@testable import BankKit

@Suite struct IdentifierTests {
    private static let spellings = [
        "251851d2-0be8-d1ff-7f2d-4f06d53636a0", "00000000-0000-0000-0000-000000000000",
        "ffffffff-ffff-ffff-ffff-ffffffffffff", "251851D2-0BE8-D1FF-7F2D-4F06D53636A0",
        "251851d2-0be8-d1ff-7f2d-4f06d53636a", "251851d20be8d1ff7f2d4f06d53636a0", "251851d2-0be8-d1ff-7f2d_4f06d53636a0",
        "251851d2-0be8-d1ff-7f2d-4f06d53636g0", "", "t", "cp-Alepa-0000-0000-0000-000000000000", "fi-kaytto-001",
        "ääääääää-0000-0000-0000-000000000000",
    ]

    @Test(arguments: spellings)
    func anIdReadsBackAsTheServerSpelledIt(text: String) throws {
        let id = TransactionID(text)
        #expect(id.rawValue == text && id.description == text && id.isEmpty == text.isEmpty)
        let encoded = try JSONEncoder().encode([id])
        #expect(encoded == (try JSONEncoder().encode([text])))
        #expect(try JSONDecoder().decode([TransactionID].self, from: encoded) == [id])
    }

    @Test func equalityHashAndOrderAreTheStrings() {
        for left in Self.spellings {
            for right in Self.spellings {
                let (a, b) = (TransactionID(left), TransactionID(right))
                #expect((a == b) == (left == right), "\(left) == \(right)")
                #expect((a < b) == (left < right), "\(left) < \(right)")
                if a == b { #expect(a.hashValue == b.hashValue) }
            }
        }
        #expect(Set(Self.spellings.map { TransactionID($0) }).count == Set(Self.spellings).count)
    }

    @Test(arguments: spellings)
    func itsUTF8IsTheServersSpelling(text: String) {
        #expect(TransactionID(text).withUTF8 { Array($0) } == Array(text.utf8))
    }

    @Test func aCanonicalUUIDIsKeptInline() {
        #expect(MemoryLayout<TransactionID>.size <= 17)
        let transaction = Transaction(id: "251851d2-0be8-d1ff-7f2d-4f06d53636a0", account: AccountRef(bankID: "b", accountID: "a"))
        #expect(MemoryLayout.size(ofValue: transaction) <= 72)
    }
}
