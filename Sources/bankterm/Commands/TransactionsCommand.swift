import ArgumentParser
import BankKit
import Foundation
import TerminalUI

/// `bankterm transactions`: one page, or with `--all` every page, of an account's transactions through a view.
struct TransactionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transactions",
        abstract: "List an account's transactions as a view shows them.",
        discussion: "Pages hold --limit transactions from --offset; --all walks every page (--limit is then the "
            + "page size). Dates are yyyy-MM-dd or ISO 8601 date-times in UTC.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var target: AccountOptions

    @Option(help: "The view to look through.")
    var view: ViewID = "owner"

    // `.unconditional`: `--limit -1` is a value to refuse by name, not a missing one followed by a flag.
    @Option(parsing: .unconditional, help: "Transactions per page (1...10000).")
    var limit = PageRequest.defaultLimit

    @Option(parsing: .unconditional, help: "How many transactions to skip.")
    var offset = 0

    @Option(help: "Only transactions on or after this date.")
    var from: String?

    @Option(help: "Only transactions on or before this date.")
    var to: String?

    @Option(help: "asc (oldest first) or desc (newest first).")
    var sort: SortOption = .desc

    @Flag(help: "Fetch every page.")
    var all = false

    @Option(help: "table, json, csv or ndjson (one object a line).")
    var format: TransactionFormat = .table

    @Flag(help: "Print the number of HTTP requests and the elapsed time on stderr.")
    var stats = false

    enum SortOption: String, ExpressibleByArgument, CaseIterable {
        case asc, desc
    }

    func validate() throws {
        guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 10000") }
        guard offset >= 0 else { throw ValidationError("--offset must not be negative") }
    }

    func run() async throws {
        try await CommandRunner.run(global) { _, provider in
            let started = ContinuousClock.now
            let page = PageRequest(limit: limit, offset: offset, sort: sort == .asc ? .ascending : .descending,
                                   from: try from.map { try Self.date($0, endOfDay: false) },
                                   to: try to.map { try Self.date($0, endOfDay: true) })
            let showProgress = all && TerminalIO.isTerminal(STDERR_FILENO)
            let count: Int
            if format != .table {
                // Printed page by page while the next page is fetched: the first lines appear at once, and no
                // more than a few pages are ever held, however long the account. The header goes out with the
                // first page, so a command that fails before it prints nothing (a lone `[` is not JSON).
                var stream = TransactionStream(format: format)
                if all {
                    // On the HTTP thread: each page is decoded and written where it arrived (`CurlLoop`).
                    let output = OutputWriter(progress: showProgress)
                    do {
                        count = try await withTaskExecutorPreference(HTTPTransport.executor) {
                            try await provider.forEachTransactionPage(target.ref, view: view, from: page,
                                                                      executor: HTTPTransport.executor) { chunk, count, pages in
                                if showProgress { output.progress(Self.clearLine) }
                                if pages == 1 { stream.header.withUnsafeBytes(output.write) }
                                stream.write(chunk, to: output.write)
                                if showProgress { output.progress(Self.progressLine(count: count, pages: pages)) }
                                await output.room()
                            }
                        }
                    } catch {
                        await output.finish()
                        throw error
                    }
                    await output.finish()
                    if showProgress { Self.clearProgress() }
                } else {
                    let items = try await provider.transactions(target.ref, view: view, page: page).items
                    TerminalIO.writeOutput(bytes: stream.header + stream.chunk(items))
                    count = items.count
                }
                TerminalIO.writeOutput(bytes: stream.footer)
            } else {
                let transactions = all
                    ? try await provider.allTransactions(target.ref, view: view, from: page) { count, pages in
                        if showProgress { Self.showProgress(count: count, pages: pages) }
                    }
                    : try await provider.transactions(target.ref, view: view, page: page).items
                if showProgress { Self.clearProgress() }
                TerminalIO.writeOutput(TransactionOutput.render(transactions, format: .table))
                count = transactions.count
            }
            if stats {
                // Whole milliseconds by hand: Duration.formatted goes through ICU's number formatting, whose
                // locale data added 4.5 MB to the peak RSS of the very walk --stats measures.
                let (seconds, attoseconds) = (ContinuousClock.now - started).components
                let elapsed = "\(seconds * 1000 + attoseconds / 1_000_000_000_000_000) ms"
                let budget = await provider.rateLimit?.remaining.map { ", \($0) calls left this period" } ?? ""
                let requests = await provider.requestCount
                TerminalIO.writeError("\(count) transactions, \(requests) HTTP request\(requests == 1 ? "" : "s"), "
                                      + elapsed + budget)
            }
        }
    }

    private static func progressLine(count: Int, pages: Int) -> String {
        clearLine + "fetched \(count) transactions (\(pages) pages)"
    }

    private static let clearLine = "\r\u{1B}[K"

    private static func showProgress(count: Int, pages: Int) {
        FileHandle.standardError.write(Data(progressLine(count: count, pages: pages).utf8))
    }

    private static func clearProgress() {
        FileHandle.standardError.write(Data(clearLine.utf8))
    }

    /// A bare date as the upper bound means the whole of that day.
    static func date(_ text: String, endOfDay: Bool) throws(BankError) -> Date {
        // The wire's parser lets `2015-06-31` roll over to July 1st; a day a person typed must exist.
        let day = String(text.prefix(10))
        guard let date = OBPDate.parse(text), OBPDate.parse(day).map(OBPDate.day) == day else {
            throw BankError(kind: .invalidInput, message: "not a date: \(text) (use yyyy-MM-dd or yyyy-MM-ddTHH:mm:ssZ)")
        }
        return endOfDay && text.count == 10 ? date.addingTimeInterval(86_400 - 0.001) : date
    }
}
