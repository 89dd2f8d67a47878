/// Event-trigger dictionary read from `triggers.tsv`: every written form of every trigger, with its
/// class, lemma and part of speech, plus the verb paradigms the title builder inflects with.
public struct TriggerLexicon: Sendable {
    public enum VerbForm: Int, CaseIterable, Hashable, Sendable {
        case base, thirdPerson, past, participle, gerund
    }

    public enum PartOfSpeech: String, Hashable, Sendable { case verb, noun }

    /// One line of the file.
    public struct Entry: Hashable, Sendable {
        public var triggerClass: String
        public var lemma: String
        /// Forms per `VerbForm` slot (alternatives such as "canceled/cancelled"); empty when not a verb.
        public var verbForms: [[String]]
        public var nounForms: [String]
        /// 1 (weak, like "said") … 3 (strong).
        public var weight: Int

        /// The 3rd-person present ("meets", "shoots down"), falling back to the lemma.
        public var thirdPerson: String { verbForms.count > 1 ? verbForms[1].first ?? lemma : lemma }
        public var pastParticiple: String? { verbForms.count > 3 ? verbForms[3].first : nil }
    }

    /// One way a written form can be read: which entry, and as which part of speech / verb form.
    public struct Use: Hashable, Sendable {
        public var entry: Int
        public var partOfSpeech: PartOfSpeech
        public var verbForm: VerbForm?
    }

    public private(set) var entries: [Entry] = []
    private(set) var table = PhraseTable<[Use]>()
    /// Keys of single-word verb forms and first words of multiword ones, for quick "is this a verb" tests.
    private(set) var verbWords = WordTable<Bool>()
    /// Lemma → indices of the entries with it, in file order.
    private var entriesByLemma = WordTable<[Int]>()

    /// Parses the tab-separated file; see the header of `triggers.tsv`. Cost: linear in its size.
    public init(parsing text: String, fileName: String = "triggers.tsv") throws {
        var uses: [String: [Use]] = [:]
        var order: [String] = []
        for (number, fields) in DataLines(text: text) {
            guard fields.count >= 4 else {
                throw LexiconParseError(file: fileName, line: number, reason: .missingField(expected: 4, found: fields.count))
            }
            for index in 0..<2 where fields[index].isEmpty {
                throw LexiconParseError(file: fileName, line: number, reason: .emptyField(index: index + 1))
            }
            var weight = 2
            if fields.count > 4, !fields[4].isEmpty {
                guard let w = Int(fields[4]), (1...3).contains(w) else {
                    throw LexiconParseError(file: fileName, line: number, reason: .invalidValue(fields[4]))
                }
                weight = w
            }
            var verbForms: [[String]] = []
            if fields[2] != "-" && !fields[2].isEmpty {
                let slots = fields[2].split(separator: ",", omittingEmptySubsequences: false)
                    .map { $0.trimmingSpaces() }
                guard slots.count == VerbForm.allCases.count else {
                    throw LexiconParseError(file: fileName, line: number, reason: .invalidValue(fields[2]))
                }
                verbForms = slots.map { slot in
                    slot == "-" ? [] : slot.split(separator: "/").map { String($0.trimmingSpaces()) }
                }
            }
            let nouns = fields[3] == "-" ? [] : DataLines.list(fields[3])
            let index = entries.count
            entriesByLemma[fields[1]] = (entriesByLemma[fields[1]] ?? []) + [index]
            entries.append(Entry(triggerClass: fields[0], lemma: fields[1], verbForms: verbForms,
                                 nounForms: nouns, weight: weight))
            func record(_ form: String, _ use: Use) {
                let key = Self.key(form)
                guard !key.isEmpty else { return }
                if uses[key] == nil { order.append(key) }
                if !(uses[key]?.contains(use) ?? false) { uses[key, default: []].append(use) }
            }
            for (slot, forms) in verbForms.enumerated() {
                for form in forms {
                    if slot != VerbForm.base.rawValue, let first = Self.key(form).split(separator: " ").first {
                        verbWords[String(first)] = true
                    }
                    record(form, Use(entry: index, partOfSpeech: .verb, verbForm: VerbForm(rawValue: slot)))
                }
            }
            for form in nouns { record(form, Use(entry: index, partOfSpeech: .noun, verbForm: nil)) }
        }
        if entries.isEmpty { throw LexiconParseError(file: fileName, line: 0, reason: .empty) }
        for key in order { table.add(key, value: uses[key] ?? []) }
    }

    /// The bundled `triggers.tsv`.
    public static func bundled() throws -> TriggerLexicon {
        try TriggerLexicon(parsing: BundledResources.text(named: "triggers.tsv"))
    }

    /// Longest trigger form starting at token `index`, with every reading of it.
    func match(in tokens: [WordToken], at index: Int) -> (uses: [Use], length: Int)? {
        table.longestMatch(in: tokens, at: index).map { ($0.value, $0.length) }
    }

    /// The first entry with `lemma` and `triggerClass` (what a match names), by one table probe.
    public func entry(lemma: String, triggerClass: String) -> Entry? {
        guard let indices = entriesByLemma.value(forKey: lemma) else { return nil }
        return indices.lazy.map { entries[$0] }.first { $0.lemma == lemma && $0.triggerClass == triggerClass }
    }

    /// Whether a lowercased word is an inflected verb form of some trigger ("met", "says", "held").
    public func isInflectedVerb(key: String) -> Bool { verbWords.value(forKey: key) != nil }

    /// `isInflectedVerb(key:)` with the token's precomputed hash.
    @inline(__always)
    public func isInflectedVerb(_ token: WordToken) -> Bool { verbWords.value(for: token) != nil }

    /// Verb readings of a written form ("met" → meet/past); used to inflect verbs that are not the trigger.
    public func verbUses(of form: String) -> [(entry: Entry, form: VerbForm)] {
        // (Most forms asked about are one lowercase word, whose token needs no tokenizer pass.)
        let tokens = WordTokenizer.plainWordToken(form).map { [$0] } ?? WordTokenizer.tokens(in: form).filter(\.isWord)
        guard let hit = table.longestMatch(in: tokens, at: 0), hit.length == tokens.count else { return [] }
        return hit.value.compactMap { use in
            guard use.partOfSpeech == .verb, let f = use.verbForm else { return nil }
            return (entries[use.entry], f)
        }
    }

    private static func key(_ form: String) -> String {
        WordTokenizer.tokens(in: form).filter(\.isWord).map(\.key).joined(separator: " ")
    }
}
