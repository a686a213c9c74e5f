import BrowserModel
import Testing
@testable import TerminalUI

struct ScreenTests {
    @Test func wideCharactersTakeTwoCells() {
        let screen = BufferScreen(rows: 1, cols: 10)
        let end = screen.put("日本x", row: 0, col: 0, style: Style())
        #expect(end == 5)
        #expect(screen.grid[0, 1].isContinuation)
        #expect(screen.text() == "日本x")
    }

    @Test func aWideCharacterThatWouldStraddleTheEdgeBecomesASpace() {
        let screen = BufferScreen(rows: 1, cols: 3)
        #expect(screen.put("ab日", row: 0, col: 0, style: Style()) == 3)
        #expect(screen.text() == "ab")
        #expect(!screen.grid[0, 2].isContinuation)
        // The same through the grapheme path (a combining mark) ends at the edge too.
        #expect(screen.put("e\u{301}日", row: 0, col: 1, style: Style()) == 3)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        let screen = BufferScreen(rows: 1, cols: 4)
        screen.put("日本", row: 0, col: 0, style: Style())
        screen.put("x", row: 0, col: 1, style: Style())
        #expect(screen.text() == " x本")
        screen.put("y", row: 0, col: 2, style: Style())
        #expect(screen.text() == " xy")
    }

    @Test func controlCharactersNeverReachACell() {
        let screen = BufferScreen(rows: 1, cols: 20)
        screen.put("a\u{1B}[2Jb\u{07}", row: 0, col: 0, style: Style())
        #expect(!screen.text().unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func writesOutsideTheGridAreClipped() {
        let screen = BufferScreen(rows: 2, cols: 4)
        screen.put("abcdef", row: 1, col: 2, style: Style())
        screen.put("zz", row: 5, col: 0, style: Style())
        screen.put("xyz", row: 0, col: -1, style: Style())
        #expect(screen.text() == "yz\n  ab")
    }

    @Test func onlyChangedCellsAreRewritten() {
        var before = CellGrid(size: Size(rows: 3, cols: 10))
        before.put("hello", row: 0, col: 0, style: Style())
        before.put("日本", row: 1, col: 0, style: Style())
        var after = before
        after.put("J", row: 0, col: 0, style: Style())
        after.put("x", row: 1, col: 2, style: Style())
        let changes = after.changes(from: before).map { "\($0.row),\($0.col)" }
        #expect(changes == ["0,0", "1,2", "1,3"] || changes == ["0,0", "1,2"])
        #expect(after.changes(from: after).isEmpty)
        #expect(after.changes(from: nil).count == 29)
    }

    /// The scalar fast path in `CellGrid.put` writes one cell per scalar: each scalar it takes must be a grapheme
    /// of its own whatever surrounds it, or a mark or joiner would be drawn in a cell of its own.
    @Test func scalarsDrawnOneACellAreGraphemesOfTheirOwn() {
        var checked = 0
        for value in UInt32(0x20)..<0x3000 {
            guard let scalar = Unicode.Scalar(value), DisplayWidth.standsAlone(scalar) else { continue }
            let alone = String(scalar)
            #expect(("a" + alone + "a").count == 3 && (alone + alone).count == 2, "U+\(String(value, radix: 16))")
            #expect(!Sanitizer.needsReplacement(scalar), "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked > 2_000)
    }

    @Test func glyphsKeepUpToFiveScalars() {
        let family: Character = "👩\u{200D}👩\u{200D}👧"
        #expect(Glyph(family).character == family)
        #expect(Glyph("e\u{301}").character == "e\u{301}")
        let screen = BufferScreen(rows: 1, cols: 12)
        screen.put("é╭─▇€ 日", row: 0, col: 0, style: Style())
        #expect(screen.text() == "é╭─▇€ 日")
    }
}
