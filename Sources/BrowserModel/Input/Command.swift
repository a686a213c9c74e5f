/// What a key means in the browser, before it becomes a `BrowserModel` action. The key map binds keys to
/// commands and the help overlay lists them, so the two cannot drift apart.
public enum Command: String, Sendable, Hashable, CaseIterable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open, back, nextPane, previousPane
    case pickView
    case addTag, removeTag, addComment, deleteComment, editNarrative, setWhere, clearWhere, addImage, removeImage
    case filter, nextMatch, previousMatch
    case reload, commandLine, help, lastError, quit
    case branches
    case counterparty
    case copy
    case pay, relabel

    /// The change to a transaction the command leads to, whose view flag decides whether it is offered.
    public var annotationKind: Annotation.Kind? {
        switch self {
        case .addTag: .addTag
        case .removeTag: .deleteTag
        case .addComment: .addComment
        case .deleteComment: .deleteComment
        case .editNarrative: .setNarrative
        case .setWhere: .setWhere
        case .clearWhere: .deleteWhere
        case .addImage: .addImage
        case .removeImage: .deleteImage
        default: nil
        }
    }

    /// The screen the key opens, and its argument: a shortcut for `:NAME ARGUMENT`.
    public var screen: (type: any ScreenFeature.Type, argument: String?)? {
        switch self {
        case .branches: (BranchesScreen.self, nil)
        case .counterparty: (CounterpartiesScreen.self, nil)
        case .pay: (PaymentsScreen.self, PaymentsScreen.formArgument)
        case .relabel: (AccountScreen.self, AccountScreen.labelArgument)
        default: nil
        }
    }

    /// Whether the command means something on a screen opened over the browser; the annotation and pane keys
    /// belong to the browse panes.
    public var worksOnScreens: Bool {
        switch self {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .open, .back, .reload, .commandLine, .help, .lastError,
             .quit:
            true
        default:
            false
        }
    }
}
