/// Phrases that say a dated day is the end or the start of a longer occasion, loaded from `aspect.txt`.
public struct AspectLexicon: Hashable, Sendable {
    public var endings: [String]
    public var beginnings: [String]

    public init(endings: [String], beginnings: [String]) {
        self.endings = endings
        self.beginnings = beginnings
    }

    /// Lines `end<TAB>phrase` or `begin<TAB>phrase`; `#` comments and blank lines ignored.
    public init(parsing text: String) {
        var endings: [String] = [], beginnings: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 2, !fields[1].isEmpty else { continue }
            if fields[0] == "end" { endings.append(fields[1].lowercased()) }
            if fields[0] == "begin" { beginnings.append(fields[1].lowercased()) }
        }
        self.init(endings: endings, beginnings: beginnings)
    }
}

import Foundation
