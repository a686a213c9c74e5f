import ArgumentParser

/// `transactions --format`: the formats every command has, and NDJSON (one compact object a line, for `jq -c`
/// and log tools), which only a list that can be long needs.
enum TransactionFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table
    case json
    case csv
    case ndjson
}
