/// How a file's bytes are laid out, decided by its extension.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
    /// One article per file (`.txt`, `.md`, no extension, anything named explicitly).
    case text
    /// One article object or an array of them (`.json`).
    case json
    /// One article object per line (`.jsonl`).
    case jsonLines

    /// The format for a path: `.json` and `.jsonl` by extension (any case), everything else text.
    public init(path: String) {
        switch DocumentReader.fileExtension(of: path).lowercased() {
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonLines
        default: self = .text
        }
    }
}

/// What one file yielded.
public struct ReadResult: Hashable, Sendable {
    public var records: [ArticleRecord]
    public var warnings: [ReadWarning]

    public init(records: [ArticleRecord] = [], warnings: [ReadWarning] = []) {
        self.records = records
        self.warnings = warnings
    }
}

/// Turns one file's bytes into article records (pure: no I/O).
///
/// Text files give one record whose id is the file stem; JSON gives one record per article object
/// (`stem` for a lone object, `stem#N` for the N-th element of an array, `stem#L` for the object on
/// line L of a JSON Lines file). Text is normalised with `TextNormalizer`.
/// - Complexity: O(n) in the bytes, plus Foundation's JSON parser for JSON files.
public struct DocumentReader: Sendable {
    /// Bytes inspected by the binary check.
    public static let binaryProbeLength = 8192

    let normalizer = TextNormalizer()

    public init() {}

    /// Reads a file's bytes; `path` names the file in ids and warnings and decides the format
    /// (for stdin, `-`, the content decides: JSON when it starts with `{` or `[`).
    public func read(bytes: [UInt8], path: String) -> ReadResult {
        read(bytes: bytes, path: path, format: Self.format(of: path, bytes: bytes))
    }

    public func read(bytes: [UInt8], path: String, format: DocumentFormat) -> ReadResult {
        if Self.looksBinary(bytes) { return ReadResult(warnings: [.binaryFile(path: path)]) }
        switch format {
        case .text: return readText(bytes, path: path)
        case .json, .jsonLines: return readJSON(bytes, path: path, lines: format == .jsonLines)
        }
    }

    private func readText(_ bytes: [UInt8], path: String) -> ReadResult {
        let out = normalizer.normalize(bytes)
        var result = ReadResult()
        if out.decodedAsWindows1252 { result.warnings.append(.decodedAsWindows1252(path: path)) }
        if Self.isBlank(out.text) {
            result.warnings.append(.emptyFile(path: path))
            return result
        }
        result.records.append(ArticleRecord(id: Self.stem(of: path), path: path, text: out.text))
        return result
    }

    // MARK: - Helpers shared by the JSON reading

    static func format(of path: String, bytes: [UInt8]) -> DocumentFormat {
        guard path == "-" else { return DocumentFormat(path: path) }
        let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        if first == UInt8(ascii: "[") { return .json }
        if first == UInt8(ascii: "{") { return .jsonLines }
        return .text
    }

    /// True when the first 8 KB hold a NUL byte (UTF-16 aside) or more than 10% control bytes
    /// other than tab, line feed, carriage return, form feed and escape.
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return false
        }
        let count = min(bytes.count, binaryProbeLength)
        guard count > 0 else { return false }
        var controls = 0
        let found: Bool = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            var i = 0
            while i < count {
                // Eight bytes with none below 0x20 hold no NUL and no control: skipped at once.
                if i + 8 <= count, !ByteScan.hasByteBelow0x20(ByteScan.load(base, i)) {
                    i += 8
                    continue
                }
                for b in buffer[i..<min(count, i + 8)] {
                    if b == 0 { return true }
                    if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C, b != 0x1B { controls += 1 }
                }
                i += 8
            }
            return false
        }
        return found || controls * 10 > count
    }

    /// True when the text has nothing but whitespace.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    /// The file name without folders and without its last extension; `stdin` for `-`.
    public static func stem(of path: String) -> String {
        if path == "-" { return "stdin" }
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The last extension without its dot, or "" (hidden files like `.profile` have none).
    public static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }
}
