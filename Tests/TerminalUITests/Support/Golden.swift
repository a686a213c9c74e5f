import Foundation
import Testing

/// Compares a screen's text with `Golden/NAME.txt`. With `BANKTERM_UPDATE_GOLDEN=1` in the environment the
/// file is (re)written instead; otherwise a mismatch fails with the differing lines side by side.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent("\(name).txt")
        let actual = text + "\n"
        if ProcessInfo.processInfo.environment["BANKTERM_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden file \(file.path); run with BANKTERM_UPDATE_GOLDEN=1 to create it",
                         sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        Issue.record("screen \(name) differs from its golden file:\n\(diff(expected: expected, actual: actual))",
                     sourceLocation: sourceLocation)
    }

    static func diff(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? old[index] : "<none>"
            let b = index < new.count ? new[index] : "<none>"
            if a != b {
                lines.append(String(format: "%3d - ", index + 1) + a)
                lines.append(String(format: "%3d + ", index + 1) + b)
            }
        }
        return lines.joined(separator: "\n")
    }
}
