import BankKit

/// The one place state changes: applies `action` to `state` and returns the work to do next.
/// Pure: no I/O, no clock, no randomness; the `Store` runs the returned effects.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    // An error stays until the user does something; one left over from before would mislabel what follows
    // (a "saved" note, another view) as failed.
    if action.isKey { state.status.error = nil }
    switch action {
    case .start:
        state.banks.isLoading = true
        return [.loadUser, .loadBanks, .loadDrafts]

    case .moveUp: return state.move(.by(-1))
    case .moveDown: return state.move(.by(1))
    case .pageUp: return state.move(.page(-1))
    case .pageDown: return state.move(.page(1))
    case .top: return state.move(.top)
    case .bottom: return state.move(.bottom)
    case .open: return state.open()
    case .back: return state.back()
    case .nextPane: state.cycleFocus(by: 1); return []
    case .prevPane: state.cycleFocus(by: -1); return []

    case .pickView: state.openViewPicker(); return []
    case .addTag: state.openAnnotationPrompt(.addTag); return []
    case .addComment: state.openAnnotationPrompt(.addComment); return []
    case .editNarrative: state.openAnnotationPrompt(.narrative); return []
    case .setWhere: state.openAnnotationPrompt(.whereLocation); return []
    case .removeTag: state.openRemovalPicker(.tag); return []
    case .removeComment: state.openRemovalPicker(.comment); return []
    case .clearWhere: return state.clearWhere()
    case .addImage: state.openAnnotationPrompt(.addImage); return []
    case .removeImage: state.openRemovalPicker(.image); return []
    case .startFilter: state.startFilter(); return []
    case .nextMatch: return state.jumpToMatch(by: 1)
    case .prevMatch: return state.jumpToMatch(by: -1)
    case .reload: return state.reload()
    case .commandLine: state.overlay = .prompt(Prompt(kind: .command)); return []
    case .help: state.overlay = state.overlay == nil ? .help(HelpOverlay()) : state.overlay; return []
    case .showLastError:
        guard state.overlay == nil else { return [] }
        if let error = state.status.lastError {
            state.overlay = .lastError(error)
        } else {
            state.inform("no error so far")
        }
        return []
    case .quit: return state.quit()

    case .insert(let character): return state.insert(String(character))
    case .insertText(let text): return state.insert(text)
    case .edit(let edit): return state.edit(edit)
    case .submit: return state.submit()
    case .cancel: return state.cancel()

    case .resize(let rows):
        for pane in Pane.allCases { state.setVisibleRows(pane, rows) }
        return []
    case .setVisibleRows(let pane, let rows):
        state.setVisibleRows(pane, rows)
        return []
    case .setScrollExtent(let area, let extent):
        state.setScrollExtent(area, extent)
        return []
    case .tick:
        state.status.spinnerTick &+= 1
        if state.status.infoTicksLeft > 0 {
            state.status.infoTicksLeft -= 1
            if state.status.infoTicksLeft == 0 { state.status.info = nil }
        }
        return []
    case .showInfo(let text): state.inform(text); return []
    case .showError(let text): state.status.error = text; return []
    case .openScreen(let name, let argument): return state.openScreen(named: name, argument: argument)
    case .screenKey(let key): return state.screenKey(key)
    case .setScreenRows(let rows): return state.setScreenRows(rows)
    case .completeCommand: state.completeCommand(); return []
    case .copySelection: state.copySelection(); return []
    case .pointer(let pointer): return state.point(pointer)
    case .screenEvent(let id, let payload): return state.signal(id, .payload(payload))
    case .editorFinished(let sequence, let outcome): return state.finishEditing(sequence, outcome)
    case .retryDrafts: return state.retryDrafts()
    case .discardDrafts: return state.discardDrafts()

    case .userLoaded(let result):
        switch result {
        case .success(let user): state.user = user
        case .failure(let error): state.status.error = error.userMessage
        }
        return []
    case .banksLoaded(let result): state.banksLoaded(result); return []
    case .accountsLoaded(let bankID, let generation, let result):
        state.accountsLoaded(bankID: bankID, generation: generation, result)
        return []
    case .viewsLoaded(let account, let generation, let result):
        return state.viewsLoaded(account, generation: generation, result)
    case .transactionsLoaded(let key, let generation, let result):
        return state.transactionsLoaded(key, generation: generation, result)
    case .transactionLoaded(let target, let result):
        state.transactionLoaded(target, result)
        return []
    case .writeFinished(let id, let result): return state.writeFinished(id: id, result)
    case .counterpartyFieldWritten(let id, let error): return state.counterpartyFieldWritten(id: id, error)
    case .providerStatus(let rateLimit, let requestCount):
        state.status.rateLimit = rateLimit ?? state.status.rateLimit
        state.status.requestCount = requestCount
        state.status.retrying = nil
        return []
    case .retrying(let notice):
        state.status.retrying = notice.text
        return []
    case .draftsLoaded(let result):
        switch result {
        case .success(let saved):
            let current = Set(state.drafts.map(\.id))
            state.drafts = saved.filter { !current.contains($0.id) } + state.drafts
            return state.tellScreensAboutDrafts()
        case .failure(let error):
            state.status.error = error.message
        }
        return []
    case .draftsSaved(let result):
        if case .failure(let error) = result { state.status.error = error.message }
        return []
    case .exportFinished(let path, let result):
        switch result {
        case .success(let rows) where !state.transactions.reachedEnd:
            // What is on screen is what is written: say so when the account has more than is loaded.
            state.inform("exported the \(rows) loaded transactions to \(path); the account has more (G loads them, "
                         + "or `bankterm transactions --all --format csv`)")
        case .success(let rows): state.inform("exported \(rows) transactions to \(path)")
        case .failure(let error): state.status.error = error.message
        }
        return []
    }
}

extension AppState {
    /// Shows a transient note in the status bar.
    mutating func inform(_ text: String) {
        status.info = text
        status.infoTicksLeft = StatusLine.infoTicks
    }

    /// Shows a failure in the status bar.
    mutating func fail(_ text: String) {
        status.error = text
    }

    /// Keeps the scroll inside what the view now holds, so the next move starts from what is on screen.
    mutating func setScrollExtent(_ area: ScrollArea, _ extent: ScrollExtent) {
        switch area {
        case .detail:
            detail.lineCount = extent.lines
            detail.visibleRows = extent.rows
            detail.scroll = min(detail.scroll, extent.lastOffset)
        case .help:
            guard case .help(var help) = overlay else { return }
            help.extent = extent
            help.scroll = min(help.scroll, extent.lastOffset)
            overlay = .help(help)
        }
    }

    mutating func setVisibleRows(_ pane: Pane, _ rows: Int) {
        switch pane {
        case .banks: banks.selection.setVisibleRows(rows, count: banks.items.count)
        case .accounts: accounts.selection.setVisibleRows(rows, count: accounts.items.count)
        case .transactions:
            transactions.selection.setVisibleRows(rows, count: transactions.displayedCount)
        case .detail: detail.visibleRows = max(1, rows)
        }
    }
}
