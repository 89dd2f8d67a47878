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
