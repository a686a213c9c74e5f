import Testing
@testable import Sandbox

/// The small parsers and formatters every request goes through, held to their exact output.
@Suite("Wire formats")
struct WireFormatTests {
    @Test("DirectLogin parameters parse in both header forms, spaces and quotes trimmed")
    func directLogin() {
        let plain = DirectLoginParameters(directLoginHeader: " username=ann ,\tpassword= p w ,consumer_key=k", authorizationHeader: nil)
        #expect(plain?.values == ["username": "ann", "password": "p w", "consumer_key": "k"])
        let quoted = DirectLoginParameters(directLoginHeader: nil, authorizationHeader: #"DirectLogin token="abc",x=  "#)
        #expect(quoted?.values == ["token": "abc", "x": ""])
        #expect(DirectLoginParameters(directLoginHeader: nil, authorizationHeader: "Bearer abc") == nil)
        let accented = DirectLoginParameters(directLoginHeader: "username= Åsa Öberg ,password=\"pä=ss\",,junk", authorizationHeader: nil)
        #expect(accented?.values == ["username": "Åsa Öberg", "password": "pä=ss"])
    }

    @Test("timestamps format as OBP's ISO form and parse back", arguments: [
        (Int64(0), "1970-01-01T00:00:00Z"), (1_750_290_716_000, "2025-06-18T23:51:56Z"),
        (-1, "1969-12-31T23:59:59Z"), (951_782_400_000, "2000-02-29T00:00:00Z"), (253_402_300_799_000, "9999-12-31T23:59:59Z"),
    ])
    func timestamps(millis: Int64, text: String) {
        #expect(Timestamp.format(millis) == text)
        #expect(Timestamp.parse(text) == millis - ((millis % 1000) + 1000) % 1000)
    }

    @Test("ETags are sixteen hex digits, the same for the same bytes and different for any changed byte")
    func etags() {
        let page = Array((0..<1_003).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let tag = StableHash.etag(page)
        #expect(tag.count == 16 && tag.allSatisfy(\.isHexDigit))
        #expect(StableHash.etag(page) == tag)
        var tags: Set<String> = [tag, StableHash.etag([]), StableHash.etag(Array(page.dropLast()))]
        for index in [0, 7, 8, 500, 1_000, 1_002] {
            var changed = page
            changed[index] ^= 1
            tags.insert(StableHash.etag(changed))
        }
        #expect(tags.count == 9)
    }
}
