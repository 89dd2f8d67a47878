#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import DatelineTUI

/// Golden screens: the canvas as text plus a style layer, stored under Snapshots/ beside this file.
/// Set DATELINE_RECORD_SNAPSHOTS=1 to (re)write them on purpose.
enum Snapshot {
    static let directory: String = {
        let file = #filePath
        let folder = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return folder + "/Snapshots"
    }()

    static var recording: Bool { getenv("DATELINE_RECORD_SNAPSHOTS").map { String(cString: $0) == "1" } ?? false }

    /// Text, then a style map: one letter per cell ('.' plain), with a legend of what each letter means.
    static func dump(_ canvas: Canvas) -> String {
        var legend: [Style: Character] = [.plain: "."]
        var order: [Style] = []
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var styleRows: [String] = []
        for y in 0..<canvas.height {
            var row = ""
            for x in 0..<canvas.width {
                let style = canvas[y, x].style
                if legend[style] == nil {
                    legend[style] = order.count < letters.count ? letters[order.count] : "*"
                    order.append(style)
                }
                row.append(legend[style] ?? "*")
            }
            styleRows.append(row)
        }
        var out = canvas.text + "\n" + "---- styles\n" + styleRows.joined(separator: "\n") + "\n---- legend\n"
        for style in order { out += "\(legend[style] ?? "*") = \(describe(style))\n" }
        if let cursor = canvas.cursor { out += "cursor = \(cursor.row),\(cursor.column)\n" }
        return out
    }

    static func describe(_ style: Style) -> String {
        var parts: [String] = []
        if style.foreground != .default { parts.append("fg:\(style.foreground)") }
        if style.background != .default { parts.append("bg:\(style.background)") }
        if style.bold { parts.append("bold") }
        if style.reverse { parts.append("reverse") }
        if style.underline { parts.append("underline") }
        if style.dim { parts.append("dim") }
        return parts.joined(separator: " ")
    }

    /// Compares `canvas` with Snapshots/`name`.txt (or records it).
    static func assertMatches(_ canvas: Canvas, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = directory + "/" + name + ".txt"
        let actual = dump(canvas)
        if recording {
            write(actual, to: path)
            return
        }
        guard let expected = read(path) else {
            Issue.record("missing snapshot \(name).txt: run with DATELINE_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
            let want = line < e.count ? String(e[line]) : "<end>"
            let got = line < a.count ? String(a[line]) : "<end>"
            Issue.record("snapshot \(name) differs at line \(line + 1):\nexpected: \(want)\nactual:   \(got)",
                         sourceLocation: sourceLocation)
        }
    }

    static func read(_ path: String) -> String? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func write(_ text: String, to path: String) {
        guard let file = fopen(path, "wb") else { Issue.record("cannot write \(path)"); return }
        defer { fclose(file) }
        let bytes = Array(text.utf8)
        _ = fwrite(bytes, 1, bytes.count, file)
    }
}
