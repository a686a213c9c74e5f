import BankKit
import Foundation

/// What the server answered to a request sent from `:api`: its status, how long it took, and its body as the
/// lines of its indented JSON (or its text when it is not JSON).
public struct APIConsoleAnswer: Sendable, Hashable {
    public var status: Int
    public var milliseconds: Int
    public var lines: [String]
    /// The error as a user reads it (how to log in, the missing permission), for an answer outside 2xx.
    public var errorMessage: String?

    public init(status: Int, milliseconds: Int, body: Data, errorMessage: String? = nil) {
        self.status = status
        self.milliseconds = milliseconds
        self.errorMessage = errorMessage
        let text = (try? JSONValue.parse(Array(body)))?.text(pretty: true) ?? String(decoding: body, as: UTF8.self)
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
