import BankKit

extension AppState {
    /// The screen on top of the stack, which takes the keys while no overlay is open.
    public var topScreen: ScreenEntry? { screens.last }

    /// `:NAME [ARGUMENT]`: pushes the named screen, or says in one line why not.
    mutating func openScreen(named name: String, argument: String?) -> [Effect] {
        guard let type = ScreenRegistry.named(name) else {
            fail("no screen \(name); screens: \(ScreenRegistry.names.joined(separator: ", "))")
            return []
        }
        switch Self.make(type, context: screenContext, argument: argument) {
        case .failure(let refusal):
            fail(refusal.message)
            return []
        case .success(let screen):
            nextScreenID += 1
            let id = nextScreenID
            screens.append(ScreenEntry(id: id, screen: screen))
            overlay = nil
            // A note about the screen below ("select another view and press c") means nothing on this one.
            status.info = nil
            return signal(id, .visibleRows(screenRows)) + signal(id, .load(reload: false))
        }
    }

    /// Opens an existential metatype, so its `open` can return `Self`.
    private static func make<S: ScreenFeature>(_ type: S.Type, context: ScreenContext,
                                               argument: String?) -> Result<any ScreenFeature, ScreenRefusal> {
        type.open(context, argument: argument).map { $0 }
    }

    /// Routes `signal` to the screen with `id` and carries out what it asks for; nothing when it was closed.
    mutating func signal(_ id: Int, _ signal: ScreenSignal) -> [Effect] {
        guard let index = screens.firstIndex(where: { $0.id == id }) else { return [] }
        var screen = screens[index].screen
        let orders = screen.receive(signal)
        screens[index].screen = screen
        return orders.flatMap { carryOut($0, for: id) }
    }

    /// Routes `signal` to the screen on top.
    mutating func signalTop(_ signal: ScreenSignal) -> [Effect] {
        guard let top = topScreen else { return [] }
        return self.signal(top.id, signal)
    }

    private mutating func carryOut(_ order: ScreenOrder, for id: Int) -> [Effect] {
        switch order {
        case .run(let work):
            return [.screenTask(screenID: id, work)]
        case .pop:
            screens.removeAll { $0.id == id }
            if case .prompt(let prompt) = overlay, prompt.screenField?.screenID == id { overlay = nil }
            if case .confirmScreen(let question) = overlay, question.screenID == id { overlay = nil }
            // Whatever the screen still had running is stopped, not just ignored when it answers.
            return [.cancelScreenTasks(screenID: id)]
        case .inform(let text):
            inform(text)
        case .fail(let text):
            fail(text)
        case .prompt(let field, let title, let text):
            overlay = .prompt(Prompt(screenField: ScreenField(screenID: id, field: field, title: title), text: text))
        case .confirm(let field, let question):
            overlay = .confirmScreen(ScreenQuestion(screenID: id, field: field, question: question))
        case .copy(let text):
            copy(text)
        case .openScreen(let name, let argument):
            return openScreen(named: name, argument: argument)
        case .viewChanged(let account, let viewID):
            return viewChanged(account, viewID: viewID)
        case .accountsChanged(let accounts, let select):
            return accountsChanged(accounts, select: select)
        case .restartBrowser:
            return carryOut(.pop, for: id) + restartBrowsing()
        case .filterTransactions(let text):
            let effects = carryOut(.pop, for: id)
            setFilter(text)
            return effects
        case .editText(let field, let title, let text):
            requestEditor(EditorRequest.Target(screenID: id, field: field, title: title), text: text)
        case .writeCounterpartyField(let target, let text):
            return writeCounterpartyField(target, text: text)
        }
        return []
    }

    /// A key on a screen: its binding's event, or why the binding does nothing now.
    mutating func screenKey(_ key: Key) -> [Effect] {
        guard let top = topScreen, let binding = top.screen.binding(for: key) else { return [] }
        if let reason = binding.disabledReason {
            fail(reason)
            return []
        }
        return signal(top.id, .payload(binding.event))
    }

    /// Whether `key` is one of the top screen's own keys (they win over the browser's).
    public func screenBinds(_ key: Key) -> Bool {
        overlay == nil && topScreen?.screen.binding(for: key) != nil
    }

    /// Checks text typed into a screen's prompt, as it is typed.
    func validateScreenPrompt(_ prompt: inout Prompt) {
        guard let field = prompt.screenField,
              let entry = screens.first(where: { $0.id == field.screenID }) else { return }
        prompt.error = entry.screen.validate(field: field.field, text: prompt.text)
    }

    /// Enter in a screen's prompt: refused while `validate` refuses, else sent to the screen.
    mutating func submitScreenPrompt(_ prompt: Prompt, _ field: ScreenField) -> [Effect] {
        var checked = prompt
        validateScreenPrompt(&checked)
        if checked.error != nil {
            overlay = .prompt(checked)
            return []
        }
        overlay = nil
        return signal(field.screenID, .submitted(field: field.field, text: prompt.text))
    }

    /// Rows the screen's list shows, as the UI last measured them.
    mutating func setScreenRows(_ rows: Int) -> [Effect] {
        screenRows = max(1, rows)
        return signalTop(.visibleRows(screenRows))
    }
}

extension AppState {
    /// Tab in the command line: completes the command or screen name being typed, as far as it is unambiguous,
    /// and lists the candidates when there are several.
    mutating func completeCommand() {
        guard case .prompt(var prompt) = overlay, prompt.kind == .command,
              !prompt.text.contains(where: \.isWhitespace) else { return }
        let typed = prompt.text.lowercased()
        let candidates = PromptCommand.names(in: screenContext).filter { $0.hasPrefix(typed) }.sorted()
        guard let first = candidates.first else {
            prompt.error = "no command or screen starts with \(typed)"
            overlay = .prompt(prompt)
            return
        }
        var common = first
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(common) { common.removeLast() }
        }
        prompt.line = LineEditor(candidates.count == 1 ? common + " " : common)
        prompt.error = candidates.count > 1 ? candidates.joined(separator: "  ") : nil
        overlay = .prompt(prompt)
    }
}
