import Foundation

/// config.toml may hold an OP token or API key; like ssh with a private key, say so when other users can read it.
enum ConfigPermissions {
    /// A one-line warning when the file at `url` holds a secret and its group or other users may read it.
    static func warning(for url: URL, config: ConfigFile) -> String? {
        guard config.profiles.values.contains(where: { $0.token != nil || $0.apiKey != nil }) else { return nil }
        var info = stat()
        guard stat(url.path, &info) == 0, info.st_mode & 0o044 != 0 else { return nil }
        return "warning: \(url.path) holds a token or API key and other users can read it (chmod 600 \(url.path))"
    }
}
