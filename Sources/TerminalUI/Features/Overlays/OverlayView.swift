import BrowserModel

/// Draws whatever sits on top of the panes: a prompt line, the view picker, a removal picker, the help
/// overlay or the question before quitting with unsaved work.
struct OverlayView {
    let state: AppState
    let keyMap: KeyMap

    func draw(layout: ScreenLayout, theme: Theme, into screen: any Screen) {
        guard let overlay = state.overlay else { return }
        switch overlay {
        case .prompt(let prompt):
            guard let line = layout.prompt else { return }
            PromptLine(label: Sanitizer.clean(prompt.title) + (prompt.kind == .filter || prompt.kind == .command ? "" : ":"),
                       line: prompt.line, problem: prompt.error.map(Sanitizer.clean))
                .draw(in: line, theme: theme, into: screen)
        case .viewPicker(let picker):
            let items = picker.choices.map {
                PickerItem(Sanitizer.clean($0.view.shortName.isEmpty ? $0.view.id.rawValue : $0.view.shortName)
                    + (($0.view.shortName == $0.view.id.rawValue || $0.view.shortName.isEmpty) ? "" : " (\(Sanitizer.clean($0.view.id.rawValue)))"),
                           detail: $0.summary, isCurrent: $0.isCurrent)
            }
            PickerBox(title: "View", items: items, selected: picker.selection.index,
                      footer: "Enter: switch · Esc: close").draw(in: layout.body, theme: theme, into: screen)
        case .removalPicker(let picker):
            let items = picker.options.map {
                PickerItem(Sanitizer.clean($0.text), detail: $0.author.map(Sanitizer.clean) ?? "")
            }
            let title = switch picker.kind {
            case .tag: "Remove which tag?"
            case .comment: "Delete which comment?"
            case .image: "Remove which image?"
            }
            PickerBox(title: title, items: items, selected: picker.selection.index,
                      footer: "Enter: remove · Esc: keep").draw(in: layout.body, theme: theme, into: screen)
        case .help(let help):
            HelpPanel(keyMap: keyMap, capabilities: state.capabilities, help: help, screen: state.topScreen?.screen)
                .draw(in: layout.body, theme: theme, into: screen)
        case .confirmQuit(let unsaved):
            Self.ask("\(unsaved) unsaved change\(unsaved == 1 ? "" : "s") not saved. Quit anyway? (y/N)", title: "Quit",
                     in: layout.body, theme: theme, into: screen)
        case .confirmScreen(let question):
            Self.ask(Sanitizer.clean(question.question) + " (y/N)", title: "Confirm", in: layout.body, theme: theme,
                     into: screen)
        }
    }

    /// A one-line yes/no question in a box over the body.
    private static func ask(_ text: String, title: String, in body: Rect, theme: Theme, into screen: any Screen) {
        let box = body.centered(height: 3, width: DisplayWidth.columns(text) + 4)
        screen.fill(box, style: theme[.text])
        let inner = PaneFrame.draw(in: box, title: title, focused: true, theme: theme, into: screen)
        screen.put(DisplayWidth.fit(text, to: inner.width), row: inner.top, col: inner.left, style: theme[.text])
    }
}
