import BrowserModel

/// Draws whatever sits on top of the panes: a prompt line, the view picker, a removal picker, the help
/// overlay or the question before quitting with unsaved work.
struct OverlayView {
    let state: AppState
    let keyMap: KeyMap

    func draw(layout: ScreenLayout, on canvas: Canvas, theme: Theme) {
        let body = canvas.region(layout.body)
        guard let overlay = state.overlay else { return }
        switch overlay {
        case .prompt(let prompt):
            guard let line = layout.prompt else { return }
            PromptLine(label: "\(prompt.title)\(prompt.kind == .filter || prompt.kind == .command ? "" : ":")",
                       line: prompt.line, problem: prompt.error.map { SafeText($0) })
                .draw(on: canvas.region(line), theme: theme)
        case .viewPicker(let picker):
            let items = picker.choices.map {
                PickerItem(SafeText($0.view.shortName.isEmpty ? $0.view.id.rawValue : $0.view.shortName)
                    + (($0.view.shortName == $0.view.id.rawValue || $0.view.shortName.isEmpty) ? "" : " (\($0.view.id.rawValue))"),
                           detail: SafeText($0.summary), isCurrent: $0.isCurrent)
            }
            PickerBox(title: "View", items: items, selected: picker.selection.index,
                      footer: "Enter: switch · Esc: close").draw(on: body, theme: theme)
        case .removalPicker(let picker):
            let items = picker.options.map {
                PickerItem(SafeText($0.text), detail: $0.author.map { SafeText($0) } ?? "")
            }
            let title: SafeText = switch picker.kind {
            case .tag: "Remove which tag?"
            case .comment: "Delete which comment?"
            case .image: "Remove which image?"
            }
            PickerBox(title: title, items: items, selected: picker.selection.index,
                      footer: "Enter: remove · Esc: keep").draw(on: body, theme: theme)
        case .help(let help):
            HelpPanel(keyMap: keyMap, capabilities: state.capabilities, help: help, screen: state.topScreen?.screen)
                .draw(on: body, theme: theme)
        case .confirmQuit(let unsaved):
            Self.ask("\(unsaved) unsaved change\(unsaved == 1 ? "" : "s") not saved. Quit anyway? (y/N)", title: "Quit",
                     on: body, theme: theme)
        case .confirmScreen(let question):
            Self.ask("\(question.question) (y/N)", title: "Confirm", on: body, theme: theme)
        case .lastError(let error):
            Self.ask("✗ \(error)", title: "Last error · Esc closes", on: body, theme: theme)
        }
    }

    /// A yes/no question in a box over the body, wrapped to the body's width: what is asked, and its `(y/N)`, must
    /// be read whole before it is answered. A question taller than the body keeps its first lines and its last.
    static func ask(_ text: SafeText, title: SafeText, on body: Canvas, theme: Theme) {
        let width = max(1, min(text.columns, body.bounds.width - 4))
        var lines = DetailView.wrap(text.string, width: width)
        let room = max(1, body.bounds.height - 2)
        if lines.count > room { lines = Array(lines.prefix(room - 1)) + [lines[lines.count - 1]] }
        let box = body.region(body.bounds.centered(height: lines.count + 2, width: width + 4))
        box.fill(style: theme[.text])
        let inner = PaneFrame(title: title, focused: true).draw(on: box, theme: theme)
        for (row, line) in lines.enumerated() {
            inner.put(SafeText(alreadySafe: line), row: row, style: theme[.text], overflow: .ellipsis)
        }
    }
}
