import BrowserModel

/// Turns a key into the `BrowserModel` action it means in the current state: a command from the key map, or
/// text editing while a prompt, the help filter or the quit question is open.
public struct KeyTranslator: Sendable {
    public var keyMap: KeyMap

    public init(keyMap: KeyMap = .standard) {
        self.keyMap = keyMap
    }

    public func action(for key: Key, in state: AppState) -> Action? {
        if key == .control("c") { return .quit }
        switch state.overlay {
        case .some(let overlay) where overlay.takesText:
            return textAction(for: key)
        case .some(.help):
            return helpAction(for: key)
        case .some:
            return pickerAction(for: key)
        case .none:
            // A screen's own keys win over the browser's (`n` is "new" there, not "next match").
            if state.screenBinds(key) { return .screenKey(key) }
            guard let command = keyMap.command(for: key) else { return nil }
            if state.topScreen != nil, !command.worksOnScreens { return nil }
            return KeyTranslator.action(for: command)
        }
    }

    /// Keys while a prompt or the help overlay is open edit its text as readline does; ↑ ↓ PgUp PgDn still move.
    private func textAction(for key: Key) -> Action? {
        switch key {
        case .character(let c): return .insert(c)
        case .left, .control("b"): return .edit(.left)
        case .right, .control("f"): return .edit(.right)
        case .home, .control("a"): return .edit(.home)
        case .end, .control("e"): return .edit(.end)
        case .backspace: return .edit(.deleteBackward)
        case .delete, .control("d"): return .edit(.deleteForward)
        case .control("w"): return .edit(.deleteWordBackward)
        case .control("u"): return .edit(.deleteToStart)
        case .control("k"): return .edit(.deleteToEnd)
        case .enter: return .submit
        case .escape: return .cancel
        case .tab: return .completeCommand
        case .up: return .moveUp
        case .down: return .moveDown
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        default: return nil
        }
    }

    /// The help overlay browses like a picker until `/` starts its filter, as lazygit's menus do; `?` closes it
    /// as it opened it.
    private func helpAction(for key: Key) -> Action? {
        switch keyMap.command(for: key) {
        case .filter: return .startFilter
        case .help: return .cancel
        default: return pickerAction(for: key)
        }
    }

    /// Pickers take the move keys, open to choose, back (or q) to close.
    private func pickerAction(for key: Key) -> Action? {
        guard let command = keyMap.command(for: key) else { return nil }
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .open:
            return KeyTranslator.action(for: command)
        case .back, .quit:
            return .cancel
        default:
            return nil
        }
    }

    public static func action(for command: Command) -> Action {
        switch command {
        case .moveUp: .moveUp
        case .moveDown: .moveDown
        case .pageUp: .pageUp
        case .pageDown: .pageDown
        case .top: .top
        case .bottom: .bottom
        case .open: .open
        case .back: .back
        case .nextPane: .nextPane
        case .previousPane: .prevPane
        case .pickView: .pickView
        case .addTag: .addTag
        case .removeTag: .removeTag
        case .addComment: .addComment
        case .deleteComment: .removeComment
        case .editNarrative: .editNarrative
        case .setWhere: .setWhere
        case .clearWhere: .clearWhere
        case .addImage: .addImage
        case .removeImage: .removeImage
        case .filter: .startFilter
        case .nextMatch: .nextMatch
        case .previousMatch: .prevMatch
        case .reload: .reload
        case .commandLine: .commandLine
        case .help: .help
        case .lastError: .showLastError
        case .quit: .quit
        case .copy: .copySelection
        case .branches, .counterparty, .pay, .relabel:
            // Each has its screen (`Command.screen`); `.help` only satisfies the compiler.
            command.screen.map { .openScreen(name: $0.type.name, argument: $0.argument) } ?? .help
        }
    }
}
