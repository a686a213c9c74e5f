import BankKit

/// A screen input without the screen's event type, so the app can route it to whichever screen is on top.
enum ScreenSignal: Sendable {
    case load(reload: Bool)
    case move(ScreenMove)
    case open
    case back
    case visibleRows(Int)
    case submitted(field: String, text: String)
    case confirmed(field: String)
    /// A key's event or a task's result, type-erased; the screen casts it back.
    case payload(any Sendable)
}

/// A screen command without the screen's event type, for the app to carry out.
enum ScreenOrder: Sendable {
    case run(@Sendable (any BankProvider) async -> any Sendable)
    case pop
    case inform(String)
    case fail(String)
    case prompt(field: String, title: String, text: String)
    case confirm(field: String, question: String)
    case copy(String)
    case openScreen(name: String, argument: String?)
    case viewChanged(AccountRef, viewID: ViewID)
    case accountsChanged([AccountRef], select: TransactionID?)
    case restartBrowser
    case filterTransactions(String)
    case editText(field: String, title: String, text: String)
    case writeCounterpartyField(CounterpartyFieldTarget, text: String?)
}

extension ScreenFeature {
    /// Applies `signal` and returns the screen's commands with its event type erased.
    mutating func receive(_ signal: ScreenSignal) -> [ScreenOrder] {
        let commands: [ScreenCommand<Event>] = switch signal {
        case .load(let reload): load(reload: reload)
        case .move(let move): handle(.move(move))
        case .open: handle(.open)
        case .back: handle(.back)
        case .visibleRows(let rows): handle(.visibleRows(rows))
        case .submitted(let field, let text): handle(.submitted(field: field, text: text))
        case .confirmed(let field): handle(.confirmed(field: field))
        case .payload(let payload): handle(erased: payload)
        }
        return commands.map { command in
            switch command {
            case .run(let work): .run { provider in await work(provider) }
            case .pop: .pop
            case .inform(let text): .inform(text)
            case .fail(let text): .fail(text)
            case .prompt(let field, let title, let text): .prompt(field: field, title: title, text: text)
            case .confirm(let field, let question): .confirm(field: field, question: question)
            case .copy(let text): .copy(text)
            case .openScreen(let name, let argument): .openScreen(name: name, argument: argument)
            case .viewChanged(let account, let viewID): .viewChanged(account, viewID: viewID)
            case .accountsChanged(let accounts, let select): .accountsChanged(accounts, select: select)
            case .restartBrowser: .restartBrowser
            case .filterTransactions(let text): .filterTransactions(text)
            case .editText(let field, let title, let text): .editText(field: field, title: title, text: text)
            case .writeCounterpartyField(let target, let text): .writeCounterpartyField(target, text: text)
            }
        }
    }
}
