import BrowserModel

/// Where each part of the browser goes at a given size. Narrow terminals show only the focused pane (the
/// header's breadcrumb says where it is); wide ones show banks | accounts | transactions, with the detail
/// beside the transactions when there is room, else below them, and the balance chart under the list.
public struct ScreenLayout: Sendable, Hashable {
    public var header: Rect
    public var status: Rect
    /// The prompt line, when a prompt is open.
    public var prompt: Rect?
    /// Everything between header and status (overlays centre in it).
    public var body: Rect
    public var banks: Rect?
    public var accounts: Rect?
    public var transactions: Rect?
    public var detail: Rect?
    public var chart: Rect?
    /// The screen on top of the stack (`:branches`), which takes the whole body.
    public var screen: Rect?

    /// Below this many columns one pane is shown at a time.
    public static let wideThreshold = 100
    /// From this many columns the detail sits beside the transactions instead of below.
    public static let besideThreshold = 170

    public init(size: Size, state: AppState) {
        let full = Rect(size)
        var (header, rest) = full.splitTop(1)
        var status: Rect
        (rest, status) = rest.splitBottom(1)
        var prompt: Rect?
        if case .prompt = state.overlay, rest.height > 1 {
            let line: Rect
            (rest, line) = rest.splitBottom(1)
            prompt = line
        } else if case .prompt = state.overlay {
            // Too short for both: the prompt replaces the status bar.
            prompt = status
            status = Rect(top: status.top, left: 0, height: 0, width: 0)
        }
        if size.rows < 2 { header = Rect(top: 0, left: 0, height: 0, width: 0) }
        self.header = header
        self.status = status
        self.prompt = prompt
        self.body = rest
        if state.topScreen != nil {
            screen = rest
        } else if size.cols < ScreenLayout.wideThreshold {
            layOutNarrow(state: state)
        } else {
            layOutWide(state: state)
        }
    }

    private mutating func layOutNarrow(state: AppState) {
        switch state.focus {
        case .banks: banks = body
        case .accounts: accounts = body
        case .transactions:
            // A tall narrow terminal still has room for the chart under the list.
            if body.height >= 30 {
                let (list, chartArea) = body.splitBottom(body.height / 3)
                transactions = list
                chart = chartArea
            } else {
                transactions = body
            }
        case .detail: detail = body
        }
    }

    private mutating func layOutWide(state: AppState) {
        // Miller columns: with an account open and less than `besideThreshold` columns, or with the detail beside
        // the list, the banks pane gives its room to the transactions (the header's breadcrumb still names the
        // bank) unless it has the focus.
        let showsBanks = state.depth < .transactions || state.focus == .banks
            || (body.width >= ScreenLayout.besideThreshold && state.depth != .detail)
        let bankWidth = showsBanks ? max(20, body.width / 6) : 0
        let accountWidth = max(28, body.width / 4)
        let (bankArea, rest) = body.splitLeft(bankWidth)
        let (accountArea, transactionArea) = rest.splitLeft(accountWidth)
        banks = showsBanks ? bankArea : nil
        accounts = accountArea
        let showsDetail = state.depth == .detail
        if showsDetail && body.width >= ScreenLayout.besideThreshold {
            let (list, side) = transactionArea.splitLeft(transactionArea.width * 3 / 5)
            detail = side
            layOutListAndChart(list, state: state)
        } else if showsDetail {
            let (list, below) = transactionArea.splitBottom(transactionArea.height * 3 / 5)
            transactions = list
            detail = below
        } else {
            layOutListAndChart(transactionArea, state: state)
        }
    }

    private mutating func layOutListAndChart(_ area: Rect, state: AppState) {
        if state.depth >= .transactions && area.height >= 18 {
            let (list, chartArea) = area.splitBottom(max(6, area.height / 4))
            transactions = list
            chart = chartArea
        } else {
            transactions = area
        }
    }

    /// Rows of list content a pane shows inside its border and header row, to report to the model.
    /// What the detail pane and the help overlay hold and show, when they are on screen: the model pages and
    /// jumps to the end with it.
    public func scrollExtent(of area: ScrollArea, state: AppState, keyMap: KeyMap) -> ScrollExtent? {
        switch area {
        case .detail:
            guard let detail, let view = DetailPaneView.view(of: state) else { return nil }
            let inner = detail.inset(by: 1)
            return ScrollExtent(lines: view.lineCount(width: inner.width), rows: inner.height)
        case .help:
            guard case .help(let help) = state.overlay else { return nil }
            return HelpPanel(keyMap: keyMap, capabilities: state.capabilities, help: help, screen: state.topScreen?.screen)
                .extent(in: body)
        }
    }

    public func visibleRows(for pane: Pane) -> Int? {
        switch pane {
        case .banks: return banks.map { Table.visibleRows(height: $0.height - 2) }
        case .accounts: return accounts.map { Table.visibleRows(height: $0.height - 2) }
        case .transactions: return transactions.map { Table.visibleRows(height: $0.height - 2) }
        case .detail: return detail.map { max(1, $0.height - 2) }
        }
    }
}
