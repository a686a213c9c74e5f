import Foundation
import HTTPTypes
import Hummingbird

/// Answers a request the router matched: reads the body and the DirectLogin header, checks the ids OBP checks,
/// builds the `APICall` for the route's handler, and serves GETs from the response cache (which every other
/// method empties).
struct OBPEndpoints: Sendable {
    let api: OBPAPI
    let maxBodyBytes: Int
    let cache = ResponseCache()

    private static let directLogin = HTTPField.Name("DirectLogin")!

    func login(_ request: Request) async throws -> Response {
        _ = try await readBody(request)
        return RenderedResponse(try await api.login(loginParameters(request)), withETag: false).response(to: request)
    }

    func serve(_ route: Route, version: APIVersion, request: Request,
               context: BasicRequestContext) async throws -> Response {
        let body = try await readBody(request)
        var userID: String?
        if let token = loginParameters(request)?["token"] {
            guard let id = api.tokens.userID(for: token) else { throw OBPError.invalidToken }
            userID = id
        }
        var obpHeaders = [String: String]()
        for field in request.headers where field.name.canonicalName.hasPrefix("obp_") {
            obpHeaders[field.name.canonicalName] = field.value
        }
        // A cached page answers before the call is built: the key holds all that the answer depends on.
        var cacheKey: String?
        if request.method == .get {
            // Joined by hand: interpolating the sorted pairs would print them through reflection on every request.
            let headers = obpHeaders.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            let key = ([userID ?? "", request.uri.description] + headers).joined(separator: "\u{1f}")
            if let cached = cache.lookup(key) { return cached.response(to: request) }
            cacheKey = key
        }
        var params = [String: String]()
        for (name, value) in context.parameters {
            // `utf8.contains`: Substring's `contains("%")` is Foundation's, which bridges to NSString.
            params[String(name)] = value.utf8.contains(UInt8(ascii: "%")) ? value.removingPercentEncoding ?? String(value)
                : String(value)
        }
        if let bank = params["bank"], !OBPIdentifier.isValid(bank) { throw OBPError.invalidBankID }
        if let account = params["account"], !OBPIdentifier.isValid(account) { throw OBPError.invalidAccountID }
        var query = [String: String]()
        for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
        let generation = cacheKey == nil ? nil : cache.generation
        let call = APICall(method: route.method, version: version, params: params, obpHeaders: obpHeaders,
                           query: query, body: body, userID: userID, generation: generation)
        guard let cacheKey, let generation else {
            defer { cache.invalidate() }
            return RenderedResponse(try await route.handler(api, call), withETag: false).response(to: request)
        }
        let response = try await route.handler(api, call)
        let rendered = RenderedResponse(response, withETag: response.status == 200)
        if response.status == 200 { cache.store(rendered, for: cacheKey, renderedAt: generation) }
        return rendered.response(to: request)
    }

    private func loginParameters(_ request: Request) -> DirectLoginParameters? {
        DirectLoginParameters(directLoginHeader: request.headers[Self.directLogin],
                              authorizationHeader: request.headers[.authorization])
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
}
