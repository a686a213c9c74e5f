import BankKit
import Foundation

/// One endpoint of the resource docs with its path filled: what `s` sends and `y` copies.
public struct APIConsoleRequest: Sendable, Hashable {
    public var doc: OBPResourceDoc
    public var path: String
    /// The body as edited with `e`; nil sends the doc's example.
    public var editedBody: String?

    public init(doc: OBPResourceDoc, path: String, editedBody: String? = nil) {
        self.doc = doc
        self.path = path
        self.editedBody = editedBody
    }

    /// The edited body, else the example, goes with every verb but GET, as API Explorer sends it.
    public var body: String? { doc.method == .get ? nil : editedBody ?? doc.exampleBody }

    /// The same request as a `bankterm api` line, the body fed on standard input.
    public var commandLine: String {
        let call = "bankterm api \(doc.method.rawValue) \(Self.quoted(path))"
        guard let body else { return call }
        return "printf '%s' \(Self.quoted(body)) | \(call) --input -"
    }

    /// Sends it once through the provider's raw calls (the code `bankterm api` uses) and times the answer.
    func send(with provider: any BankProvider) async -> Result<APIConsoleAnswer, BankError> {
        guard let client = provider as? any RawAPICalling else {
            return .failure(BankError(kind: .invalidInput, message: "\(provider.name) cannot send arbitrary requests"))
        }
        let request = RawAPIRequest(method: doc.method, path: path, body: body.map { Data($0.utf8) })
        let clock = ContinuousClock()
        let start = clock.now
        return await Result.catching {
            let response = try await client.send(request)
            let elapsed = start.duration(to: clock.now)
            let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
            let failure = (200..<300).contains(response.status) ? nil : client.error(for: response).userMessage
            return APIConsoleAnswer(status: response.status, milliseconds: milliseconds, body: response.body,
                                    errorMessage: failure)
        }
    }

    /// What Enter shows: the request, its description, and the answer once there is one.
    func detail(answer: APIConsoleAnswer?, selectedLine: Int) -> ScreenDetail {
        var lines = [ScreenDetail.Line("Request", ScreenCell("\(doc.method.rawValue) \(path)")),
                     ScreenDetail.Line("Tags", ScreenCell(doc.tags.isEmpty ? "—" : doc.tags.joined(separator: ", "), .muted))]
        let missing = PathParameters.placeholders(in: path)
        if !missing.isEmpty {
            lines.append(.init("Unknown", ScreenCell(missing.joined(separator: ", ") + ": not selected here", .error)))
        }
        if let body { lines.append(.init("Body", ScreenCell(body))) }
        let description = doc.description.split(separator: "\n", omittingEmptySubsequences: true)
        for (index, line) in description.enumerated() {
            lines.append(.init(index == 0 ? "About" : "", ScreenCell(String(line))))
        }
        if let answer {
            let style: ScreenCell.Style = (200..<300).contains(answer.status) ? .positive : .error
            lines.append(.init("Status", ScreenCell("\(answer.status) in \(answer.milliseconds) ms", style)))
            for (index, line) in answer.lines.enumerated() {
                lines.append(.init(index == 0 ? "Response" : "", ScreenCell(line)))
            }
        }
        return ScreenDetail(title: doc.summary.isEmpty ? doc.url : doc.summary, lines: lines,
                            selectedLine: min(selectedLine, lines.count - 1))
    }

    /// Single-quoted for a POSIX shell when it holds anything but path-safe characters.
    static func quoted(_ text: String) -> String {
        let safe = text.allSatisfy { $0.isLetter || $0.isNumber || "/._-:@=,+".contains($0) }
        return safe ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
