import Testing
@testable import TerminalUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("abc", 3), ("Käyttötili", 10), ("Straße", 6), ("東京", 4), ("日本語のテキスト", 16),
        ("💶", 2), ("e\u{0301}", 1), ("ｱ", 1), ("Ａ", 2), ("한국", 4), ("", 0),
    ])
    func columns(text: String, expected: Int) {
        #expect(DisplayWidth.columns(text) == expected)
    }

    @Test func fitPadsAndAligns() {
        #expect(DisplayWidth.fit("ab", to: 5) == "ab   ")
        #expect(DisplayWidth.fit("ab", to: 5, alignment: .right) == "   ab")
        #expect(DisplayWidth.fit("ab", to: 5, alignment: .center) == " ab  ")
        #expect(DisplayWidth.fit("東京", to: 6) == "東京  ")
    }

    @Test func fitTruncatesWithAnEllipsis() {
        #expect(DisplayWidth.fit("Paid Invoice", to: 6) == "Paid …")
        // A wide character that would straddle the edge gives way to padding.
        #expect(DisplayWidth.fit("東京都", to: 4) == "東… ")
        #expect(DisplayWidth.fit("abc", to: 1) == "…")
        #expect(DisplayWidth.fit("abc", to: 0) == "")
    }

    @Test func prefixNeverExceedsTheWidth() {
        #expect(DisplayWidth.prefix("東京都", columns: 3) == "東")
        #expect(DisplayWidth.prefix("abc", columns: 5) == "abc")
    }

    @Test func symbolsMeasuredWithoutALookupAreNarrowByTheLookupToo() {
        let narrow = (UInt32(0x300)..<0x3000).filter(DisplayWidth.isNarrowSymbol)
        #expect(narrow.count > 200)
        for value in narrow {
            #expect(DisplayWidth.lookedUp(Unicode.Scalar(value)!) == 1, "U+\(String(value, radix: 16))")
        }
    }
}
