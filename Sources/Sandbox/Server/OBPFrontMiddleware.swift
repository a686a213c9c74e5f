import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// What every OBP answer shares, routed or not: the request count, a correlation id, the rate limit and its
/// headers, and errors as OBP's bodies. Hummingbird's "no route" (a path, or a method on a path, that no version
/// serves) becomes OBP-10404, as OBP answers it.
struct OBPFrontMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    let rateLimiter: RateLimiter?
    let requestCount: RequestCounter
    let logger: Logger

    private static let rateLimit = HTTPField.Name("X-Rate-Limit-Limit")!
    private static let rateRemaining = HTTPField.Name("X-Rate-Limit-Remaining")!
    private static let rateReset = HTTPField.Name("X-Rate-Limit-Reset")!

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        requestCount.increment()
        var headers = HTTPFields()
        headers[CorrelationID.field] = CorrelationID.of(request.headers)
        if let rateLimiter {
            let decision = rateLimiter.consume(nowMillis: OBPAPI.nowMillis())
            headers[Self.rateLimit] = String(decision.limit)
            headers[Self.rateRemaining] = String(decision.remaining)
            headers[Self.rateReset] = String(decision.reset)
            guard decision.allowed else { return Self.response(OBPError.tooManyRequests, headers: headers) }
        }
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as OBPError {
            return Self.response(error, headers: headers)
        } catch let error as HTTPError where error.status == .notFound {
            return Self.response(OBPError.notFound, headers: headers)
        } catch {
            logger.error("request failed: \(String(describing: error))")
            return Self.response(OBPError.unknown, headers: headers)
        }
        response.headers.append(contentsOf: headers)
        return response
    }

    private static func response(_ error: OBPError, headers: HTTPFields) -> Response {
        var headers = headers
        headers[.contentType] = RenderedResponse.contentType
        return Response(status: .init(code: error.status), headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: error.json.bytes)))
    }
}
