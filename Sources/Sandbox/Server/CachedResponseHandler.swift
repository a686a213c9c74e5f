import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Answers a GET from the response cache on the connection's event loop, before the request reaches Hummingbird.
///
/// A page already rendered costs next to nothing to find, yet going through Hummingbird costs a task, an async
/// stream of request parts, an async writer, the router and the middleware: measured, a cached page answered 4,000
/// times a second to one keep-alive client where NIO alone answers 13,000. Everything else (a miss, any other method,
/// a request with a body, a token that is not valid, a request while the socket is full or behind one still in
/// flight) is handed on untouched, and answered as it always was.
///
/// What a cached answer depends on is exactly what `OBPEndpoints` keys it by (`ResponseCache.key`), and the answer
/// is the same one (`RenderedResponse.answer`), with the headers `OBPFrontMiddleware` and Hummingbird add. Not
/// installed when the sandbox limits its rate: a limit counts every request in one place, `OBPFrontMiddleware`.
/// Hummingbird's connection-state handler never sees these exchanges, so an idle timeout, were one configured,
/// would take a connection busy with cached pages for an idle one.
final class CachedResponseHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private struct Answer {
        let head: HTTPResponse
        let body: ByteBuffer?
    }

    private let cache: ResponseCache
    private let tokens: TokenStore
    private let requestCount: RequestCounter
    /// Requests handed on whose responses have not ended yet. While there are any (a pipelining client), a cached
    /// answer would overtake theirs, so it waits its turn in the ordinary path.
    private var handedOn = 0
    /// The answer to the request being read, sent when its end arrives.
    private var pending: Answer?
    /// The request being read asks to close the connection after its answer (`Connection: close`, the one value
    /// Hummingbird reads).
    private var lastRequest = false
    /// A request that asked to close has been read: like Hummingbird, nothing after it is read or answered.
    private var closing = false

    init(cache: ResponseCache, tokens: TokenStore, requestCount: RequestCounter) {
        self.cache = cache
        self.tokens = tokens
        self.requestCount = requestCount
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !closing else { return }
        switch unwrapInboundIn(data) {
        case .head(let request):
            lastRequest = request.headerFields[.connection] == "close"
            // Only while the socket takes what is written: a client that pipelines and never reads would otherwise
            // have answers queued without bound, where Hummingbird's writer waits and stops reading.
            if handedOn == 0, context.channel.isWritable, let answer = cachedAnswer(to: request) {
                pending = answer
                return
            }
            handedOn += 1
        case .body:
            // A request answered here has no body.
            guard pending == nil else { return }
        case .end:
            closing = lastRequest
            if let answer = pending {
                pending = nil
                send(answer, context: context)
                return
            }
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        // Hummingbird also ends the 400 it writes for a request that never parsed, which was never handed on.
        if case .end = unwrapOutboundIn(data), handedOn > 0 { handedOn -= 1 }
        context.write(data, promise: promise)
    }

    private func cachedAnswer(to request: HTTPRequest) -> Answer? {
        let fields = request.headerFields
        guard request.method == .get, fields[.contentLength] == nil, fields[.transferEncoding] == nil else { return nil }
        let userID: String?
        do { userID = try tokens.user(presenting: fields) } catch { return nil }
        let key = ResponseCache.key(userID: userID, target: request.path ?? "", obpHeaders: ResponseCache.obpHeaders(fields))
        guard let rendered = cache.lookup(key) else { return nil }
        requestCount.increment()
        var (head, body) = rendered.answer(ifNoneMatch: fields[.ifNoneMatch])
        if head.status != .notModified { head.headerFields[.contentLength] = String(body?.readableBytes ?? 0) }
        head.headerFields[CorrelationID.field] = CorrelationID.of(fields)
        head.headerFields[.date] = DateHeader.now()
        return Answer(head: head, body: body)
    }

    private func send(_ answer: Answer, context: ChannelHandlerContext) {
        context.write(wrapOutboundOut(.head(answer.head)), promise: nil)
        if let body = answer.body { context.write(wrapOutboundOut(.body(body)), promise: nil) }
        guard closing else {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            return
        }
        // As Hummingbird ends such a connection: the sending side only, once the answer is out, and the client
        // closes; closing both sides while it still sends would reset the connection and could lose the answer.
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            channel.close(mode: .output, promise: nil)
        }
    }
}
