/// Data lines of a tab-separated lexicon: comments (`#`) and blank lines skipped, fields trimmed.
/// Lines end in LF or CRLF (a data file saved on Windows reads the same).
///
/// Split on UTF-8 bytes: the lexicons are parsed at every start, and splitting `String`s by
/// `Character` made parsing a tenth of the work of extracting a small article set.
struct DataLines: Sequence {
    let text: String

    func makeIterator() -> IndexingIterator<[(number: Int, fields: [String])]> {
        lines().makeIterator()
    }

    /// Every data line with its 1-based line number and its fields.
    func lines() -> [(number: Int, fields: [String])] {
        var out: [(number: Int, fields: [String])] = []
        var text = text
        text.withUTF8 { bytes in
            var number = 0
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                number += 1
                let line = start..<(end > start && bytes[end - 1] == 0x0D ? end - 1 : end)
                start = end + 1
                let first = line.first { bytes[$0] != 0x20 && bytes[$0] != 0x09 }
                guard let first, bytes[first] != UInt8(ascii: "#") else { continue }
                var fields: [String] = []
                var fieldStart = line.lowerBound
                for i in line where bytes[i] == 0x09 {
                    fields.append(Self.trimmed(bytes, fieldStart..<i))
                    fieldStart = i + 1
                }
                fields.append(Self.trimmed(bytes, fieldStart..<line.upperBound))
                out.append((number, fields))
            }
        }
        return out
    }

    /// The text of `range` without leading spaces and tabs or trailing spaces, tabs and CRs.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D { upper -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
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
        var items: [String] = []
        var field = field
        field.withUTF8 { bytes in
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: ",") {
                let item = trimmed(bytes, start..<i)
                if !item.isEmpty { items.append(item) }
                start = i + 1
            }
        }
        return items
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
