/// Closed-class cue words (negation, modality, speech verbs, prepositions…) read from `cues.tsv`.
public struct CueLexicon: Sendable {
    /// The lists a cue file may define; unknown names are a parse error so typos surface.
    public enum List: String, CaseIterable, Sendable {
        case negation, hypothetical, intention, cancellation, future, speech, locative, determiner
        case preposition, auxiliary, passive, subjectBreak = "subject-break"
        case leadingAdverbial = "leading-adverbial", nonName = "non-name", month, weekday, attribution
    }

    private var tables: [List: PhraseTable<Int>] = [:]

    /// Parses `name<TAB>item, item…` lines. Cost: linear in the file size.
    public init(parsing text: String, fileName: String = "cues.tsv") throws {
        for (number, fields) in DataLines(text: text) {
            guard fields.count >= 2 else {
                throw LexiconParseError(file: fileName, line: number, reason: .missingField(expected: 2, found: fields.count))
            }
            guard let list = List(rawValue: fields[0]) else {
                throw LexiconParseError(file: fileName, line: number, reason: .unknownDirective(fields[0]))
            }
            let items = DataLines.list(fields[1])
            guard !items.isEmpty else {
                throw LexiconParseError(file: fileName, line: number, reason: .emptyField(index: 2))
            }
            for item in items {
                let length = WordTokenizer.tokens(in: item).filter(\.isWord).count
                tables[list, default: PhraseTable()].add(item, value: length)
            }
        }
        if tables.isEmpty { throw LexiconParseError(file: fileName, line: 0, reason: .empty) }
    }

    /// The bundled `cues.tsv`.
    public static func bundled() throws -> CueLexicon {
        try CueLexicon(parsing: BundledResources.text(named: "cues.tsv"))
    }

    /// Token count of the cue of `list` starting at `index`, or nil.
    public func match(_ list: List, in tokens: [WordToken], at index: Int) -> Int? {
        tables[list]?.longestMatch(in: tokens, at: index)?.length
    }

    /// Whether the single word `key` (lowercased) is in `list`.
    public func contains(_ list: List, key: String) -> Bool {
        tables[list]?.contains(key) ?? false
    }

    /// Whether token `index` starts a cue of `list`.
    public func starts(_ list: List, in tokens: [WordToken], at index: Int) -> Bool {
        match(list, in: tokens, at: index) != nil
    }
}
