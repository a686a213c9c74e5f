/// One page of an account's transactions, ordered by posting date (then id, so pages never overlap).
struct TransactionQuery: Sendable, Equatable {
    var limit = 50
    var offset = 0
    var ascending = false
    var from = Int64.min
    var to = Int64.max

    /// No date filter: the whole account's range, which a page context already knows.
    var isWholeRange: Bool { from == .min && to == .max }
}
