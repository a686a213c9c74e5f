import BankKit

extension AppState {
    mutating func openViewPicker() {
        guard capabilities.supportsViews else {
            fail("\(providerName) has no views: every account has one view")
            return
        }
        guard transactions.account != nil, depth >= .transactions else {
            fail("open an account to pick a view")
            return
        }
        guard !transactions.views.isEmpty else {
            fail(transactions.isLoadingViews ? "the views are still loading" : "this account offers no views")
            return
        }
        var picker = ViewPicker(views: transactions.views, current: transactions.viewID)
        picker.selection.setVisibleRows(transactions.selection.visibleRows, count: picker.choices.count)
        overlay = .viewPicker(picker)
    }

    mutating func startFilter() {
        if case .help(var help) = overlay {
            help.isFiltering = true
            overlay = .help(help)
            return
        }
        guard transactions.account != nil, depth >= .transactions else {
            fail("open an account to filter its transactions")
            return
        }
        focus = .transactions
        overlay = .prompt(Prompt(kind: .filter, text: transactions.filter.text))
    }

    /// Filters the loaded transactions, keeping the cursor on the same transaction or the next one shown.
    mutating func setFilter(_ text: String) {
        let selected = transactions.selectedIndex ?? 0
        transactions.filter.update(text: text, pages: transactions.pages, count: transactions.count)
        selectTransaction(index: selected)
    }

    mutating func jumpToMatch(by delta: Int) -> [Effect] {
        guard transactions.filter.isActive else {
            inform("no filter: press / to filter")
            return []
        }
        let count = transactions.displayedCount
        guard count > 0 else {
            inform("no transaction matches \(transactions.filter.text)")
            return []
        }
        transactions.selection.select(((transactions.selection.index + delta) % count + count) % count, count: count)
        return []
    }

    mutating func insert(_ text: String) -> [Effect] {
        switch overlay {
        case .prompt(var prompt):
            prompt.line.insert(text)
            prompt.error = nil
            validateScreenPrompt(&prompt)
            overlay = .prompt(prompt)
            if prompt.kind == .filter { setFilter(prompt.text) }
        case .help(var help):
            help.filter.insert(text)
            help.scroll = 0
            overlay = .help(help)
        case .confirmQuit:
            if text.lowercased() == "y" || text.lowercased() == "q" {
                shouldQuit = true
            } else {
                overlay = nil
            }
        case .confirmScreen(let question):
            overlay = nil
            if text.lowercased() == "y" { return signal(question.screenID, .confirmed(field: question.field)) }
            inform("cancelled")
        case .viewPicker, .removalPicker, .lastError, nil:
            break
        }
        return []
    }

    mutating func edit(_ edit: TextEdit) -> [Effect] {
        switch overlay {
        case .prompt(var prompt):
            let changed = prompt.line.apply(edit)
            if changed {
                prompt.error = nil
                validateScreenPrompt(&prompt)
            }
            overlay = .prompt(prompt)
            if changed, prompt.kind == .filter { setFilter(prompt.text) }
        case .help(var help):
            if help.filter.apply(edit) { help.scroll = 0 }
            overlay = .help(help)
        case .confirmQuit, .confirmScreen, .viewPicker, .removalPicker, .lastError, nil:
            break
        }
        return []
    }

    mutating func cancel() -> [Effect] {
        if case .prompt(let prompt) = overlay, prompt.kind == .filter { setFilter("") }
        // Esc clears the help filter (typed or kept) before it closes the help.
        if case .help(var help) = overlay, help.isFiltering || !help.filter.text.isEmpty {
            help.filter = LineEditor()
            help.isFiltering = false
            help.scroll = 0
            overlay = .help(help)
            return []
        }
        overlay = nil
        return []
    }

    mutating func submit() -> [Effect] {
        switch overlay {
        case .prompt(let prompt):
            return submitPrompt(prompt)
        case .viewPicker(let picker):
            overlay = nil
            guard let choice = picker.selected else { return [] }
            return switchView(to: choice.view.id)
        case .removalPicker(let picker):
            overlay = nil
            guard let option = picker.selected else { return [] }
            return write(picker.kind.deletion(option.id), to: picker.target)
        case .help(var help):
            // Enter ends typing the filter and keeps it; Enter again closes the help.
            if help.isFiltering {
                help.isFiltering = false
                overlay = .help(help)
            } else {
                overlay = nil
            }
            return []
        case .confirmQuit:
            shouldQuit = true
            return []
        case .confirmScreen(let question):
            overlay = nil
            return signal(question.screenID, .confirmed(field: question.field))
        case .lastError:
            overlay = nil
            return []
        case nil:
            return open()
        }
    }

    private mutating func submitPrompt(_ prompt: Prompt) -> [Effect] {
        switch prompt.kind {
        case .filter:
            overlay = nil
            return []
        case .screen:
            guard let field = prompt.screenField else {
                overlay = nil
                return []
            }
            return submitScreenPrompt(prompt, field)
        case .command:
            switch PromptCommand.parse(prompt.text, screens: PromptCommand.screens(in: screenContext)) {
            case .success(let command):
                overlay = nil
                return run(command)
            case .failure(let error):
                var refused = prompt
                refused.error = error.message
                overlay = .prompt(refused)
                return []
            }
        case .addTag, .addComment, .narrative, .whereLocation, .addImage:
            guard let target = prompt.target else {
                overlay = nil
                return []
            }
            switch Self.annotation(for: prompt.kind, text: prompt.text) {
            case .success(let annotation):
                overlay = nil
                if let replaced = prompt.draftID, replaced != Draft(target: target, annotation: annotation).id {
                    drafts.removeAll { $0.id == replaced }
                }
                return write(annotation, to: target)
            case .failure(let error):
                var refused = prompt
                refused.error = error.message
                overlay = .prompt(refused)
                return []
            }
        }
    }

    mutating func run(_ command: PromptCommand) -> [Effect] {
        switch command {
        case .view(let name):
            guard capabilities.supportsViews else {
                fail("\(providerName) has no views")
                return []
            }
            guard transactions.account != nil else {
                fail("open an account first")
                return []
            }
            let wanted = name.lowercased()
            guard let view = transactions.views.first(where: {
                $0.id.rawValue.lowercased() == wanted || $0.shortName.lowercased() == wanted
            }) else {
                fail("no view \(name); this account has: \(transactions.views.map(\.id.rawValue).joined(separator: ", "))")
                return []
            }
            depth = max(depth, .transactions)
            focus = .transactions
            return switchView(to: view.id)
        case .bank(let name):
            let id = BankID(name)
            guard banks.items.isEmpty || banks.items.contains(where: { $0.id == id }) else {
                fail("no bank \(id)")
                return []
            }
            return openBank(id)
        case .theme(let name):
            themeName = name
            return []
        case .exportCSV(let path):
            guard transactions.count > 0 else {
                fail("nothing to export: open an account first")
                return []
            }
            return [.exportCSV(path: path, list: transactions)]
        case .quit:
            return quit()
        case .retry:
            return retryDrafts()
        case .discard:
            return discardDrafts()
        case .screen(let name, let argument):
            return openScreen(named: name, argument: argument)
        }
    }
}
