import BrowserModel

/// One column of a `Table`: a title, how wide it wants to be and how its text lines up.
public struct TableColumn: Sendable, Hashable {
    public enum Width: Sendable, Hashable {
        /// Exactly this many columns.
        case fixed(Int)
        /// Shares the room left over by weight, but never less than `minimum`.
        case flexible(minimum: Int, weight: Int)
    }

    public var title: SafeText
    public var width: Width
    public var alignment: DisplayWidth.Alignment
    /// Columns with a higher priority are dropped last when the table is too narrow for all of them.
    public var priority: Int

    public init(_ title: SafeText, width: Width, alignment: DisplayWidth.Alignment = .left, priority: Int = 0) {
        self.title = title
        self.width = width
        self.alignment = alignment
        self.priority = priority
    }

    /// A minimum width that fits the widest of `texts`, kept within `floor...cap`: the column a row is known by
    /// then keeps its text whole while columns of lower priority give way.
    public static func fitting(_ texts: some Sequence<SafeText>, floor: Int, cap: Int) -> Int {
        min(max(floor, texts.reduce(0) { max($0, $1.columns) }), cap)
    }

    /// The widths of `columns` in a table `total` columns wide with one space between columns; columns that
    /// do not fit, lowest priority first, get width 0.
    public static func layout(_ columns: [TableColumn], total: Int) -> [Int] {
        var shown = Set(columns.indices)
        func minimumWidth(_ set: Set<Int>) -> Int {
            let widths = set.map { index -> Int in
                switch columns[index].width {
                case .fixed(let n): return n
                case .flexible(let minimum, _): return minimum
                }
            }
            return widths.reduce(0, +) + max(0, set.count - 1)
        }
        while minimumWidth(shown) > total, shown.count > 1 {
            let drop = shown.min { (columns[$0].priority, -$0) < (columns[$1].priority, -$1) }!
            shown.remove(drop)
        }
        var widths = columns.indices.map { index -> Int in
            guard shown.contains(index) else { return 0 }
            switch columns[index].width {
            case .fixed(let n): return n
            case .flexible(let minimum, _): return minimum
            }
        }
        var spare = total - minimumWidth(shown)
        let flexible = shown.sorted().compactMap { index -> (Int, Int)? in
            if case .flexible(_, let weight) = columns[index].width { return (index, max(1, weight)) }
            return nil
        }
        let totalWeight = flexible.map(\.1).reduce(0, +)
        if spare > 0, totalWeight > 0 {
            let share = spare
            for (index, weight) in flexible {
                let extra = share * weight / totalWeight
                widths[index] += extra
                spare -= extra
            }
            if let last = flexible.last { widths[last.0] += spare }
        } else if spare < 0, let only = shown.first {
            widths[only] = max(0, widths[only] + spare)
        }
        return widths
    }
}
