/// Something the reading stages skipped or repaired; the driver prints `message` and carries on.
/// It is an `Error` only so it can be the failure of a `Result`.
public enum ReadWarning: Error, Hashable, Sendable, CustomStringConvertible {
    case decodedAsWindows1252(path: String)
    case emptyFile(path: String)
    case binaryFile(path: String)
    case malformedJSON(path: String, reason: String)
    /// `line` is 1-based.
    case malformedJSONLine(path: String, line: Int)
    /// A JSON value that is not an article object (a number, a nested array, …).
    case notAnArticle(path: String, record: String)
    case noTextField(path: String, record: String)
    case emptyText(path: String, record: String)
    case fileTooLarge(path: String, size: Int, limit: Int)
    case unreadable(path: String, reason: String)
    /// A folder reached a second time through a symbolic link (a cycle or a second name); not entered again.
    case symlinkCycle(path: String)
    /// A path that is neither a regular file nor a folder (socket, device, broken link).
    case notARegularFile(path: String)

    /// The file the warning is about.
    public var path: String {
        switch self {
        case .decodedAsWindows1252(let p), .emptyFile(let p), .binaryFile(let p), .symlinkCycle(let p),
             .notARegularFile(let p):
            return p
        case .malformedJSON(let p, _), .malformedJSONLine(let p, _), .notAnArticle(let p, _),
             .noTextField(let p, _), .emptyText(let p, _), .fileTooLarge(let p, _, _), .unreadable(let p, _):
            return p
        }
    }

    /// One line for a person, naming the file.
    public var message: String {
        switch self {
        case .decodedAsWindows1252(let p):
            return "\(p): not valid UTF-8; decoded as Windows-1252"
        case .emptyFile(let p):
            return "\(p): empty file, skipped"
        case .binaryFile(let p):
            return "\(p): looks binary, skipped"
        case .malformedJSON(let p, let reason):
            return "\(p): malformed JSON (\(reason)), skipped"
        case .malformedJSONLine(let p, let line):
            return "\(p):\(line): malformed JSON line, skipped"
        case .notAnArticle(let p, let record):
            return "\(p): record \(record) is not a JSON object, skipped"
        case .noTextField(let p, let record):
            return "\(p): record \(record) has no text field, skipped"
        case .emptyText(let p, let record):
            return "\(p): record \(record) has empty text, skipped"
        case .fileTooLarge(let p, let size, let limit):
            return "\(p): \(size) bytes is over the \(limit)-byte limit, skipped"
        case .unreadable(let p, let reason):
            return "\(p): cannot read (\(reason)), skipped"
        case .symlinkCycle(let p):
            return "\(p): folder already visited through a symbolic link, skipped"
        case .notARegularFile(let p):
            return "\(p): not a regular file, skipped"
        }
    }

    public var description: String { message }
}
