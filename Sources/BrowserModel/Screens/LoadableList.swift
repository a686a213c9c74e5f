import BankKit

/// Where a list's loading stands: one value, so "loading and failed" cannot both be true.
public enum LoadPhase: Sendable, Hashable {
    case idle
    case loading
    case loaded
    /// Loading again (`r`) while the last good items stay on screen.
    case reloading
    case failed(String)
}

/// A list a screen loads from the provider: its items, where loading stands and the cursor. Screens share it, so
/// each says only what its items are and how to show one.
public struct LoadableList<Item: Sendable>: Sendable {
    public internal(set) var items: [Item] = []
    public internal(set) var phase: LoadPhase = .idle
    public internal(set) var selection = ListSelection()

    public init() {}

    public var selected: Item? { items.indices.contains(selection.index) ? items[selection.index] : nil }
    public var isLoading: Bool { phase == .loading || phase == .reloading }

    /// Marks the start of a load: the items stay while reloading.
    public mutating func begin() {
        phase = items.isEmpty ? .loading : .reloading
    }

    /// Takes a load's outcome; a failure keeps the last good items.
    public mutating func finish(_ result: Result<[Item], BankError>) {
        switch result {
        case .success(let items):
            self.items = items
            phase = .loaded
        case .failure(let error):
            phase = .failed(error.userMessage)
        }
        selection.clamp(count: items.count)
    }

    /// Replaces the items after a local change (a sort, an edit), keeping the cursor in range.
    public mutating func replace(_ items: [Item]) {
        self.items = items
        selection.clamp(count: items.count)
    }

    public mutating func move(_ move: ScreenMove) {
        selection.select(move.target(from: selection.index, count: items.count, visibleRows: selection.visibleRows),
                         count: items.count)
    }

    public mutating func select(_ index: Int) {
        selection.select(index, count: items.count)
    }

    public mutating func setVisibleRows(_ rows: Int) {
        selection.setVisibleRows(rows, count: items.count)
    }

    /// What to show instead of rows: loading, the failure, or `empty`; nil when there are rows.
    public func placeholder(empty: String) -> ScreenCell? {
        if case .failed(let message) = phase { return ScreenCell("✗ " + message, .error) }
        guard items.isEmpty else { return nil }
        return isLoading || phase == .idle ? ScreenCell("loading…", .muted) : ScreenCell(empty, .muted)
    }

    /// The rows on screen, each made by `cells`: the presentation of any list screen.
    public func presentation(columns: [ScreenColumn], empty: String, detail: ScreenDetail? = nil,
                             cells: (Item) -> [ScreenCell]) -> ScreenPresentation {
        let range = selection.visibleRange(count: items.count)
        return ScreenPresentation(columns: columns, rows: range.map { cells(items[$0]) }, firstRow: range.lowerBound,
                                  rowCount: items.count, selectedRow: items.isEmpty ? nil : selection.index,
                                  placeholder: placeholder(empty: empty), detail: detail)
    }
}
