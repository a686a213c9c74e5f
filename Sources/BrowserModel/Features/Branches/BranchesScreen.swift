import BankKit

/// `:branches` (or `b` on a bank): the bank's branches with their address and lobby hours; Enter shows one.
public struct BranchesScreen: ScreenFeature {
    public static let name = "branches"
    public static let summary = "the bank's branches: name, address, opening hours"

    public let bank: Bank
    public internal(set) var list = LoadableList<Branch>()
    /// Enter opened the selected branch.
    public internal(set) var isShowingBranch = false

    public static func unavailable(in context: ScreenContext) -> ScreenRefusal? {
        context.capabilities.supportsBranches ? nil : ScreenRefusal("\(context.providerName) lists no branches")
    }

    public static func open(_ context: ScreenContext, argument: String?) -> Result<BranchesScreen, ScreenRefusal> {
        if let refusal = unavailable(in: context) { return .failure(refusal) }
        guard let bank = argument.map({ Bank(id: BankID($0), shortName: $0, fullName: $0) }) ?? context.bank else {
            return .failure(ScreenRefusal("select a bank first, or :branches BANK_ID"))
        }
        return .success(BranchesScreen(bank: bank))
    }

    public var title: String { "Branches of \(bank.shortName) (\(list.items.count))" }

    public var bindings: [ScreenBinding<BranchesEvent>] {
        [ScreenBinding([.character("y")], "copy the branch's address", hint: "copy", event: .copyAddress,
                       disabledReason: list.selected?.address == nil ? "this branch has no address" : nil)]
    }

    public var activity: String? { list.isLoading ? "branches of \(bank.id)" : nil }

    public mutating func load(reload: Bool) -> [ScreenCommand<BranchesEvent>] {
        list.begin()
        let bankID = bank.id
        return [.run { provider in .loaded(await Result.catching { try await provider.branches(bank: bankID) }) }]
    }

    public mutating func handle(_ input: ScreenInput<BranchesEvent>) -> [ScreenCommand<BranchesEvent>] {
        switch input {
        case .move(let move): list.move(move)
        case .visibleRows(let rows): list.setVisibleRows(rows)
        case .open: isShowingBranch = list.selected != nil
        case .back:
            guard isShowingBranch else { return [.pop] }
            isShowingBranch = false
        case .event(.loaded(let result)): list.finish(result)
        case .event(.copyAddress):
            if let address = list.selected?.address { return [.copy(address)] }
        case .submitted, .confirmed: break
        }
        return []
    }

    public var presentation: ScreenPresentation {
        let columns = [ScreenColumn("Name", .flexible(minimum: 12, weight: 2), priority: 3),
                       ScreenColumn("Address", .flexible(minimum: 16, weight: 3), priority: 2),
                       ScreenColumn("Lobby hours", .flexible(minimum: 16, weight: 3), priority: 1)]
        return list.presentation(columns: columns, empty: "\(bank.shortName) lists no branches",
                                 detail: isShowingBranch ? list.selected.map(Self.detail) : nil) { branch in
            [ScreenCell(branch.name), ScreenCell(branch.address ?? "—", branch.address == nil ? .muted : .plain),
             ScreenCell(OpeningHours.summary(branch.lobbyHours).isEmpty ? "—" : OpeningHours.summary(branch.lobbyHours))]
        }
    }

    static func detail(_ branch: Branch) -> ScreenDetail {
        var lines = [ScreenDetail.Line("ID", ScreenCell(branch.id, .muted)),
                     ScreenDetail.Line("Address", ScreenCell(branch.address ?? "—"))]
        if let latitude = branch.latitude, let longitude = branch.longitude {
            lines.append(.init("Location", ScreenCell("\(latitude), \(longitude)")))
        }
        lines += branch.lobbyHours.map { .init($0.day.capitalized, ScreenCell($0.text, $0.isClosed ? .muted : .plain)) }
        return ScreenDetail(title: branch.name, lines: lines)
    }
}

public enum BranchesEvent: Sendable {
    case loaded(Result<[Branch], BankError>)
    case copyAddress
}
