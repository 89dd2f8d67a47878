/// Closed-class words the title builder uses to find clause boundaries, pronouns, discourse
/// adverbials and plans, read from `title-grammar.tsv`. Cost: one hash probe per word test.
public struct TitleGrammar: Sendable {
    /// The lists the file may define; an unknown name is a parse error so typos surface.
    public enum List: String, CaseIterable, Sendable {
        case discourseAdverbial = "discourse-adverbial", clauseBoundary = "clause-boundary"
        case intransitive, ingNoun = "ing-noun", pronoun, ordinal, futureLead = "future-lead", magnitude
        case eventNoun = "event-noun", infinitiveObject = "infinitive-object", reporting
    }

    private var tables: [List: PhraseTable<Int>] = [:]
    private var words: [List: Set<String>] = [:]

    /// An empty grammar: every test answers false, and titles fall back to the plainer rules.
    public init() {}

    /// Parses `name<TAB>item, item…` lines. Cost: linear in the file size.
    public init(parsing text: String, fileName: String = "title-grammar.tsv") throws {
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
                let keys = WordTokenizer.tokens(in: item).filter(\.isWord).map(\.key)
                tables[list, default: PhraseTable()].add(item, value: keys.count)
                if keys.count == 1, let key = keys.first { words[list, default: []].insert(key) }
            }
        }
        if tables.isEmpty { throw LexiconParseError(file: fileName, line: 0, reason: .empty) }
    }

    /// The bundled `title-grammar.tsv`.
    public static func bundled() throws -> TitleGrammar {
        try TitleGrammar(parsing: BundledResources.text(named: "title-grammar.tsv"))
    }

    /// Whether the single lowercased word `key` is in `list`.
    public func contains(_ list: List, key: String) -> Bool {
        words[list]?.contains(key) ?? false
    }

    /// Token count of the phrase of `list` starting at token `index`, or nil.
    public func match(_ list: List, in tokens: [WordToken], at index: Int) -> Int? {
        tables[list]?.longestMatch(in: tokens, at: index)?.length
    }
}
