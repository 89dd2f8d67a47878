import DatelineModel

/// Formats events as aligned lines: `date  title  issues  N sources`. Pure, so it is easy to test.
struct ListFormatter {
    var useColor: Bool
    var maxTitleWidth = 72

    func format(_ events: [Event], issues: [IssueLabel]) -> String {
        guard !events.isEmpty else { return "" }
        let labels = events.map { Self.clean($0.when.label) }
        let titles = events.map { Self.truncate(Self.clean($0.title), to: maxTitleWidth) }
        let dateWidth = labels.map(\.count).max() ?? 0
        let titleWidth = titles.map(\.count).max() ?? 0
        var out = ""
        for (i, event) in events.enumerated() {
            let sources = event.documentIDs.count
            let issueText = event.issues.joined(separator: ",")
            let date = labels[i].padding(toLength: dateWidth)
            let title = titles[i].padding(toLength: titleWidth)
            let count = sources == 1 ? "1 source" : "\(sources) sources"
            if useColor {
                out += "\u{1B}[36m\(date)\u{1B}[0m  \u{1B}[1m\(title)\u{1B}[0m  \u{1B}[33m\(issueText.isEmpty ? "-" : issueText)\u{1B}[0m  \u{1B}[2m\(count)\u{1B}[0m\n"
            } else {
                out += "\(date)  \(title)  \(issueText.isEmpty ? "-" : issueText)  \(count)\n"
            }
        }
        return out
    }

    /// Article text is untrusted: drop every control character before it reaches a terminal.
    static func clean(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: return " "
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xAD: return nil
            default: return scalar
            }
        }))
    }

    static func truncate(_ s: String, to width: Int) -> String {
        s.count <= width ? s : String(s.prefix(width - 1)) + "…"
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
