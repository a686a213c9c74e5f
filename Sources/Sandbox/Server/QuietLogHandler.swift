import Foundation
import Logging

/// The sandbox's log: critical messages on standard error, nothing else. Hummingbird gives every request a logger
/// with its own request id, and swift-log's `StreamLogHandler` formats metadata as soon as it is set (3% of a
/// cached page's cost in a profile); this handler keeps no metadata, since it prints none.
struct QuietLogHandler: LogHandler {
    var logLevel: Logger.Level = .critical
    var metadata: Logger.Metadata {
        get { [:] }
        set {}
    }

    subscript(metadataKey _: String) -> Logger.Metadata.Value? {
        get { nil }
        set {}
    }

    func log(event: LogEvent) {
        FileHandle.standardError.write(Data("\(event.level): \(event.message)\n".utf8))
    }
}
