import ArgumentParser

/// `--format`: a table for people, JSON and CSV for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table
    case json
    case csv
}

/// `--format` for one record (a view, a counterparty) or a grid (who has which view), which have no rows to make
/// CSV of: a table for people, JSON for scripts. Offering csv and printing a table instead misled scripts.
enum RecordFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table
    case json
}
