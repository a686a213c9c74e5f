import ArgumentParser

/// `--format`: a table for people, JSON and CSV for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table
    case json
    case csv
}
