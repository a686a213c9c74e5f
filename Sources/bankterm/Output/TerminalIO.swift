import BrowserModel
import Foundation
import TerminalUI

/// The few facts about the process's terminal the commands need, and the no-echo password prompt.
enum TerminalIO {
    static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    /// The width of the terminal on `descriptor`; nil when it is not a terminal (output to a pipe is not cut).
    static func columns(of descriptor: Int32 = STDOUT_FILENO) -> Int? {
        guard isTerminal(descriptor) else { return nil }
        var size = winsize()
        if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 80
    }

    /// Writes to standard output at once, unbuffered, for output that arrives in parts.
    static func writeOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Straight from the array with write(2), without the copy into `Data` that FileHandle needs: `--all` writes
    /// some hundred megabytes this way. A reader that went away (`| head`) ends the process as SIGPIPE always did.
    static func writeOutput(bytes: [UInt8]) {
        bytes.withUnsafeBytes { writeOutput(raw: $0) }
    }

    static func writeOutput(raw buffer: UnsafeRawBufferPointer, to descriptor: Int32 = STDOUT_FILENO) {
        var done = 0
        while done < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + done, buffer.count - done)
            if written >= 0 {
                done += written
            } else if errno != EINTR {
                writeError("error: cannot write the output: " + String(cString: strerror(errno)))
                exit(EXIT_FAILURE)
            }
        }
    }

    static func writeError(_ line: String, newline: Bool = true) {
        FileHandle.standardError.write(Data((newline ? line + "\n" : line).utf8))
    }

    /// Asks a yes/no question on the terminal; only "y" or "yes" is yes. nil when there is no terminal to ask.
    static func confirm(_ question: String) -> Bool? {
        guard let tty = fopen("/dev/tty", "r+") else { return nil }
        defer { fclose(tty) }
        fputs(question + " [y/N] ", tty)
        fflush(tty)
        guard let line = readLine(from: tty) else { return false }
        return ["y", "yes"].contains(line.trimmingCharacters(in: .whitespaces).lowercased())
    }

    private static func readLine(from file: UnsafeMutablePointer<FILE>) -> String? {
        var buffer = [CChar](repeating: 0, count: 512)
        guard fgets(&buffer, Int32(buffer.count), file) != nil else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            .trimmingCharacters(in: .newlines)
    }

    /// Reads one line from the terminal with echo off. nil when there is no terminal to ask.
    static func readSecret(prompt: String) -> String? {
        let descriptor = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var original = termios()
        guard tcgetattr(descriptor, &original) == 0 else { return nil }
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        silent.c_lflag |= tcflag_t(ICANON)
        _ = prompt.withCString { write(descriptor, $0, strlen($0)) }
        guard tcsetattr(descriptor, TCSAFLUSH, &silent) == 0 else { return nil }
        defer {
            tcsetattr(descriptor, TCSAFLUSH, &original)
            _ = write(descriptor, "\n", 1)
        }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(descriptor, &byte, 1) == 1, byte != 0x0A, byte != 0x0D {
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
