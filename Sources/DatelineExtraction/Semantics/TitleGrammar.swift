/// Closed-class words the title builder uses to find clause boundaries, pronouns, discourse
/// adverbials and plans, read from `title-grammar.tsv`. Cost: one hash probe per word test.
public struct TitleGrammar: Sendable {
    /// The lists the file may define; an unknown name is a parse error so typos surface.
    public enum List: String, CaseIterable, Sendable {
        case discourseAdverbial = "discourse-adverbial", clauseBoundary = "clause-boundary"
        case intransitive, ingNoun = "ing-noun", pronoun, ordinal, futureLead = "future-lead", magnitude
        case eventNoun = "event-noun", infinitiveObject = "infinitive-object", reporting
        case participle

        /// Position in `allCases`, by a switch: hashing the raw string would cost more than the lookup.
        var index: Int {
            switch self {
            case .discourseAdverbial: return 0
            case .clauseBoundary: return 1
            case .intransitive: return 2
            case .ingNoun: return 3
            case .pronoun: return 4
            case .ordinal: return 5
            case .futureLead: return 6
            case .magnitude: return 7
            case .eventNoun: return 8
            case .infinitiveObject: return 9
            case .reporting: return 10
            case .participle: return 11
            }
        }

        var bit: UInt32 { 1 << UInt32(index) }
    }

    /// Phrase tables by `List.index` (a `[List: …]` dictionary would hash the list on every probe).
    private var tables = [PhraseTable<Int>?](repeating: nil, count: List.allCases.count)
    /// Single-word items: key → bit set of the lists holding it, so a word test is one probe.
    private var words = WordTable<UInt32>()

    /// An empty grammar: every test answers false, and titles fall back to the plainer rules.
    public init() {}

    /// Parses `name<TAB>item, item…` lines. Cost: linear in the file size.
    public init(parsing text: String, fileName: String = "title-grammar.tsv") throws {
        for (_, list, items) in try DataLines.namedLists(text, fileName: fileName, of: List.self) {
            for item in items {
                let keys = WordTokenizer.tokens(in: item).filter(\.isWord).map(\.key)
                var table = tables[list.index] ?? PhraseTable()
                table.add(item, value: keys.count)
                tables[list.index] = table
                if keys.count == 1, let key = keys.first { words[key] = (words[key] ?? 0) | list.bit }
            }
        }
        if tables.allSatisfy({ $0 == nil }) { throw LexiconParseError(file: fileName, line: 0, reason: .empty) }
    }

    /// The bundled `title-grammar.tsv`.
    public static func bundled() throws -> TitleGrammar {
        try TitleGrammar(parsing: BundledResources.text(named: "title-grammar.tsv"))
    }

    /// Whether the single lowercased word `key` is in `list`.
    public func contains(_ list: List, key: String) -> Bool {
        (words.value(forKey: key) ?? 0) & list.bit != 0
    }

    /// Whether `token`'s word is in `list`; uses the token's precomputed hash.
    public func contains(_ list: List, token: WordToken) -> Bool {
        (words.value(for: token) ?? 0) & list.bit != 0
    }

    /// Bit set (`List.bit`) of the lists holding `token`'s word as a single-word item: one probe
    /// for several `contains(_:token:)` tests.
    func lists(containing token: WordToken) -> UInt32 { words.value(for: token) ?? 0 }

    /// Whether the single word spelled by `bytes` (lowercased, `WordHash` `hash`) is in `list`.
    func contains<Bytes: Collection>(_ list: List, bytes: Bytes, hash: UInt64) -> Bool where Bytes.Element == UInt8 {
        (words.value(forBytes: bytes, hash: hash) ?? 0) & list.bit != 0
    }

    /// The single-word items with the bit set (`List.bit`) of the lists holding each.
    var singleWords: [(key: String, value: UInt32)] { words.entries }

    /// Token count of the phrase of `list` starting at token `index`, or nil.
    public func match(_ list: List, in tokens: [WordToken], at index: Int) -> Int? {
        tables[list.index]?.longestMatch(in: tokens, at: index)?.length
    }
}
