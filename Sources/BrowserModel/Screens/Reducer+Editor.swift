extension AppState {
    /// A screen's `.editText`: asks the UI to run the editor; nothing else happens until it has exited.
    mutating func requestEditor(_ target: EditorRequest.Target, text: String) {
        editorSequence += 1
        editorRequest = EditorRequest(sequence: editorSequence, target: target, text: text)
        overlay = nil
    }

    /// The editor exited: the saved text goes to the screen as if typed into its prompt, when `validate` takes
    /// it; otherwise it waits in that prompt, with the reason, to be fixed or dropped with Esc.
    mutating func finishEditing(_ sequence: Int, _ outcome: EditorOutcome) -> [Effect] {
        guard let request = editorRequest, request.sequence == sequence else { return [] }
        editorRequest = nil
        let target = request.target
        guard let entry = screens.first(where: { $0.id == target.screenID }) else { return [] }
        switch outcome {
        case .unchanged(let reason):
            fail("\(target.title) unchanged: \(reason)")
            return []
        case .saved(let text):
            if let problem = entry.screen.validate(field: target.field, text: text) {
                // A prompt is one line: JSON does not need the editor's line breaks.
                let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
                var prompt = Prompt(screenField: ScreenField(screenID: target.screenID, field: target.field,
                                                             title: target.title), text: line)
                prompt.error = "\(problem) (from the editor; fix it here or Esc to drop it)"
                overlay = .prompt(prompt)
                return []
            }
            return signal(target.screenID, .submitted(field: target.field, text: text))
        }
    }
}
