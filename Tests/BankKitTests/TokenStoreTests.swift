import Foundation
import Testing
import TestSupport
@testable import BankKit

@Suite struct TokenStoreTests {
    private func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("bankterm-tokens-\(UUID().uuidString)")
    }

    @Test func savesPrivatelyAndLoadsBack() throws {
        let root = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = TokenStore(directory: root.appendingPathComponent("bankterm"), profile: "local")
        #expect(store.load() == nil)
        try store.save("jwt.one")
        #expect(store.load() == "jwt.one")
        try store.save("jwt.two")
        #expect(store.load() == "jwt.two")
        let file = try FileManager.default.attributesOfItem(atPath: store.fileURL.path)
        #expect((file[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let directory = try FileManager.default.attributesOfItem(atPath: store.directory.path)
        #expect((directory[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        store.delete()
        #expect(store.load() == nil)
    }

    /// `--base-url` elsewhere must not carry the profile's token there, nor `--username` act as someone else.
    @Test func aTokenGoesOnlyToTheServerAndUserItWasIssuedFor() throws {
        let root = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        func store(_ server: String, _ user: String?) -> TokenStore {
            TokenStore(directory: root, profile: "local", server: server, username: user)
        }
        try store("http://127.0.0.1:8080/", "susan").save("jwt.susan")
        #expect(store("http://127.0.0.1:8080", "susan").load() == "jwt.susan")
        #expect(store("http://127.0.0.1:8080", nil).load() == "jwt.susan", "no --username: the profile's user")
        #expect(store("http://127.0.0.1:9999", "susan").load() == nil)
        #expect(store("http://127.0.0.1:8080", "robert").load() == nil)
        try Data("jwt.old\n".utf8).write(to: store("", nil).fileURL)
        #expect(store("http://127.0.0.1:8080", "susan").load() == nil, "a file that names no server is not trusted")
        #expect(TokenStore(directory: root, profile: "local").load() == "jwt.old")
    }

    @Test func profileNamesCannotEscapeTheDirectory() {
        let store = TokenStore(directory: URL(fileURLWithPath: "/x"), profile: "../../etc/passwd")
        #expect(store.fileURL.deletingLastPathComponent().path == "/x")
        #expect(!store.fileURL.lastPathComponent.hasPrefix("."))
    }

    @Test func xdgStateHomeIsHonoured() {
        #expect(TokenStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).path == "/s/bankterm")
        #expect(TokenStore.defaultDirectory(environment: ["HOME": "/h"]).path == "/h/.local/state/bankterm")
        #expect(TokenStore.defaultDirectory(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"]).path
                == "/h/.local/state/bankterm")
    }
}
