import BankKit

/// `:compare owner _public` (or `c` on two columns of `:views`): the account's latest transactions through two
/// views side by side, aligned by transaction. A cell one view hides and the other shows says `hidden`, marked;
/// counterparties appear as each view names them, an alias with `≈`. What a person demoing OBP wants to show.
public struct CompareScreen: ScreenFeature {
    public static let name = "compare"
    public static let summary = "two views of the account side by side: what each hides, how each names counterparties"
    /// One page of each view: enough to show the difference, and what the browser loads first too.
    static let pageLimit = PageRequest.defaultLimit

    public let account: AccountRef
    public let accountName: String
    public let left: ViewID
    public let right: ViewID
    public internal(set) var list = LoadableList<ComparedRow>()

    public static func open(_ context: ScreenContext, argument: String?) -> Result<CompareScreen, ScreenRefusal> {
        context.accountWithViews(
            noViews: "has no views to compare", noAccount: "open an account first: :compare shows its transactions through two views"
        ).flatMap { account in
            let names = (argument ?? "").split(whereSeparator: \.isWhitespace).map { ViewID(String($0)) }
            let pair: (ViewID, ViewID)? = switch names.count {
            case 1: context.viewID.map { ($0, names[0]) }
            case 2: (names[0], names[1])
            default: nil
            }
            guard let (left, right) = pair else {
                return .failure(ScreenRefusal(":compare VIEW [VIEW], e.g. :compare owner _public"))
            }
            guard left != right else { return .failure(ScreenRefusal("compare \(left) with another view")) }
            return .success(CompareScreen(account: account.ref, accountName: account.label ?? account.ref.accountID.rawValue,
                                          left: left, right: right))
        }
    }

    init(account: AccountRef, accountName: String, left: ViewID, right: ViewID) {
        self.account = account
        self.accountName = accountName
        self.left = left
        self.right = right
    }

    /// Two views side by side: nothing to open.
    public var openLabel: String? { nil }

    public var title: String {
        let rows = list.items
        let hidden = rows.reduce(0) { $0 + $1.differences }
        return "\(left) vs \(right) · \(accountName) · \(rows.count) transactions, \(hidden) fields hidden by one view"
    }

    public var bindings: [ScreenBinding<CompareEvent>] { [] }

    public var activity: String? { list.isLoading ? "\(account.accountID) through \(left) and \(right)" : nil }

    public mutating func load(reload: Bool) -> [ScreenCommand<CompareEvent>] {
        list.begin()
        let (account, left, right, limit) = (account, left, right, Self.pageLimit)
        return [.run { provider in
            .loaded(await Result.catching {
                async let leftPage = provider.transactions(account, view: left, page: PageRequest(limit: limit))
                async let rightPage = provider.transactions(account, view: right, page: PageRequest(limit: limit))
                return ComparedRow.align(try await leftPage.items, try await rightPage.items)
            })
        }]
    }

    public mutating func handle(_ input: ScreenInput<CompareEvent>) -> [ScreenCommand<CompareEvent>] {
        switch input {
        case .move(let move): list.move(move)
        case .visibleRows(let rows): list.setVisibleRows(rows)
        case .back: return [.pop]
        case .event(.loaded(let result)): list.finish(result)
        case .open, .submitted, .confirmed: break
        }
        return []
    }

    public var presentation: ScreenPresentation {
        let sides: [(ComparedSide, ViewID)] = [(.left, left), (.right, right)]
        let columns = [ScreenColumn("Date", .fixed(10), priority: 7)] + sides.flatMap { _, view in
            [ScreenColumn(view.rawValue, .flexible(minimum: 10, weight: 1), priority: 6),
             ScreenColumn("Amount", .fixed(10), alignsRight: true, priority: 5),
             ScreenColumn("Balance", .fixed(10), alignsRight: true, priority: 4)]
        }
        return list.presentation(columns: columns, empty: "neither view lists a transaction") { row in
            let day = (row.left ?? row.right).flatMap(DisplayFormat.day(of:)) ?? "–"
            return [ScreenCell(day, .muted)] + sides.flatMap { side, _ in
                ComparedField.allCases.map { $0.cell(row, side) }
            }
        }
    }
}
