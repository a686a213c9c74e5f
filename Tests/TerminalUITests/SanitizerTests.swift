import Testing
import BrowserModel
@testable import TerminalUI

@Suite struct SanitizerTests {
    @Test func plainTextIsUnchanged() {
        for text in ["Paid Invoice Mr Folk", "Käyttötili", "Straße 12", "東京の口座", "☕️ café", ""] {
            #expect(Sanitizer.clean(text) == text)
        }
    }

    @Test func escapeSequencesLoseTheirEscape() {
        let clear = Sanitizer.clean("\u{1B}[2J\u{1B}[H pwned")
        #expect(clear == "␛[2J␛[H pwned")
        let title = Sanitizer.clean("\u{1B}]0;evil title\u{07}")
        #expect(title == "␛]0;evil title␇")
        let dcs = Sanitizer.clean("\u{1B}P+q\u{1B}\\")
        #expect(!dcs.unicodeScalars.contains("\u{1B}"))
    }

    @Test func c1ControlsAndDeleteAreReplaced() {
        #expect(Sanitizer.clean("a\u{9B}2Jb") == "a\u{FFFD}2Jb")
        #expect(Sanitizer.clean("a\u{7F}b") == "a␡b")
        #expect(Sanitizer.clean("line1\nline2\r") == "line1␊line2␍")
        #expect(Sanitizer.clean("a\tb") == "a b")
    }

    @Test func bidiAndZeroWidthTricksBecomeVisible() {
        // "evil\u{202E}fdp.exe" would render as "evilexe.pdf".
        #expect(Sanitizer.clean("evil\u{202E}fdp.exe") == "evil\u{FFFD}fdp.exe")
        #expect(Sanitizer.clean("pay\u{200B}pal") == "pay\u{FFFD}pal")
        #expect(Sanitizer.clean("\u{2066}x\u{2069}") == "\u{FFFD}x\u{FFFD}")
        #expect(Sanitizer.clean("\u{FEFF}bom") == "\u{FFFD}bom")
    }

    /// Property: whatever goes in, nothing that can drive a terminal comes out, and the width `fit` promises
    /// is the width it delivers.
    @Test func randomInputNeverYieldsAControlScalar() {
        var rng = SplitMix64(seed: 0xB4_4E_7E_12)
        let pool: [UInt32] = Array(0x00...0x40) + Array(0x7E...0xA0) + [0x202A, 0x202E, 0x2066, 0x200B, 0x200D,
            0xFEFF, 0x3042, 0x6771, 0x4EAC, 0x1F600, 0x1F4B6, 0x00E4, 0x00DF, 0x0301, 0xFE0F, 0xFF21, 0x2028]
        for _ in 0..<2_000 {
            let length = Int(rng.next() % 24)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length {
                scalars.append(Unicode.Scalar(pool[Int(rng.next() % UInt64(pool.count))])!)
            }
            let cleaned = Sanitizer.clean(String(scalars))
            #expect(!cleaned.unicodeScalars.contains(where: Sanitizer.needsReplacement))
            #expect(Sanitizer.clean(cleaned) == cleaned)
            for width in [0, 1, 2, 5, 13] {
                #expect(DisplayWidth.columns(DisplayWidth.fit(cleaned, to: width)) == width)
            }
        }
    }
}

/// A tiny deterministic generator, so a failing property run can be replayed.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
