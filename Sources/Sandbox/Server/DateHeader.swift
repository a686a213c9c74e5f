import BankKit
import Foundation
import Synchronization

/// The `Date` header's value now, formatted once per second: `CachedResponseHandler` answers without
/// Hummingbird, whose own cache of it is internal.
enum DateHeader {
    private static let cached = Mutex((second: Int64.min, text: ""))

    static func now() -> String {
        let now = Date()
        let second = Int64(now.timeIntervalSince1970.rounded(.down))
        return cached.withLock { cached in
            if cached.second != second { cached = (second, HTTPDate.format(now)) }
            return cached.text
        }
    }
}
