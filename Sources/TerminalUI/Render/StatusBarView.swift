import BrowserModel

/// Builds the status bar from the state: the last error, else what is loading and the keys that matter in the
/// focused pane; the rate-limit budget, the request count and unsaved drafts on the right.
struct StatusBarView {
    let state: AppState
    let keyMap: KeyMap

    var bar: StatusBar {
        let activity = state.status.retrying
            ?? (state.activity.isEmpty ? nil : "loading " + state.activity.joined(separator: ", "))
        var message = state.status.info.map { SafeText($0) }
        if message == nil, !state.drafts.isEmpty {
            message = "\(state.drafts.count) unsaved draft\(state.drafts.count == 1 ? "" : "s"): :retry or :discard"
        }
        return StatusBar(hints: hints.map { (SafeText($0.key), SafeText($0.label)) }, activity: activity.map { SafeText($0) },
                         spinnerFrame: state.status.spinnerTick, rateLimit: rightSide.map { SafeText($0) },
                         error: state.status.error.map { SafeText($0) }, message: message)
    }

    private var rightSide: String? {
        var parts: [String] = []
        if let limit = state.status.rateLimit, let remaining = limit.remaining {
            parts.append("API \(remaining)" + (limit.limit.map { "/\($0)" } ?? "") + " left")
        }
        if state.status.requestCount > 0 { parts.append("\(state.status.requestCount) req") }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    private var hints: [(key: String, label: String)] {
        if let screen = state.topScreen?.screen {
            let own = screen.hints.map { (key: $0.key.label, label: $0.label) }
            let global: [(Command, String)] = (screen.openLabel.map { [(.open, $0)] } ?? [])
                + [(.back, "back"), (.reload, "reload"), (.quit, "quit")]
            return [(key: "?", label: "help")] + own + global.compactMap { command, label in
                keyMap.binding(for: command)?.keys.first.map { (key: $0.label, label: label) }
            }
        }
        var commands: [(Command, String)] = [(.help, "help")]
        switch state.focus {
        case .banks, .accounts:
            commands += [(.open, "open"), (.back, "back"), (.reload, "reload")]
        case .transactions:
            commands += [(.open, "detail"), (.filter, "filter"), (.pickView, "view"), (.addTag, "tag"),
                         (.addComment, "comment"), (.back, "back")]
        case .detail:
            commands += [(.addTag, "tag"), (.removeTag, "untag"), (.addComment, "comment"), (.editNarrative, "narrative"),
                         (.setWhere, "where"), (.addImage, "image"), (.pickView, "view"), (.back, "back")]
        }
        commands.append((.quit, "quit"))
        // OP and other single-view providers: offering `v` would pretend there is something to switch to. Nor
        // are writes the current view refuses offered (the key still says why when pressed).
        let available = keyMap.available(for: state.capabilities)
        return commands.compactMap { command, label in
            guard state.disabledReason(command) == nil, let key = available.binding(for: command)?.keys.first else {
                return nil
            }
            return (key.label, label)
        }
    }
}
