import BrowserModel
import Foundation
import Glibc

/// Runs the user's editor on text, as git and lazygit do: `$EDITOR`, else `$VISUAL`, else `vi`, run by `/bin/sh`
/// (so `EDITOR="code --wait"` works) on a private temp file (mode 0600) that is removed afterwards. The caller hands
/// the terminal over around `edit` (curses suspended); this only writes, runs, waits and reads back.
struct ExternalEditor {
    var environment: [String: String]

    /// The editor's command line as the user set it.
    var command: String {
        for name in ["EDITOR", "VISUAL"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return "vi"
    }

    /// Edits `text` and says how it went: the saved text, or one line saying why nothing changed.
    func edit(_ text: String, suffix: String = ".json") -> EditorOutcome {
        let directory = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((directory + "/bankterm-edit-XXXXXX" + suffix).utf8CString)
        // mkstemps makes the file 0600 and opens it exclusively, so no one else can read or swap it.
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, Int32(suffix.utf8.count)) }
        guard fd >= 0 else { return .unchanged("cannot make a temp file in \(directory): \(Self.errorText())") }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        let bytes = Array((text.hasSuffix("\n") ? text : text + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { return .unchanged("cannot write the temp file: \(Self.errorText())") }

        let status: Int32
        switch run(path) {
        case .failure(let failure): return .unchanged(failure.message)
        case .success(let code): status = code
        }
        // sh says 127 when it cannot find the command.
        guard status != 127 else { return .unchanged("no editor \(command) here: set EDITOR") }
        guard status == 0 else { return .unchanged("the editor (\(command)) exited with status \(status)") }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .unchanged("the edited file could not be read back")
        }
        var edited = String(decoding: data, as: UTF8.self)
        if edited.hasSuffix("\n") { edited.removeLast() }
        guard !edited.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return .unchanged("the editor left the file empty")
        }
        return .saved(edited)
    }

    /// `sh -c 'COMMAND "$1"' sh PATH` on this terminal, waited for; its exit status (128+N for a signal).
    private func run(_ path: String) -> Result<Int32, EditorFailure> {
        let arguments = ["/bin/sh", "-c", command + " \"$1\"", "sh", path]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ)
        guard spawned == 0 else {
            return .failure(EditorFailure("cannot run the editor (\(command)): \(String(cString: strerror(spawned)))"))
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return .failure(EditorFailure("lost the editor: \(Self.errorText())")) }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import.
        let signal = status & 0x7f
        return .success(signal == 0 ? (status >> 8) & 0xff : 128 + signal)
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}

/// Why the editor could not be run, as the status line says it.
struct EditorFailure: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
