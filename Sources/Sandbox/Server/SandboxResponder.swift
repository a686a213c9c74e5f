import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// The HTTP front of the sandbox: correlation ids, rate limiting, body limits, DirectLogin, routing, OBP error
/// bodies and ETags. Routing is done here rather than with Hummingbird's router so that every unknown path and
/// method gets OBP's own 404 body.
struct SandboxResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let api: OBPAPI
    let rateLimiter: RateLimiter?
    let maxBodyBytes: Int
    let requestCount: RequestCounter
    let cache = ResponseCache()
    let logger: Logger

    private static let correlationID = HTTPField.Name("Correlation-Id")!
    private static let directLogin = HTTPField.Name("DirectLogin")!
    private static let rateLimit = HTTPField.Name("X-Rate-Limit-Limit")!
    private static let rateRemaining = HTTPField.Name("X-Rate-Limit-Remaining")!
    private static let rateReset = HTTPField.Name("X-Rate-Limit-Reset")!

    func respond(to request: Request, context: Context) async throws -> Response {
        requestCount.increment()
        var headers = HTTPFields()
        headers[Self.correlationID] = request.headers[Self.correlationID] ?? UUID().uuidString.lowercased()
        headers[.contentType] = "application/json; charset=utf-8"

        if let rateLimiter {
            let decision = rateLimiter.consume(nowMillis: OBPAPI.nowMillis())
            headers[Self.rateLimit] = String(decision.limit)
            headers[Self.rateRemaining] = String(decision.remaining)
            headers[Self.rateReset] = String(decision.reset)
            guard decision.allowed else { return Self.response(OBPError.tooManyRequests, headers: headers) }
        }

        let result: RenderedResponse
        do {
            result = try await handle(request)
        } catch let error as OBPError {
            return Self.response(error, headers: headers)
        } catch {
            logger.error("request failed: \(String(describing: error))")
            return Self.response(OBPError.unknown, headers: headers)
        }

        guard let body = result.body else {
            headers[.contentType] = nil
            return Response(status: .init(code: result.status), headers: headers)
        }
        if let etag = result.etag {
            headers[.eTag] = etag
            if let match = request.headers[.ifNoneMatch],
               match.split(separator: ",").contains(where: { Self.stripWeak($0) == etag }) {
                headers[.contentType] = nil
                return Response(status: .notModified, headers: headers)
            }
        }
        return Response(status: .init(code: result.status), headers: headers, body: ResponseBody(byteBuffer: body))
    }

    private func handle(_ request: Request) async throws -> RenderedResponse {
        let path = request.uri.path.split(separator: "/", omittingEmptySubsequences: true)
            .map { $0.contains("%") ? $0.removingPercentEncoding ?? String($0) : String($0) }
        let method = request.method.rawValue
        let body = try await readBody(request)
        let login = DirectLoginParameters(directLoginHeader: request.headers[Self.directLogin],
                                          authorizationHeader: request.headers[.authorization])

        if path == ["my", "logins", "direct"] {
            guard method == "POST" else { throw OBPError.notFound }
            return RenderedResponse(try await api.login(login), withETag: false)
        }
        guard path.count >= 2, path[0] == "obp", let (version, route, params) = Self.route(method: method, path: path)
        else { throw OBPError.notFound }
        if let bank = params["bank"], !Self.isValidID(bank) { throw OBPError.invalidBankID }
        if let account = params["account"], !Self.isValidID(account) { throw OBPError.invalidAccountID }

        var userID: String?
        if let token = login?["token"] {
            guard let id = api.tokens.userID(for: token) else { throw OBPError.invalidToken }
            userID = id
        }
        var obpHeaders = [String: String]()
        for field in request.headers where field.name.canonicalName.hasPrefix("obp_") {
            obpHeaders[field.name.canonicalName] = field.value
        }
        var query = [String: String]()
        for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
        let call = APICall(method: method, version: version, params: params, obpHeaders: obpHeaders, query: query,
                           body: body, userID: userID)
        guard method == "GET" else {
            defer { cache.invalidate() }
            return RenderedResponse(try await route.handler(api, call), withETag: false)
        }
        // Joined by hand: interpolating the sorted pairs would print them through reflection on every request.
        let key = ([userID ?? "", request.uri.description]
                   + obpHeaders.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: "\u{1f}")
        if let cached = cache.lookup(key) { return cached }
        let generation = cache.generation
        let response = try await route.handler(api, call)
        let rendered = RenderedResponse(response, withETag: response.status == 200)
        if response.status == 200 { cache.store(rendered, for: key, renderedAt: generation) }
        return rendered
    }

    /// The route of a path under `/obp/`: a version prefix, or the generated dynamic entity endpoints' own prefix.
    private static func route(method: String, path: [String]) -> (APIVersion, Route, [String: String])? {
        let rest = Array(path.dropFirst(2))
        if path[1] == DynamicEntityRoutes.prefix {
            return DynamicEntityRoutes.route(method: method, path: rest).map { (DynamicEntityRoutes.version, $0.0, $0.1) }
        }
        guard let version = APIVersion(rawValue: path[1]),
              let (route, params) = OBPRoutes.route(method: method, version: version, path: rest) else { return nil }
        return (version, route, params)
    }

    private func readBody(_ request: Request) async throws -> [UInt8] {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBodyBytes {
            throw OBPError.bodyTooLarge
        }
        do {
            var buffer = try await request.body.collect(upTo: maxBodyBytes)
            return buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch {
            throw OBPError.bodyTooLarge
        }
    }

    /// OBP's id rule: only 0-9, a-z, A-Z, '-', '.', '_', shorter than 255 characters.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count < 255 && id.utf8.allSatisfy { byte in
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
        }
    }

    private static func stripWeak(_ tag: Substring) -> String {
        let trimmed = tag.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("W/") ? String(trimmed.dropFirst(2)) : trimmed
    }

    private static func response(_ error: OBPError, headers: HTTPFields) -> Response {
        Response(status: .init(code: error.status), headers: headers,
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: error.json.bytes)))
    }
}
