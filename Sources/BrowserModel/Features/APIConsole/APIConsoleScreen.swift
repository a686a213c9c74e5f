import BankKit
import Foundation

/// `:api`, API Explorer in the terminal: the server's resource docs, filtered by text and `#Tag` (`f`, or `t`'s
/// tag picker); Enter shows one endpoint with its path filled from where the user was, `e` edits its body in
/// `$EDITOR` (`E` on one line), `s` sends it (asking first unless it is a GET) and shows the answer, `y` copies it
/// as a `bankterm api` line. Requests go through `RawAPICalling`, the code `bankterm api` uses.
public struct APIConsoleScreen: ScreenFeature {
    public static let name = "api"
    public static let summary = "API Explorer: the server's endpoints, filled from here, sent and answered"

    public let parameters: PathParameters
    public internal(set) var list = LoadableList<OBPResourceDoc>()
    /// Every doc the server listed; `list` holds those matching `filter`.
    public internal(set) var allDocs: [OBPResourceDoc] = []
    public internal(set) var filter = ""
    /// Enter opened the selected endpoint.
    public internal(set) var isShowingEndpoint = false
    /// The detail line the cursor is on while the endpoint is open (j/k scroll the answer).
    public internal(set) var detailLine = 0
    /// The request on its way, so a second `s` does not send it twice.
    public internal(set) var pending: APIConsoleRequest?
    /// The last answer, shown while its endpoint is the selected one.
    public internal(set) var exchange: APIConsoleExchange?
    /// Bodies edited with `e` or `E`, by endpoint URL, as compact JSON: each starts from the doc's example.
    public internal(set) var editedBodies: [String: String] = [:]
    /// `t`'s tag picker while it is open: the list shows tags, and Enter filters by the selected one.
    public internal(set) var tagPicker: LoadableList<APITag>?

    public static func open(_ context: ScreenContext, argument: String?) -> Result<APIConsoleScreen, ScreenRefusal> {
        var screen = APIConsoleScreen(parameters: PathParameters(context))
        screen.filter = argument ?? ""
        return .success(screen)
    }

    init(parameters: PathParameters) {
        self.parameters = parameters
    }

    public var title: String {
        if tagPicker != nil { return "API Explorer tags: Enter filters by one, Esc goes back" }
        return filter.isEmpty ? "API Explorer (\(allDocs.count))"
            : "API Explorer: \(list.items.count) of \(allDocs.count) matching \"\(filter)\""
    }

    public var selectedRequest: APIConsoleRequest? {
        list.selected.map { APIConsoleRequest(doc: $0, path: parameters.fill($0.url), editedBody: editedBodies[$0.url]) }
    }

    public var bindings: [ScreenBinding<APIConsoleEvent>] {
        let keys: [ScreenBinding<APIConsoleEvent>] = [
         ScreenBinding([.character("f")], "filter the endpoints by text; #Tag keeps one tag's endpoints",
                       hint: "filter", event: .askFilter),
         ScreenBinding([.character("t")], "pick a tag to filter by (f shows it as #Tag)", hint: "tag",
                       event: .pickTag, disabledReason: allDocs.isEmpty ? "no resource docs loaded" : nil),
         ScreenBinding([.character("s")], "send the request (asks first unless it is a GET)", hint: "send",
                       event: .send, disabledReason: sendRefusal),
         ScreenBinding([.character("e")], "edit the request body (JSON) in $EDITOR (else $VISUAL, else vi), "
                       + "starting from the example", hint: "body", event: .editBody, disabledReason: bodyRefusal),
         ScreenBinding([.character("E")], "edit the request body on one line, without leaving the screen",
                       hint: "body inline", event: .editBodyInline, disabledReason: bodyRefusal),
         ScreenBinding([.character("y")], "copy it as a bankterm api command line", hint: "copy", event: .copy,
                       disabledReason: selectedRequest == nil ? "no endpoint selected" : nil)]
        // While the tag picker is open its rows take Enter and Esc; the endpoint keys would act on a hidden row.
        guard tagPicker != nil else { return keys }
        return keys.map { key in
            var key = key
            key.disabledReason = "the tag picker is open: Enter filters by the tag, Esc goes back"
            return key
        }
    }

    /// Why `s` sends nothing now; the one place that decides it.
    var sendRefusal: String? {
        guard let request = selectedRequest else { return "no endpoint selected" }
        if pending != nil { return "a request is on its way" }
        if let missing = PathParameters.placeholders(in: request.path).first {
            return "\(missing) is not known here: open :api where it is selected"
        }
        return nil
    }

    var bodyRefusal: String? {
        guard let request = selectedRequest else { return "no endpoint selected" }
        return request.doc.method == .get ? "a GET sends no body" : nil
    }

    public var activity: String? {
        if let pending { return "\(pending.doc.method.rawValue) \(pending.path)" }
        return list.isLoading ? "resource docs" : nil
    }

    public mutating func load(reload: Bool) -> [ScreenCommand<APIConsoleEvent>] {
        list.begin()
        return [.run { provider in
            guard let obp = provider as? OBPProvider else {
                return .loaded(.failure(BankError(kind: .invalidInput,
                                                  message: "API Explorer needs an OBP server; \(provider.name) is not one")))
            }
            return .loaded(await Result.catching { try await obp.resourceDocs() })
        }]
    }

    public mutating func handle(_ input: ScreenInput<APIConsoleEvent>) -> [ScreenCommand<APIConsoleEvent>] {
        switch input {
        case .move(let move):
            if tagPicker != nil {
                tagPicker?.move(move)
            } else if isShowingEndpoint, let count = detail?.lines.count {
                detailLine = min(max(0, move.target(from: detailLine, count: count, visibleRows: 10)), max(0, count - 1))
            } else {
                list.move(move)
            }
        case .visibleRows(let rows):
            list.setVisibleRows(rows)
            tagPicker?.setVisibleRows(rows)
        case .open:
            if let picker = tagPicker {
                tagPicker = nil
                pickTag(picker.selected?.name)
            } else {
                isShowingEndpoint = list.selected != nil
                detailLine = 0
            }
        case .back:
            if tagPicker != nil {
                tagPicker = nil
                return []
            }
            guard isShowingEndpoint else { return [.pop] }
            isShowingEndpoint = false
        case .submitted(field: "filter", let text):
            filter = text.split(separator: " ").joined(separator: " ")
            applyFilter()
        case .submitted(field: "body", let text):
            guard let url = list.selected?.url else { return [] }
            editedBodies[url] = (try? JSONValue.parse(Array(text.utf8)))?.text(pretty: false) ?? text
            isShowingEndpoint = true
        case .confirmed(field: "send"):
            return send()
        case .submitted, .confirmed: break
        case .event(let event): return handle(event)
        }
        return []
    }

    private mutating func handle(_ event: APIConsoleEvent) -> [ScreenCommand<APIConsoleEvent>] {
        switch event {
        case .loaded(let result):
            list.finish(result)
            if case .success(let docs) = result { allDocs = docs }
            applyFilter()
        case .askFilter:
            return [.prompt(field: "filter", title: "filter endpoints (verb, path, summary or tag)", text: filter)]
        case .send:
            guard sendRefusal == nil, let request = selectedRequest else { return [] }
            if request.doc.method == .get { return send() }
            return [.confirm(field: "send", question: "\(request.doc.method.rawValue) \(request.path)? It is sent once.")]
        case .editBody:
            guard bodyRefusal == nil, let request = selectedRequest else { return [] }
            let body = request.body ?? "{}"
            let pretty = (try? JSONValue.parse(Array(body.utf8)))?.text(pretty: true) ?? body
            return [.editText(field: "body", title: "request body (JSON)", text: pretty)]
        case .editBodyInline:
            guard bodyRefusal == nil, let request = selectedRequest else { return [] }
            return [.prompt(field: "body", title: "request body (JSON)", text: request.body ?? "{}")]
        case .pickTag:
            guard !allDocs.isEmpty else { return [] }
            var picker = LoadableList<APITag>()
            picker.finish(.success(APITag.all(in: allDocs)))
            picker.setVisibleRows(list.selection.visibleRows)
            let current = APIDocFilter(filter).tags.first
            if let index = picker.items.firstIndex(where: { $0.name.map(APIDocFilter.key) == current }) {
                picker.select(index)
            }
            tagPicker = picker
        case .copy:
            if let request = selectedRequest { return [.copy(request.commandLine)] }
        case .answered(let request, let result):
            pending = nil
            switch result {
            case .success(let answer):
                exchange = APIConsoleExchange(request: request, answer: answer)
                isShowingEndpoint = true
                detailLine = 0
                if let message = answer.errorMessage { return [.fail(message)] }
            case .failure(let error):
                return [.fail(error.userMessage)]
            }
        }
        return []
    }

    /// Sends the selected request once; nothing retries it, whatever its verb.
    private mutating func send() -> [ScreenCommand<APIConsoleEvent>] {
        guard sendRefusal == nil, let request = selectedRequest else { return [] }
        pending = request
        return [.run { provider in .answered(request, await request.send(with: provider)) }]
    }

    /// A body is sent as typed only when it is JSON: the server would refuse anything else with OBP-10001.
    public func validate(field: String, text: String) -> String? {
        guard field == "body" else { return nil }
        guard (try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil else { return "not JSON yet" }
        return nil
    }

    private mutating func applyFilter() {
        list.replace(APIDocFilter.apply(filter, to: allDocs))
        if list.items.isEmpty { isShowingEndpoint = false }
    }

    /// The picker's choice replaces the filter's `#` tokens and keeps its words; nil drops the tag filter.
    private mutating func pickTag(_ tag: String?) {
        let words = APIDocFilter.removingTags(from: filter)
        filter = ([tag.map(APIDocFilter.token) ?? ""] + [words]).filter { !$0.isEmpty }.joined(separator: " ")
        applyFilter()
        isShowingEndpoint = false
    }

    var detail: ScreenDetail? {
        guard isShowingEndpoint, let request = selectedRequest else { return nil }
        let answer = exchange?.request == request ? exchange?.answer : nil
        return request.detail(answer: answer, selectedLine: detailLine)
    }

    public var presentation: ScreenPresentation {
        let columns = [ScreenColumn("Verb", .fixed(6), priority: 4),
                       ScreenColumn("URL", .flexible(minimum: 20, weight: 4), priority: 3),
                       ScreenColumn("Summary", .flexible(minimum: 16, weight: 3), priority: 2),
                       ScreenColumn("Tag", .flexible(minimum: 8, weight: 1), priority: 1)]
        if let picker = tagPicker {
            let columns = [ScreenColumn("Tag", .flexible(minimum: 16, weight: 4), priority: 2),
                           ScreenColumn("Endpoints", .fixed(9), alignsRight: true, priority: 1)]
            return picker.presentation(columns: columns, empty: "the resource docs carry no tags") { tag in
                [tag.name.map { ScreenCell($0) } ?? ScreenCell("(any tag)", .muted), ScreenCell("\(tag.count)")]
            }
        }
        let empty = filter.isEmpty ? "the server lists no resource docs" : "no endpoint matches \"\(filter)\""
        return list.presentation(columns: columns, empty: empty, detail: detail) { doc in
            [ScreenCell(doc.method.rawValue, doc.method == .get ? .plain : .mark), ScreenCell(doc.url),
             ScreenCell(doc.summary), ScreenCell(doc.tags.first ?? "—", .muted)]
        }
    }
}

public enum APIConsoleEvent: Sendable {
    case loaded(Result<[OBPResourceDoc], BankError>)
    case askFilter
    case pickTag
    /// `e`: the body in the user's editor.
    case editBody
    /// `E`: the body in the one-line prompt.
    case editBodyInline
    case send
    case copy
    case answered(APIConsoleRequest, Result<APIConsoleAnswer, BankError>)
}
