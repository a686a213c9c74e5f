import BrowserModel

/// `/` over everything loaded: the text arrives in one piece (a paste, or the worst single keystroke, since a
/// longer text only narrows the previous matches).
struct FilterBench {
    let pages: [TransactionPage]
    let pageLimit: Int

    /// Median seconds to apply `text` over all loaded transactions, and the number of matches.
    func apply(_ text: String, runs: Int = 9) -> (seconds: Double, matches: Int) {
        var driver = ModelDriver(pages: pages, pageLimit: pageLimit, visibleRows: 30)
        driver.browseToEnd()
        var samples: [Double] = []
        var matches = 0
        for _ in 0..<runs {
            driver.send(.startFilter)
            samples.append(Stopwatch.seconds { driver.send(.insertText(text)) })
            matches = driver.state.transactions.displayedCount
            driver.send(.cancel)
        }
        return (Stopwatch.median(samples), matches)
    }
}
