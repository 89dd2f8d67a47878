/// Titles and role nouns that introduce a person's name, from `titles.txt`, and the clause words
/// event titles are built with, from `title-grammar.tsv`.
public struct TitleLexicon: Sendable {
    /// Value: whether the entry is a lowercase role noun that may take a comma before the name.
    private(set) var table = PhraseTable<Bool>()
    public private(set) var count = 0
    /// Clause words for building event titles (`title-grammar.tsv`); empty unless given.
    public var grammar: TitleGrammar {
        didSet { wordBits = TitleWordBits(grammar: grammar, titleStarts: titleStarts) }
    }
    /// The first word key of every title phrase (what the phrase table is keyed by).
    private var titleStarts: Set<String> = []
    /// The grammar's single words and the builder's closed classes, one probe per token.
    private(set) var wordBits: TitleWordBits

    /// One title per line; "role: word" lines are role nouns. Periods are optional when matching.
    public init(parsing text: String, fileName: String = "titles.txt", grammar: TitleGrammar = TitleGrammar()) throws {
        self.grammar = grammar
        wordBits = TitleWordBits(grammar: grammar)
        for (_, fields) in DataLines(text: text) {
            let line = fields.joined(separator: " ")
            let isRole = line.hasPrefix("role:")
            let title = isRole ? String(line.dropFirst(5)) : line
            table.add(title, value: isRole)
            // (The phrase table keys an entry by its first word or "&" token, as tokenised here.)
            if let first = WordTokenizer.tokens(in: title).first(where: { $0.isWord || $0.key == "&" }) {
                titleStarts.insert(first.key)
            }
            count += 1
        }
        wordBits = TitleWordBits(grammar: grammar, titleStarts: titleStarts)
        if count == 0 { throw LexiconParseError(file: fileName, line: 0, reason: .empty) }
    }

    public static func bundled() throws -> TitleLexicon {
        try TitleLexicon(parsing: BundledResources.text(named: "titles.txt"), grammar: .bundled())
    }

    /// A title at word token `index` of `words` (punctuation removed): its length and whether it is a role noun.
    func match(in words: [WordToken], at index: Int) -> (length: Int, isRole: Bool)? {
        table.longestMatch(in: words, at: index).map { ($0.length, $0.value) }
    }
}
