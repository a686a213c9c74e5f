/// The screen and field a prompt types into.
public struct ScreenField: Sendable, Hashable {
    public var screenID: Int
    public var field: String
    public var title: String
}

/// A yes/no question a screen asks before a destructive change.
public struct ScreenQuestion: Sendable, Hashable {
    public var screenID: Int
    public var field: String
    public var question: String
}

/// Text for the terminal's clipboard; the UI writes it (OSC 52) once per sequence number.
public struct ClipboardRequest: Sendable, Hashable {
    public var sequence: Int
    public var text: String
}
