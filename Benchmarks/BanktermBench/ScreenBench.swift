import BankKit
import BrowserModel
import TerminalUI

/// Render and key-press figures: a full frame of the transactions screen, and keys as the event loop handles
/// them (translate, reduce, render, diff against the frame before, which is what the curses screen writes).
struct ScreenBench {
    let pages: [TransactionPage]
    let pageLimit: Int

    /// A driver browsed to the end of `pages`, with pane heights reported as `App` reports them at `size`.
    func loadedDriver(rows: Int, cols: Int) -> ModelDriver {
        var driver = ModelDriver(pages: pages, pageLimit: pageLimit, visibleRows: rows)
        driver.browseToEnd()
        let layout = ScreenLayout(size: Size(rows: rows, cols: cols), state: driver.state)
        for pane in Pane.allCases {
            if let visible = layout.visibleRows(for: pane) { driver.send(.setVisibleRows(pane, rows: visible)) }
        }
        return driver
    }

    /// Median seconds for one full frame into a fresh in-memory screen.
    func fullFrame(rows: Int, cols: Int, runs: Int = 101) -> Double {
        let state = loadedDriver(rows: rows, cols: cols).state
        let screen = BufferScreen(rows: rows, cols: cols)
        render(state, theme: .builtIn, into: screen)
        return Stopwatch.median(runs: runs) { render(state, theme: .builtIn, into: screen) }
    }

    /// Seconds per key, the median over `runs` runs of `presses` presses each, and the cells the last key changed.
    func perKey(_ key: Key, presses: Int, rows: Int, cols: Int, runs: Int = 5) -> (seconds: Double, changedCells: Int) {
        let translator = KeyTranslator()
        var samples: [Double] = []
        var changed = 0
        for _ in 0..<runs {
            var driver = loadedDriver(rows: rows, cols: cols)
            let screen = BufferScreen(rows: rows, cols: cols)
            render(driver.state, theme: .builtIn, into: screen)
            var shown = screen.grid
            let seconds = Stopwatch.seconds {
                for _ in 0..<presses {
                    if let action = translator.action(for: key, in: driver.state) { driver.send(action) }
                    render(driver.state, theme: .builtIn, into: screen)
                    changed = screen.grid.changes(from: shown).count
                    shown = screen.grid
                }
            }
            samples.append(seconds / Double(presses))
        }
        return (Stopwatch.median(samples), changed)
    }
}
