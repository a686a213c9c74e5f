import Foundation
import Synchronization

/// The (x-session-id, x-request-id) pairs already used. A pair is kept for twice the Date tolerance: after that a
/// replay carries a Date the signature check refuses anyway, so memory stays bounded.
final class OPReplayGuard: Sendable {
    private let window: Double
    private let seen = Mutex([String: Date]())

    init(window: Double) { self.window = window }

    /// True the first time a pair is offered, false ever after (within the window).
    func firstUse(session: String, request: String, at now: Date) -> Bool {
        let key = session.lowercased() + " " + request.lowercased()
        return seen.withLock { seen in
            if seen.count >= 4096 { seen = seen.filter { now.timeIntervalSince($0.value) < window } }
            guard seen[key] == nil else { return false }
            seen[key] = now
            return true
        }
    }
}
