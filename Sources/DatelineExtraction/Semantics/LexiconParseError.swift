/// A malformed line in a lexicon or taxonomy data file.
public struct LexiconParseError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        case missingField(expected: Int, found: Int)
        case emptyField(index: Int)
        case unknownDirective(String)
        case unknownIssue(String)
        case duplicateIssue(String)
        case invalidValue(String)
        case empty
    }

    /// File name as given to the parser ("taxonomy.tsv").
    public var file: String
    /// 1-based line number; 0 when the file as a whole is wrong.
    public var line: Int
    public var reason: Reason

    public init(file: String, line: Int, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        switch reason {
        case let .missingField(expected, found):
            return "\(place): expected \(expected) tab-separated fields, found \(found)"
        case let .emptyField(index): return "\(place): field \(index) is empty"
        case let .unknownDirective(word): return "\(place): unknown directive '\(word)'"
        case let .unknownIssue(id): return "\(place): issue '\(id)' is not declared"
        case let .duplicateIssue(id): return "\(place): issue '\(id)' is declared twice"
        case let .invalidValue(value): return "\(place): invalid value '\(value)'"
        case .empty: return "\(place): no entries"
        }
    }
}

/// Data lines of a tab-separated lexicon: comments (`#`) and blank lines skipped, fields trimmed.
struct DataLines: Sequence {
    let text: String

    func makeIterator() -> AnyIterator<(number: Int, fields: [String])> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        var number = 0
        return AnyIterator {
            while let raw = lines.next() {
                number += 1
                let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                    .map { String($0.trimmingSpaces()) }
                return (number, fields)
            }
            return nil
        }
    }

    /// The `name<TAB>item, item…` lines of a named-list file, each with its list (a known name) and
    /// its non-empty items. Throws on a short line, an unknown name or an empty item list.
    static func namedLists<List: RawRepresentable>(_ text: String, fileName: String, of: List.Type) throws
        -> [(number: Int, list: List, items: [String])] where List.RawValue == String {
        var out: [(number: Int, list: List, items: [String])] = []
        for (number, fields) in DataLines(text: text) {
            guard fields.count >= 2 else {
                throw LexiconParseError(file: fileName, line: number, reason: .missingField(expected: 2, found: fields.count))
            }
            guard let list = List(rawValue: fields[0]) else {
                throw LexiconParseError(file: fileName, line: number, reason: .unknownDirective(fields[0]))
            }
            let items = Self.list(fields[1])
            guard !items.isEmpty else {
                throw LexiconParseError(file: fileName, line: number, reason: .emptyField(index: 2))
            }
            out.append((number, list, items))
        }
        return out
    }

    /// Comma-separated list items of a field, trimmed, empties dropped.
    static func list(_ field: String) -> [String] {
        field.split(separator: ",").map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s = s.dropLast() }
        return s
    }
}
