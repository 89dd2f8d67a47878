/// Closed word classes of the title builder (the `TitleWords` sets, the time words of `TitleText`)
/// and the single-word lists of `TitleGrammar`, merged into one table: one probe per token gives
/// every class the token belongs to, so the per-sentence analysis (`TitleText`) tests a class with
/// a bit mask instead of a hash probe and a string comparison. Cost: built once per lexicon.
struct TitleWordBits: Sendable {
    /// A closed class: its bit is `1 << (12 + rawValue)` (the 12 grammar lists take the low bits,
    /// and `TitleText` keeps a token's cue lists from bit `cueShift` up).
    enum Class: Int, CaseIterable, Sendable {
        case articles
        case subjectPronouns
        case clauseSubordinators
        case datePrepositions
        case adjectivalLeads
        case connectives
        case determinersAndPossessives
        case futureModals
        case indefinitePronouns
        case participleComplements
        case participleModifiers
        case possibilityModals
        case quantifiers
        case relativePronouns
        case subordinators
        case verbLeads
        case timeWords
        case relativeOpeners
        case relativeUnits
        case relativeQualifiers
        case agoCounts

        var bit: UInt64 { 1 << UInt64(12 + rawValue) }

        /// The words of the class (lowercase keys).
        var words: [String] {
            switch self {
            case .articles: return ["the", "a", "an"]
            case .subjectPronouns: return ["it", "he", "she", "they", "we"]
            case .clauseSubordinators: return ["after", "before", "when", "since", "until", "while"]
            case .datePrepositions: return ["on", "in", "at", "by", "since", "from"]
            case .adjectivalLeads: return ["a", "an", "the", "and", "or", "its", "their", "his", "her"]
            case .connectives: return ["and", "or", "but", "the", "a", "an"]
            case .determinersAndPossessives: return ["the", "a", "an", "its", "their", "his", "her"]
            case .futureModals: return ["will", "would", "shall", "'ll"]
            case .indefinitePronouns: return ["anyone", "anything", "someone", "everyone", "nobody"]
            case .participleComplements: return ["by", "to", "as", "in", "on", "last", "this", "earlier", "later"]
            case .participleModifiers: return ["to", "and", "or", "not", "most", "more", "less", "very"]
            case .possibilityModals: return ["might", "could", "may", "should"]
            case .quantifiers: return ["most", "some", "all", "many", "several", "both", "none", "each", "half",
                                       "one", "two"]
            case .relativePronouns: return ["who", "which", "whose", "where"]
            case .subordinators: return ["when", "while", "after", "before", "by", "since"]
            case .verbLeads: return ["would", "will", "shall", "must", "to"]
            case .timeWords: return ["year", "years", "month", "months", "week", "weeks", "day", "days", "ago",
                                     "later", "earlier", "last", "next", "previous", "following", "same", "today",
                                     "yesterday", "tomorrow", "spring", "summer", "autumn", "fall", "winter",
                                     "morning", "evening", "night", "afternoon", "decade", "century"]
            case .relativeOpeners: return ["last", "next", "this", "recent", "past", "coming", "previous", "earlier",
                                           "later"]
            case .relativeUnits: return ["week", "weeks", "month", "months", "year", "years", "summer", "spring",
                                         "autumn", "fall", "winter", "weekend", "decade"]
            case .relativeQualifiers: return ["earlier", "later", "late", "early"]
            case .agoCounts: return ["two", "three", "four", "five", "six", "several", "few", "a"]
            }
        }
    }

    /// Where a token's cue lists (`CueLexicon.List.bit`, 20 of them) start in its bit set.
    static let cueShift: UInt64 = 40
    /// Token shapes `TitleText` adds above the cue lists: a clause-breaking mark, a period, a comma.
    static let breakMark: UInt64 = 1 << 60, period: UInt64 = 1 << 61, comma: UInt64 = 1 << 62
    /// A quotation mark token (key `"` or `'`, which the tokenizer gives curly quotes too).
    static let quote: UInt64 = 1 << 63
    /// Flags `TitleText` sets per token: excluded from the title, and excluded from the subject view.
    static let excluded: UInt64 = 1 << 34, subjectExcluded: UInt64 = 1 << 35
    /// Flags `TitleText` sets per token from the entity mentions: a person's name starts at the
    /// token's first byte; some mention ends at its last byte.
    static let personStart: UInt64 = 1 << 36, mentionEnd: UInt64 = 1 << 37
    /// A title or role `TitleText` leaves out before a person's name (`TitleText.markDroppable`).
    static let droppable: UInt64 = 1 << 38
    /// The first word of a title or role phrase of `TitleLexicon` (its phrase table's first keys).
    static let titleStart: UInt64 = 1 << 33

    private var table = WordTable<UInt64>()

    /// The classes, the grammar's single-word lists and the first words of titles (`titleStarts`).
    /// Cost: one insertion per word.
    init(grammar: TitleGrammar, titleStarts: Set<String> = []) {
        for c in Class.allCases {
            for word in c.words { table[word] = (table[word] ?? 0) | c.bit }
        }
        for (key, lists) in grammar.singleWords { table[key] = (table[key] ?? 0) | UInt64(lists) }
        for key in titleStarts { table[key] = (table[key] ?? 0) | Self.titleStart }
    }

    /// Every class and grammar list holding `token`'s word; one probe on its precomputed hash.
    func bits(of token: WordToken) -> UInt64 { table.value(for: token) ?? 0 }
}
