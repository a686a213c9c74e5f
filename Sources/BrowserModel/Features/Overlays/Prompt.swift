/// An open one-line text prompt. The UI sends `.insert`/`.edit`/`.submit`/`.cancel` while one is open.
public struct Prompt: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case addTag
        case addComment
        case narrative
        /// `lat, lon`.
        case whereLocation
        /// `URL label`.
        case addImage
        /// `/`: filters the transactions as the text changes.
        case filter
        /// `:`: a command line.
        case command
        /// A field of the screen on top (a form, an edit in place).
        case screen
    }

    public internal(set) var kind: Kind
    /// The text and the cursor in it.
    public internal(set) var line: LineEditor
    /// Why the text was refused, shown under the prompt until the next edit.
    public internal(set) var error: String?
    /// The transaction an annotation prompt edits, fixed when the prompt opened.
    public internal(set) var target: AnnotationTarget?
    /// The failed draft whose text the prompt was opened with; submitting replaces it.
    public internal(set) var draftID: String?
    /// The screen and field a `.screen` prompt types into.
    public internal(set) var screenField: ScreenField?

    public init(kind: Kind, text: String = "", target: AnnotationTarget? = nil, draftID: String? = nil) {
        self.kind = kind
        self.line = LineEditor(text)
        self.target = target
        self.draftID = draftID
    }

    init(screenField: ScreenField, text: String) {
        self.init(kind: .screen, text: text)
        self.screenField = screenField
    }

    public var text: String { line.text }

    /// The change an annotation prompt makes; nil for the filter, the command line and screen fields.
    public var annotationKind: Annotation.Kind? {
        switch kind {
        case .addTag: .addTag
        case .addComment: .addComment
        case .narrative: .setNarrative
        case .whereLocation: .setWhere
        case .addImage: .addImage
        case .filter, .command, .screen: nil
        }
    }

    /// The label before the text, e.g. `Tag:`.
    public var title: String {
        switch kind {
        case .addTag: "Tag"
        case .addComment: "Comment"
        case .narrative: "Narrative (empty removes it)"
        case .whereLocation: "Where (lat, lon)"
        case .addImage: "Image (URL label)"
        case .filter: "/"
        case .command: ":"
        case .screen: screenField?.title ?? ""
        }
    }
}
