import CNcurses
import Glibc

/// Signal handling for the curses session. Quit signals are turned into an event for the loop (so it can
/// restore the terminal and save drafts the normal way); crash signals restore the terminal and then die by
/// the same signal, so the shell still sees the crash; SIGCONT after Ctrl-Z asks for a full repaint.
/// Handlers may only touch these globals: the C signal API has no context pointer.
enum SignalGuard {
    nonisolated(unsafe) private static var wakeFD: Int32 = -1
    nonisolated(unsafe) private static var pendingQuit: sig_atomic_t = 0
    nonisolated(unsafe) private static var pendingInterrupt: sig_atomic_t = 0
    nonisolated(unsafe) private static var pendingRepaint: sig_atomic_t = 0
    nonisolated(unsafe) private static var cursesActive: sig_atomic_t = 0
    /// ncurses' own SIGWINCH handler, which queues KEY_RESIZE; ours calls it and then wakes the loop, because a
    /// resize that lands while the loop is drawing (not in `poll`) would otherwise wait for the next key.
    nonisolated(unsafe) private static var cursesResize = sigaction()

    static let crashSignals: [Int32] = [SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP]

    static func install(wakeFD fd: Int32) {
        wakeFD = fd
        cursesActive = 1
        signal(SIGINT) { _ in
            SignalGuard.pendingInterrupt = 1
            SignalGuard.poke()
        }
        for quit in [SIGTERM, SIGHUP] {
            signal(quit) { _ in
                SignalGuard.pendingQuit = 1
                SignalGuard.poke()
            }
        }
        var previous = sigaction()
        sigaction(SIGWINCH, nil, &previous)
        cursesResize = previous
        signal(SIGWINCH) { number in
            if SignalGuard.cursesResize.sa_flags & SA_SIGINFO != 0 {
                SignalGuard.cursesResize.__sigaction_handler.sa_sigaction?(number, nil, nil)
            } else {
                SignalGuard.cursesResize.__sigaction_handler.sa_handler?(number)
            }
            SignalGuard.poke()
        }
        signal(SIGCONT) { _ in
            SignalGuard.pendingRepaint = 1
            SignalGuard.poke()
        }
        for crash in crashSignals {
            signal(crash) { number in
                if SignalGuard.cursesActive != 0 {
                    SignalGuard.cursesActive = 0
                    endwin()
                }
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    /// Puts the default handlers back after the terminal was restored.
    static func uninstall() {
        cursesActive = 0
        for number in [SIGINT, SIGTERM, SIGHUP, SIGCONT, SIGWINCH] + crashSignals {
            signal(number, SIG_DFL)
        }
        wakeFD = -1
    }

    private static func poke() {
        var byte: UInt8 = 2
        if wakeFD >= 0 { _ = write(wakeFD, &byte, 1) }
    }

    /// SIGTERM or SIGHUP arrived: leave now.
    static func takeQuit() -> Bool { take(&pendingQuit) }
    /// Ctrl-C arrived (cbreak leaves it a signal).
    static func takeInterrupt() -> Bool { take(&pendingInterrupt) }
    /// The process was continued after a stop.
    static func takeRepaint() -> Bool { take(&pendingRepaint) }

    private static func take(_ flag: inout sig_atomic_t) -> Bool {
        guard flag != 0 else { return false }
        flag = 0
        return true
    }
}
