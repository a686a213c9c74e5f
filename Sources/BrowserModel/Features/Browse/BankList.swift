import BankKit

/// The banks pane.
public struct BankList: Sendable {
    public internal(set) var items: [Bank] = []
    public internal(set) var selection = ListSelection()
    public internal(set) var isLoading = false
    /// The last load failure as one line; cleared by the next successful load.
    public internal(set) var error: String?

    public init() {}

    public var selected: Bank? { items.indices.contains(selection.index) ? items[selection.index] : nil }
}
