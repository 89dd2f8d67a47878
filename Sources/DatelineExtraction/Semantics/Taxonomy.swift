import DatelineModel

/// The issue labels and their evidence terms, read from `taxonomy.tsv` (or a user's `--taxonomy FILE`).
public struct Taxonomy: Sendable {
    /// How one evidence term is matched against words.
    public struct Term: Hashable, Sendable {
        public var issue: String
        /// Lowercased words; hyphens split words like spaces do.
        public var words: [String]
        /// The last word may be the start of a longer word ("tariff" → "tariffs").
        public var lastIsPrefix: Bool
        /// Generic evidence: ignored when another issue has specific evidence in the same sentence.
        public var isGeneric: Bool
    }

    public private(set) var issues: [IssueLabel] = []
    public private(set) var terms: [Term] = []
    /// Issues whose specific evidence absorbs other issues' generic evidence ("defense talks").
    public private(set) var sectoralIssues: Set<String> = []
    /// Trigger class → issue ids it implies.
    public private(set) var triggerIssues: [String: [String]] = [:]

    /// Parses `issue`, `terms` and `trigger` lines; throws `LexiconParseError` with the line number
    /// of the first malformed line. Cost: linear in the file size.
    public init(parsing text: String, fileName: String = "taxonomy.tsv") throws {
        var known = Set<String>()
        for (number, fields) in DataLines(text: text) {
            func fail(_ reason: LexiconParseError.Reason) -> LexiconParseError {
                LexiconParseError(file: fileName, line: number, reason: reason)
            }
            guard fields.count >= 3 else { throw fail(.missingField(expected: 3, found: fields.count)) }
            for index in 0..<3 where fields[index].isEmpty { throw fail(.emptyField(index: index + 1)) }
            let id = fields[1]
            switch fields[0] {
            case "issue":
                guard known.insert(id).inserted else { throw fail(.duplicateIssue(id)) }
                issues.append(IssueLabel(id: id, label: fields[2]))
                if fields.count > 3, !fields[3].isEmpty {
                    guard fields[3] == "sectoral" else { throw fail(.invalidValue(fields[3])) }
                    sectoralIssues.insert(id)
                }
            case "terms":
                guard known.contains(id) else { throw fail(.unknownIssue(id)) }
                for item in DataLines.list(fields[2]) {
                    guard let term = Self.term(item, issue: id) else { throw fail(.invalidValue(item)) }
                    terms.append(term)
                }
            case "trigger":
                for issue in DataLines.list(fields[2]) {
                    guard known.contains(issue) else { throw fail(.unknownIssue(issue)) }
                    triggerIssues[id, default: []].append(issue)
                }
            default:
                throw fail(.unknownDirective(fields[0]))
            }
        }
        if issues.isEmpty { throw LexiconParseError(file: fileName, line: 0, reason: .empty) }
    }

    /// The bundled `taxonomy.tsv`.
    public static func bundled() throws -> Taxonomy {
        try Taxonomy(parsing: BundledResources.text(named: "taxonomy.tsv"))
    }

    private static func term(_ item: String, issue: String) -> Term? {
        var text = Substring(item)
        let generic = text.hasPrefix("~")
        if generic { text = text.dropFirst() }
        let exact = text.hasPrefix("=")
        if exact { text = text.dropFirst() }
        let words = WordTokenizer.tokens(in: String(text)).filter(\.isWord).map(\.key)
        guard let last = words.last else { return nil }
        return Term(issue: issue, words: words, lastIsPrefix: !exact && last.utf8.count >= 4,
                    isGeneric: generic)
    }
}
