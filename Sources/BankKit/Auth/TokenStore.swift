import Foundation

/// Keeps a profile's DirectLogin token in `$XDG_STATE_HOME/bankterm/<profile>.token` (file 0600, directory 0700)
/// so that one `bankterm login` serves later commands.
public struct TokenStore: Sendable, Hashable {
    public var directory: URL
    public var profile: String

    public init(directory: URL, profile: String) {
        self.directory = directory
        self.profile = profile
    }

    /// `AppPaths.state`: `$XDG_STATE_HOME/bankterm`, else `~/.local/state/bankterm`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        AppPaths(environment: environment).state
    }

    /// A profile name becomes a file name: anything but letters, digits, `.`, `_` and `-` is replaced.
    public var fileURL: URL {
        let safe = String(profile.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" })
        let name = safe.isEmpty || safe.hasPrefix(".") ? "_" + safe : safe
        return directory.appendingPathComponent(name + ".token")
    }

    public func load() -> String? {
        guard let data = FileManager.default.contents(atPath: fileURL.path) else { return nil }
        let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return token.isEmpty ? nil : token
    }

    /// Writes through a private temporary file and a rename, so a reader never sees half a token and the token is
    /// never readable by others, not even for a moment.
    public func save(_ token: String) throws(BankError) {
        let path = fileURL.path
        let directoryPath = directory.path
        if mkdir(directoryPath, 0o700) != 0, errno != EEXIST {
            guard (try? FileManager.default.createDirectory(atPath: directoryPath, withIntermediateDirectories: true,
                                                            attributes: [.posixPermissions: 0o700])) != nil else {
                throw Self.failure("cannot create \(directoryPath)")
            }
        }
        let temporary = path + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Self.failure("cannot write \(temporary)") }
        let bytes = Array((token + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let fixedMode = fchmod(descriptor, 0o600) == 0
        close(descriptor)
        guard written == bytes.count, fixedMode, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw Self.failure("cannot write \(path)")
        }
    }

    public func delete() {
        unlink(fileURL.path)
    }

    private static func failure(_ what: String) -> BankError {
        BankError(kind: .invalidInput, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
