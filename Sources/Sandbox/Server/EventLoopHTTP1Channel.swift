import HummingbirdCore
import Logging
import NIOCore

/// Hummingbird's HTTP/1 connection, with its requests handled on the connection's own event loop (see
/// `EventLoopTaskExecutor`). A handler that awaits something else still suspends; it just resumes on that loop.
struct EventLoopHTTP1Channel: ServerChildChannel {
    let http1: HTTP1Channel

    /// `handlers` makes the handlers each connection adds between HTTP/1 parsing and Hummingbird's requests.
    static func builder(handlers: @escaping @Sendable () -> [any RemovableChannelHandler]) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in
            EventLoopHTTP1Channel(http1: HTTP1Channel(responder: responder,
                                                      configuration: .init(additionalChannelHandlers: handlers())))
        }
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<HTTP1Channel.Value> {
        http1.setup(channel: channel, logger: logger)
    }

    func handle(value: HTTP1Channel.Value, logger: Logger) async {
        await withTaskExecutorPreference(EventLoopTaskExecutor(value.channel.eventLoop)) {
            await http1.handle(value: value, logger: logger)
        }
    }
}
