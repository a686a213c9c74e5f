import BankKit

/// `:customer` on an OP profile: the OP sandbox's four simulated customers, the one browsed now marked; Enter
/// browses as another from the banks pane on, without a restart. OP's accounts API knows its user by the
/// customer's token alone, so switching is swapping the token the provider sends.
public struct CustomerScreen: ScreenFeature {
    public static let name = "customer"
    public static let summary = "OP: browse as another of the sandbox's customers"

    public internal(set) var list = LoadableList<OPSandbox.Customer>()
    /// The customer's name the browser was opened as, when the provider said.
    public let current: String?

    public static func unavailable(in context: ScreenContext) -> ScreenRefusal? {
        context.providerName.lowercased() == "op" ? nil
            : ScreenRefusal("\(context.providerName) has no sandbox customers to choose from (OP only)")
    }

    public static func open(_ context: ScreenContext, argument: String?) -> Result<CustomerScreen, ScreenRefusal> {
        if let refusal = unavailable(in: context) { return .failure(refusal) }
        return .success(CustomerScreen(current: context.user?.username))
    }

    init(current: String?) {
        self.current = current
        list.replace(OPSandbox.customers)
        if let index = OPSandbox.customers.firstIndex(where: { $0.name == current }) { list.select(index) }
    }

    public var title: String { "OP sandbox customers (\(list.items.count))" }

    public var bindings: [ScreenBinding<CustomerEvent>] { [] }

    public var activity: String? { nil }

    public mutating func load(reload: Bool) -> [ScreenCommand<CustomerEvent>] { [] }

    public mutating func handle(_ input: ScreenInput<CustomerEvent>) -> [ScreenCommand<CustomerEvent>] {
        switch input {
        case .move(let move): list.move(move)
        case .visibleRows(let rows): list.setVisibleRows(rows)
        case .open:
            guard let customer = list.selected else { return [] }
            guard customer.name != current else { return [.pop] }
            return [.run { provider in
                guard let op = provider as? OPProvider else { return .switched(nil) }
                await op.switchCustomer(token: customer.token)
                return .switched(customer.name)
            }]
        case .back: return [.pop]
        case .event(.switched(let name?)): return [.inform("browsing as \(name)"), .restartBrowser]
        case .event(.switched(nil)): return [.fail("this provider cannot switch customers")]
        case .submitted, .confirmed: break
        }
        return []
    }

    public var presentation: ScreenPresentation {
        let columns = [ScreenColumn("Customer", .flexible(minimum: 16, weight: 3), priority: 2),
                       ScreenColumn("", .fixed(8), priority: 1)]
        return list.presentation(columns: columns, empty: "no customers") { customer in
            [ScreenCell(customer.name), ScreenCell(customer.name == current ? "current" : "", .muted)]
        }
    }
}

public enum CustomerEvent: Sendable {
    /// The provider now sends this customer's token (nil: it is not OP's).
    case switched(String?)
}
