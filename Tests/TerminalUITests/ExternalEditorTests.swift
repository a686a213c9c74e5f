import BrowserModel
import Foundation
import Testing
@testable import TerminalUI

/// The editor `e` runs, for real, with `EDITOR` set to small shell commands instead of a person: it gets a private
/// temp file holding the text, its saved file comes back, and a failed or emptied edit changes nothing.
struct ExternalEditorTests {
    /// A private TMPDIR per test, so the files left behind (none, we hope) are this test's.
    static func editor(_ environment: [String: String]) throws -> (ExternalEditor, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bt-editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return (ExternalEditor(environment: environment.merging(["TMPDIR": directory.path]) { $1 }), directory)
    }

    @Test func theSavedFileComesBackWithoutTheTrailingNewline() throws {
        let (editor, directory) = try Self.editor(["EDITOR": "sed -i s/food/fuel/"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(editor.edit("{\n  \"value\": \"food\"\n}") == .saved("{\n  \"value\": \"fuel\"\n}"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty, "the temp file is removed")
    }

    @Test func theFileIsPrivateAndNamedForJSON() throws {
        let script = "f() { printf '%s %s' \"$(stat -c %a \"$1\")\" \"${1##*.}\" > \"$1\"; }; f"
        let (editor, directory) = try Self.editor(["EDITOR": script])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(editor.edit("{}") == .saved("600 json"))
    }

    @Test func editorThenVisualThenVi() {
        #expect(ExternalEditor(environment: ["EDITOR": "nano", "VISUAL": "code --wait"]).command == "nano")
        #expect(ExternalEditor(environment: ["EDITOR": " ", "VISUAL": "code --wait"]).command == "code --wait")
        #expect(ExternalEditor(environment: [:]).command == "vi")
    }

    @Test(arguments: [
        ("false", "the editor (false) exited with status 1"),
        (": >", "the editor left the file empty"),
        ("no-such-editor-bt", "no editor no-such-editor-bt here: set EDITOR"),
    ])
    func aFailedOrEmptiedEditChangesNothing(editor command: String, reason: String) throws {
        let (editor, directory) = try Self.editor(["EDITOR": command])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(editor.edit("{\"value\":\"food\"}") == .unchanged(reason))
    }
}
