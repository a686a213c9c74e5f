import Foundation

/// One line per figure, `name  value  (detail)`, so scripts can grep a figure by name.
enum Report {
    static func line(_ name: String, _ value: String, _ detail: String = "") {
        let padded = name.padding(toLength: max(name.count, 34), withPad: " ", startingAt: 0)
        let text = detail.isEmpty ? "\(padded) \(value)" : "\(padded) \(value)  (\(detail))"
        // Unbuffered, so a figure shows as soon as it is measured.
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func ms(_ seconds: Double) -> String { String(format: "%.3f ms", seconds * 1000) }
    static func us(_ seconds: Double) -> String { String(format: "%.1f µs", seconds * 1_000_000) }
    static func mb(kilobytes: Int) -> String { String(format: "%.1f MB", Double(kilobytes) / 1024) }

    static func rate(_ count: Double, per seconds: Double, unit: String) -> String {
        String(format: "%.0f %@/s", count / seconds, unit)
    }
}
