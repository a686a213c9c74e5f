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

    func login(_ request: Request) async throws -> Response {
        _ = try await readBody(request)
        let answer = try await api.login(DirectLoginParameters(headers: request.headers))
        return RenderedResponse(answer, withETag: false).response(to: request)
    }

    func serve(_ route: Route, version: APIVersion, request: Request,
               context: BasicRequestContext) async throws -> Response {
        let body = try await readBody(request)
        let userID = try api.tokens.user(presenting: request.headers)
        let obpHeaders = ResponseCache.obpHeaders(request.headers)
        // A cached page answers before the call is built: the key holds all that the answer depends on. Keep-alive
        // requests seldom get this far for one: `CachedResponseHandler` answers them before routing.
        var cacheKey: String?
        if request.method == .get {
            let key = ResponseCache.key(userID: userID, target: request.uri.description, obpHeaders: obpHeaders)
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
