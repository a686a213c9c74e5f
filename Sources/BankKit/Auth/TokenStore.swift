import Foundation

/// Keeps a profile's DirectLogin token in `$XDG_STATE_HOME/bankterm/<profile>.token` (file 0600, directory 0700)
/// so that one `bankterm login` serves later commands.
///
/// The file also names the server and the user the token was issued for, and a store that knows its own gives
/// the token only to those: `--base-url` pointed elsewhere (or `--username` someone else) must not carry the
/// profile's token to that server, nor act as the wrong user. A file without them (written before they were
/// kept) is not trusted by such a store.
public struct TokenStore: Sendable, Hashable {
    public var directory: URL
    public var profile: String
    /// The server requests go to, as the configuration names it; nil for a store that does not check.
    public var server: String?
    public var username: String?

    public init(directory: URL, profile: String, server: String? = nil, username: String? = nil) {
        self.directory = directory
        self.profile = profile
        self.server = server.map(Self.normalized)
        self.username = username
    }

    /// `https://host/` and `https://host` are one server.
    private static func normalized(_ server: String) -> String {
        var server = server.trimmingCharacters(in: .whitespaces)
        while server.hasSuffix("/") { server.removeLast() }
        return server
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

    /// The saved token, when it was issued for this store's server and user.
    public func load() -> String? {
        guard let data = FileManager.default.contents(atPath: fileURL.path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard let token = lines.first, !token.isEmpty else { return nil }
        let savedServer = lines.count > 1 && !lines[1].isEmpty ? lines[1] : nil
        let savedUser = lines.count > 2 && !lines[2].isEmpty ? lines[2] : nil
        if let server, server != savedServer { return nil }
        if let username, let savedUser, username != savedUser { return nil }
        return token
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
        let bytes = Array([token, server ?? "", username ?? ""].map { $0 + "\n" }.joined().utf8)
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
