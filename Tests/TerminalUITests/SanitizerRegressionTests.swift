import Testing
import BrowserModel
@testable import TerminalUI

/// Inputs `scripts/fuzz.sh sanitizer` found breaking a promise of the sanitiser or of `DisplayWidth`, kept so the fix
/// stays fixed. The promises: cleaned text holds no scalar `needsReplacement` flags, cleaning twice changes nothing,
/// and `fit(_:to:)` gives exactly the columns asked for.
@Suite struct SanitizerRegressionTests {
    static let found: [[UInt8]] = [
        // SUB, SUB, U+0602 (a prepended concatenation mark), a broken UTF-8 byte, SUB, SUB, U+0602: the mark glued
        // the padding space of `fit` into its own zero-width cluster, so the fitted text came out a column short.
        [0x1A, 0x1A, 0xD8, 0x82, 0xD7, 0x1A, 0x1A, 0xD8, 0x82],
    ]

    @Test(arguments: found)
    func fuzzFindingsKeepThePromises(bytes: [UInt8]) {
        let clean = Sanitizer.clean(String(decoding: bytes, as: UTF8.self))
        #expect(!clean.unicodeScalars.contains(where: Sanitizer.needsReplacement))
        #expect(Sanitizer.clean(clean) == clean)
        for width in [0, 1, 5, 17, 80] {
            #expect(DisplayWidth.columns(DisplayWidth.fit(clean, to: width)) == width, "fit to \(width)")
        }
    }

    @Test func prependedConcatenationMarksAreVisible() {
        #expect(Sanitizer.clean("a\u{0600}b\u{06DD}c\u{110BD}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
    }
}
