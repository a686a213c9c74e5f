import Synchronization

/// Reads a theme file off the UI thread (`:theme NAME` on a slow or network home directory must not freeze a
/// frame) and hands the result to the loop, which the wake pipe rouses.
final class ThemeFetch: Sendable {
    /// The name asked for and what reading it gave: the theme, or why not in one line.
    typealias Outcome = (name: String, result: Result<Theme, ThemeFetchError>)

    private let finished = Mutex<Outcome?>(nil)

    func start(_ name: String, loader: ThemeLoader, wake: @escaping @Sendable () -> Void) {
        Task.detached { [self] in
            let result: Result<Theme, ThemeFetchError>
            do {
                var theme = try loader.load(named: name)
                theme.name = name
                result = .success(theme)
            } catch {
                result = .failure(ThemeFetchError(message: "\(error)"))
            }
            self.finished.withLock { $0 = (name, result) }
            wake()
        }
    }

    /// The outcome of the last read, once, when it has finished.
    func take() -> Outcome? {
        finished.withLock { outcome in
            defer { outcome = nil }
            return outcome
        }
    }
}

struct ThemeFetchError: Error, Sendable {
    var message: String
}
