import BrowserModel
import Foundation
import Glibc

/// The event loop: draws `render(state)` on the terminal, sleeps in `poll` on stdin and the wake pipe, turns
/// keys into actions and feeds finished loads back into the store. It ticks (for the spinner) only while the
/// state asks for it, so an idle browser uses no CPU.
public final class App {
    public struct Options: Sendable {
        public var theme: Theme
        public var themeLoader: ThemeLoader
        public var keyMap: KeyMap
        /// Leave as soon as the banks are on screen (or failed), for `demo --bench-startup`.
        public var exitWhenLoaded: Bool
        public var environment: [String: String]
        /// Where `Timings` count from: the command's start, so they include starting a sandbox and logging in.
        public var startedAt: ContinuousClock.Instant
        /// Clicks select, double clicks open, the wheel scrolls; off (`mouse = false`) leaves the mouse to the
        /// terminal, for selecting text.
        public var mouse: Bool

        public init(theme: Theme, themeLoader: ThemeLoader, keyMap: KeyMap = .standard, exitWhenLoaded: Bool = false,
                    environment: [String: String] = ProcessInfo.processInfo.environment,
                    startedAt: ContinuousClock.Instant = .now, mouse: Bool = true) {
            self.startedAt = startedAt
            self.mouse = mouse
            self.theme = theme
            self.themeLoader = themeLoader
            self.keyMap = keyMap
            self.exitWhenLoaded = exitWhenLoaded
            self.environment = environment
        }
    }

    /// When the first frame and the first frame with the banks were on screen, from `Options.startedAt`.
    public struct Timings: Sendable {
        public var firstPaint: Duration?
        public var firstContent: Duration?
    }

    private let wakePipe: WakePipe
    private let options: Options
    private var theme: Theme
    private var reportedRows: [Pane: Int] = [:]
    private var reportedScreenRows: Int?
    /// The last clipboard request written, so each copy is sent to the terminal once.
    private var copiedSequence = 0
    /// The last editor request run, so each is run once.
    private var editedSequence = 0
    private var reportedExtents: [ScrollArea: ScrollExtent] = [:]
    /// A theme name that failed to load, so it is reported once rather than retried on every frame.
    private var rejectedTheme: String?
    /// The theme being read, so it is asked for once.
    private var fetchingTheme: String?
    private let themeFetch = ThemeFetch()

    /// Make the pipe first: the store's `wake` closure must capture it before the store exists.
    public init(options: Options) throws {
        self.wakePipe = try WakePipe()
        self.options = options
        self.theme = options.theme
    }

    /// What the store calls when a result is waiting; safe from any thread.
    public var wake: @Sendable () -> Void {
        let pipe = wakePipe
        return { pipe.wake() }
    }

    /// Runs the browser until the user quits (or a quit signal). The terminal is restored on every way out.
    public func run(store: Store) throws -> Timings {
        let start = options.startedAt
        let terminal = try Terminal.open(environment: options.environment, mouse: options.mouse)
        SignalGuard.install(wakeFD: wakePipe.writeFD)
        defer {
            terminal.close()
            SignalGuard.uninstall()
        }
        if options.environment["NO_COLOR"].map({ !$0.isEmpty }) == true { theme = theme.monochrome }
        let translator = KeyTranslator(keyMap: options.keyMap)
        var placement = PointerPlacement()
        var timings = Timings()
        var lastTick = ContinuousClock.now
        store.send(.start)
        while true {
            applyThemeChange(store)
            terminal.screen.beginFrame()
            reportLayout(size: terminal.screen.size, store: store)
            render(store.state, theme: theme, into: terminal.screen, keyMap: options.keyMap)
            terminal.screen.present()
            if let copy = store.state.clipboard, copy.sequence != copiedSequence {
                copiedSequence = copy.sequence
                terminal.copyToClipboard(copy.text)
            }
            if let request = store.state.editorRequest, request.sequence != editedSequence {
                editedSequence = request.sequence
                store.send(.editorFinished(sequence: request.sequence, runEditor(request, terminal: terminal)))
                continue
            }
            let elapsed = ContinuousClock.now - start
            if timings.firstPaint == nil { timings.firstPaint = elapsed }
            let banks = store.state.banks
            if timings.firstContent == nil, !banks.isLoading, !banks.items.isEmpty || banks.error != nil {
                timings.firstContent = elapsed
                if options.exitWhenLoaded { break }
            }
            if store.state.shouldQuit { break }

            let tickEvery = Duration.milliseconds(100)
            var timeout: Int32 = -1
            if store.state.needsTicks {
                let since = ContinuousClock.now - lastTick
                timeout = since >= tickEvery ? 0 : Int32((tickEvery - since).components.attoseconds / 1_000_000_000_000_000) + 1
            }
            var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wakePipe.readFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, timeout)
            if ready < 0 && errno != EINTR { throw TerminalError.cannotStart("poll: \(String(cString: strerror(errno)))") }

            if SignalGuard.takeQuit() { break }
            // The terminal went away without a SIGHUP (its tmux server was killed): poll would report the hang-up
            // at once forever, so leave as a hang-up would make us, instead of spinning.
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { break }
            if SignalGuard.takeRepaint() { terminal.screen.invalidate() }
            if SignalGuard.takeInterrupt() {
                if case .confirmQuit = store.state.overlay { break }
                store.send(.quit)
            }
            if fds[1].revents != 0 {
                wakePipe.drain()
                store.drainResults()
            }
            // Keys are read after a wake-up too: SIGWINCH interrupts poll and curses queues KEY_RESIZE.
            for input in terminal.readInput() {
                switch input {
                case .key(.resize):
                    continue
                case .key(let key):
                    if let action = translator.action(for: key, in: store.state) { store.send(action) }
                case .mouse(let event):
                    if let pointer = placement.pointer(for: event, size: terminal.screen.size, state: store.state) {
                        store.send(.pointer(pointer))
                    }
                }
            }
            if store.state.needsTicks, ContinuousClock.now - lastTick >= tickEvery {
                lastTick = ContinuousClock.now
                store.send(.tick)
            }
        }
        terminal.close()
        finishWrites(store)
        return timings
    }

    /// Hands the terminal to the user's editor and takes it back, as `git commit` does: curses is ended (the
    /// shell's terminal modes and the normal screen are back), the editor runs in the foreground and is waited
    /// for, and the next frame is drawn whole. A Ctrl-C meant for the editor does not ask to quit the browser.
    private func runEditor(_ request: EditorRequest, terminal: Terminal) -> EditorOutcome {
        terminal.suspend()
        let outcome = ExternalEditor(environment: options.environment).edit(request.text)
        _ = SignalGuard.takeInterrupt()
        terminal.screen.invalidate()
        return outcome
    }

    /// Fails with the message the user should see when the browser cannot run here (stdin or stdout is not a
    /// terminal), before anything slow is started.
    public static func requireTerminal() throws {
        guard isatty(0) == 1, isatty(1) == 1 else { throw TerminalError.notATerminal }
    }

    /// Sends each pane's height, and what the detail pane and the help overlay hold, to the model when they
    /// changed, so paging and scrolling match the screen and a resize keeps the selected row in view.
    private func reportLayout(size: Size, store: Store) {
        let layout = ScreenLayout(size: size, state: store.state)
        for pane in Pane.allCases {
            guard let rows = layout.visibleRows(for: pane), reportedRows[pane] != rows else { continue }
            reportedRows[pane] = rows
            store.send(.setVisibleRows(pane, rows: rows))
        }
        if let area = layout.screen, let entry = store.state.topScreen {
            let rows = ScreenView.visibleRows(in: area, entry: entry)
            if reportedScreenRows != rows {
                reportedScreenRows = rows
                store.send(.setScreenRows(rows))
            }
        } else {
            reportedScreenRows = nil
        }
        for area in ScrollArea.allCases {
            guard let extent = layout.scrollExtent(of: area, state: store.state, keyMap: options.keyMap) else {
                reportedExtents[area] = nil
                continue
            }
            guard reportedExtents[area] != extent else { continue }
            reportedExtents[area] = extent
            store.send(.setScrollExtent(area, extent))
        }
    }

    /// `:theme NAME` changed the state's theme name: read it off the UI thread, then use it, or say why not and
    /// keep the current one. Frames meanwhile keep the old theme.
    private func applyThemeChange(_ store: Store) {
        if let (name, result) = themeFetch.take() {
            fetchingTheme = nil
            switch result {
            case .success(var loaded) where name == store.state.themeName:
                if options.environment["NO_COLOR"].map({ !$0.isEmpty }) == true { loaded = loaded.monochrome }
                theme = loaded
            case .success:
                break
            case .failure(let error):
                rejectedTheme = name
                store.send(.showError("\(error.message) (keeping theme \(theme.name))"))
            }
        }
        let wanted = store.state.themeName
        guard wanted != theme.name, wanted != rejectedTheme, fetchingTheme == nil else { return }
        fetchingTheme = wanted
        themeFetch.start(wanted, loader: options.themeLoader, wake: wake)
    }

    /// Gives writes and the draft save still in flight a moment to finish after the screen closed, so an
    /// acknowledged tag is not left half-done; bounded so a dead server cannot hold the shell.
    private func finishWrites(_ store: Store) {
        let deadline = ContinuousClock.now + .seconds(3)
        while store.effectsInFlight > 0, ContinuousClock.now < deadline {
            var fd = pollfd(fd: wakePipe.readFD, events: Int16(POLLIN), revents: 0)
            _ = poll(&fd, 1, 100)
            wakePipe.drain()
            store.drainResults()
        }
    }
}
