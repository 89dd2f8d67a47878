import Foundation

/// JSON and JSON Lines: the field names scrapers write (news-please, trafilatura, newspaper, feeds).
extension DocumentReader {
    static let textKeys = ["text", "maintext", "content", "body", "article_text", "articleBody"]
    static let titleKeys = ["title", "headline"]
    static let dateKeys = ["date", "date_publish", "published", "publish_date", "published_at",
                           "datePublished", "pubDate"]
    static let urlKeys = ["url", "link", "canonical_url"]
    static let sourceKeys = ["source", "source_domain", "hostname", "sitename", "site_name", "publisher"]

    func readJSON(_ raw: [UInt8], path: String, lines: Bool) -> ReadResult {
        let (bytes, fallback) = TextNormalizer.decodeUTF8(raw)
        var result = ReadResult()
        if fallback { result.warnings.append(.decodedAsWindows1252(path: path)) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            result.warnings.append(.emptyFile(path: path))
            return result
        }
        let stem = Self.stem(of: path)
        if lines {
            let lineResult = readLines(bytes, path: path, stem: stem)
            // A pretty-printed object in a .jsonl file: every line fails, the whole parses.
            if lineResult.records.isEmpty, case .success(let value) = Self.parse(bytes[...]) {
                result.warnings += readDocument(value, path: path, stem: stem, into: &result.records)
            } else {
                result.records += lineResult.records
                result.warnings += lineResult.warnings
            }
            return result
        }
        switch Self.parse(bytes[...]) {
        case .success(let value):
            result.warnings += readDocument(value, path: path, stem: stem, into: &result.records)
        case .failure(let reason):
            // JSON Lines saved as .json.
            let lineResult = readLines(bytes, path: path, stem: stem)
            if lineResult.records.count > 1 {
                result.records += lineResult.records
                result.warnings += lineResult.warnings
            } else {
                result.warnings.append(.malformedJSON(path: path, reason: reason))
            }
        }
        return result
    }

    private func readLines(_ bytes: [UInt8], path: String, stem: String) -> ReadResult {
        var result = ReadResult()
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            let id = "\(stem)#\(lineNumber)"
            switch Self.parse(line) {
            case .success(let value):
                if let object = value as? [String: Any] {
                    if let record = record(from: object, id: id, path: path, warnings: &result.warnings) {
                        result.records.append(record)
                    }
                } else {
                    result.warnings.append(.notAnArticle(path: path, record: id))
                }
            case .failure:
                result.warnings.append(.malformedJSONLine(path: path, line: lineNumber))
            }
        }
        return result
    }

    /// A whole-file JSON value: an article, an array of articles, or an object wrapping one array.
    private func readDocument(_ value: Any, path: String, stem: String, into records: inout [ArticleRecord]) -> [ReadWarning] {
        var warnings: [ReadWarning] = []
        var items: [Any]
        if let object = value as? [String: Any] {
            let arrays = object.values.compactMap { $0 as? [Any] }
            if Self.firstString(object, Self.textKeys) == nil, arrays.count == 1, let only = arrays.first {
                items = only
            } else {
                if let record = record(from: object, id: stem, path: path, warnings: &warnings) {
                    records.append(record)
                }
                return warnings
            }
        } else if let array = value as? [Any] {
            items = array
        } else {
            return [.notAnArticle(path: path, record: stem)]
        }
        if items.isEmpty { return [.emptyFile(path: path)] }
        for (index, item) in items.enumerated() {
            let id = "\(stem)#\(index + 1)"
            guard let object = item as? [String: Any] else {
                warnings.append(.notAnArticle(path: path, record: id))
                continue
            }
            if let record = record(from: object, id: id, path: path, warnings: &warnings) {
                records.append(record)
            }
        }
        return warnings
    }

    private func record(from object: [String: Any], id: String, path: String, warnings: inout [ReadWarning]) -> ArticleRecord? {
        guard let rawText = Self.firstString(object, Self.textKeys) else {
            warnings.append(.noTextField(path: path, record: id))
            return nil
        }
        let text = normalizer.normalize(rawText)
        if Self.isBlank(text) {
            warnings.append(.emptyText(path: path, record: id))
            return nil
        }
        func field(_ keys: [String]) -> String? {
            guard let s = Self.firstString(object, keys) else { return nil }
            let clean = normalizer.normalize(s).trimmingCharacters(in: .whitespacesAndNewlines)
            return clean.isEmpty ? nil : clean
        }
        return ArticleRecord(id: id, path: path, text: text, title: field(Self.titleKeys),
                             dateString: field(Self.dateKeys), url: field(Self.urlKeys), source: field(Self.sourceKeys))
    }

    /// The first key whose value is a non-empty string (or an object with a string `name`, as some
    /// feeds write `source`).
    static func firstString(_ object: [String: Any], _ keys: [String]) -> String? {
        for key in keys {
            if let s = object[key] as? String, !s.isEmpty { return s }
            if let nested = object[key] as? [String: Any], let s = nested["name"] as? String, !s.isEmpty { return s }
        }
        return nil
    }

    enum ParseOutcome {
        case success(Any)
        case failure(String)
    }

    static func parse(_ bytes: ArraySlice<UInt8>) -> ParseOutcome {
        do {
            return .success(try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]))
        } catch {
            let ns = error as NSError
            let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String
            return .failure(detail ?? "not valid JSON")
        }
    }
}
