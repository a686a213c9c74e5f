import BankKit
import Synchronization

/// Holds the state for the UI loop, reduces actions into it and runs the effects as tasks.
/// Not Sendable: used from the UI thread only. Results come back through a locked inbox; `wake` tells the
/// loop to call `drainResults()`.
public final class Store {
    public private(set) var state: AppState
    private let runner: EffectRunner
    private let inbox = Inbox()
    private let wake: @Sendable () -> Void
    private var effectSequence = 0
    /// The running tasks of each open screen, so closing a screen stops its work rather than ignoring it.
    private var screenTasks: [Int: [Task<Void, Never>]] = [:]
    /// The running loads of each lane, by effect sequence; finished ones are dropped as their results are drained.
    private var laneTasks: [EffectLane: [Int: Task<Void, Never>]] = [:]

    public init(state: AppState, provider: any BankProvider, draftStore: DraftStore?,
                wake: @escaping @Sendable () -> Void) {
        self.state = state
        self.runner = EffectRunner(provider: provider, draftStore: draftStore)
        self.wake = wake
    }

    /// Reduces `action`, then starts the effects it returned.
    public func send(_ action: Action) {
        for effect in reduce(&state, action) { start(effect) }
    }

    /// Applies the results that have arrived. Returns true when there were any (the state changed).
    @discardableResult
    public func drainResults() -> Bool {
        let (actions, finished) = inbox.takeAll()
        for sequence in finished {
            for lane in laneTasks.keys { laneTasks[lane]?.removeValue(forKey: sequence) }
        }
        for action in actions { send(action) }
        return !actions.isEmpty
    }

    /// Effects started and not yet delivered, for tests and for a clean shutdown.
    public var effectsInFlight: Int { inbox.inFlight }

    private func start(_ effect: Effect) {
        if case .cancelScreenTasks(let screenID) = effect {
            screenTasks.removeValue(forKey: screenID)?.forEach { $0.cancel() }
            return
        }
        if case .cancel(let lane) = effect {
            laneTasks.removeValue(forKey: lane)?.values.forEach { $0.cancel() }
            return
        }
        effectSequence += 1
        let sequence = effectSequence
        let (runner, inbox, wake) = (self.runner, self.inbox, self.wake)
        inbox.started()
        let task = Task.detached {
            // Retries are reported while they happen, not with the result: the status bar says so at once.
            let actions = await RetryReporting.$observer.withValue(RetryObserver { notice in
                inbox.post([.retrying(notice)])
                wake()
            }, operation: { await runner.run(effect, sequence: sequence) })
            inbox.deliver(actions, finished: sequence)
            wake()
        }
        if case .screenTask(let screenID, _) = effect { screenTasks[screenID, default: []].append(task) }
        if let lane = effect.lane { laneTasks[lane, default: [:]][sequence] = task }
    }
}

/// The results waiting for the UI thread.
private final class Inbox: Sendable {
    private struct Contents {
        var actions: [Action] = []
        var finished: [Int] = []
        var inFlight = 0
    }

    private let contents = Mutex(Contents())

    func started() {
        contents.withLock { $0.inFlight += 1 }
    }

    /// Actions from an effect still running.
    func post(_ actions: [Action]) {
        contents.withLock { $0.actions += actions }
    }

    func deliver(_ actions: [Action], finished sequence: Int) {
        contents.withLock {
            $0.actions += actions
            $0.finished.append(sequence)
            $0.inFlight -= 1
        }
    }

    /// The results waiting, and the sequence numbers of the effects that produced them.
    func takeAll() -> (actions: [Action], finished: [Int]) {
        contents.withLock { contents in
            defer {
                contents.actions = []
                contents.finished = []
            }
            return (contents.actions, contents.finished)
        }
    }

    var inFlight: Int { contents.withLock { $0.inFlight } }
}
