/// Text that may reach the terminal. The only ways to make one sanitise (`SafeText(_:)`, a literal, an
/// interpolation of a `String`) or start from another `SafeText`, so a screen's `put`, which takes nothing else,
/// cannot print a server's escape sequence however a widget came by its text.
///
/// Server strings become `SafeText` where the view model hands them to a screen (`ScreenCell`, `ScreenDetail`),
/// sanitised once there; cutting or padding safe text (TerminalUI's width functions) keeps it safe.
public struct SafeText: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation,
    CustomStringConvertible {
    public let string: String

    public init(_ text: String) {
        string = Sanitizer.clean(text)
    }

    /// For TerminalUI's width functions, whose output is cut from safe text and spaces: not for server strings.
    package init(alreadySafe text: String) {
        string = text
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(stringInterpolation: Interpolation) {
        string = stringInterpolation.text
    }

    public var description: String { string }
    public var isEmpty: Bool { string.isEmpty }

    public static func + (lhs: SafeText, rhs: SafeText) -> SafeText {
        SafeText(alreadySafe: lhs.string + rhs.string)
    }

    public static func += (lhs: inout SafeText, rhs: SafeText) {
        lhs = lhs + rhs
    }

    /// Joins safe pieces; a separator is safe text too.
    public static func joined(_ parts: some Sequence<SafeText>, separator: SafeText = "") -> SafeText {
        SafeText(alreadySafe: parts.map(\.string).joined(separator: separator.string))
    }

    /// Every interpolated `String` is sanitised; safe text and numbers go in as they are.
    public struct Interpolation: StringInterpolationProtocol {
        var text = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + 8 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            text += Sanitizer.clean(literal)
        }

        public mutating func appendInterpolation(_ value: String) {
            text += Sanitizer.clean(value)
        }

        public mutating func appendInterpolation(_ value: SafeText) {
            text += value.string
        }

        public mutating func appendInterpolation(_ value: some BinaryInteger) {
            text += String(value)
        }
    }
}
