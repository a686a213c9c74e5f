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
