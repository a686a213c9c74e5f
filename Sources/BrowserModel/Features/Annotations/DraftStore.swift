import BankKit
import Foundation

/// Why drafts could not be read or written, as one line.
public struct DraftStoreError: Error, Sendable, Hashable {
    public var message: String

    public init(message: String) { self.message = message }
}

/// Keeps drafts in one JSON file, by default `$XDG_STATE_HOME/bankterm/drafts.json`, so that what the user
/// typed survives a crash or a restart. Written whole, to a temporary file renamed over the old one, mode 0600
/// because comments may be private.
public struct DraftStore: Sendable {
    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    /// `AppPaths.drafts`: beside the tokens, in `$XDG_STATE_HOME/bankterm` (or `~/.local/state/bankterm`).
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        AppPaths(environment: environment).drafts
    }

    /// The saved drafts; none when the file does not exist yet.
    public func load() throws(DraftStoreError) -> [Draft] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        do {
            let data = try Data(contentsOf: url)
            return try Self.decoder.decode([Draft].self, from: data)
        } catch {
            throw DraftStoreError(message: "cannot read drafts from \(url.path): \(error.localizedDescription)")
        }
    }

    public func save(_ drafts: [Draft]) throws(DraftStoreError) {
        do {
            let directory = url.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let data = try Self.encoder.encode(drafts)
            let temporary = directory.appendingPathComponent(".drafts-\(UUID().uuidString).json")
            guard FileManager.default.createFile(atPath: temporary.path, contents: data,
                                                 attributes: [.posixPermissions: 0o600]) else {
                throw DraftStoreError(message: "cannot write \(temporary.path)")
            }
            if rename(temporary.path, url.path) != 0 {
                try? FileManager.default.removeItem(at: temporary)
                throw DraftStoreError(message: "cannot replace \(url.path): errno \(errno)")
            }
        } catch let error as DraftStoreError {
            throw error
        } catch {
            throw DraftStoreError(message: "cannot save drafts to \(url.path): \(error.localizedDescription)")
        }
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
