/// Closed-class cue words (negation, modality, speech verbs, prepositions…) read from `cues.tsv`.
public struct CueLexicon: Sendable {
    /// The lists a cue file may define; unknown names are a parse error so typos surface.
    public enum List: String, CaseIterable, Sendable {
        case negation, hypothetical, intention, cancellation, future, speech, locative, determiner
        case preposition, auxiliary, passive, subjectBreak = "subject-break"
        case leadingAdverbial = "leading-adverbial", nonName = "non-name", month, weekday, attribution
        /// Paradigms "base|3rd person|past|participle" of irregular verbs.
        case irregularVerb = "irregular-verb"
        /// Lowercase particles inside personal names ("von der", "bin", "al").
        case nameParticle = "name-particle"
        /// What one meets that is not a person: "meeting the target", "met the deadline".
        case goalObject = "goal-object"
        /// Second parts of hyphenated modifiers ("Houthi-controlled", "Iranian-backed"): the
        /// compound describes something else and is no name.
        case compoundModifier = "compound-modifier"

        /// Position in `allCases`, by a switch: a `[List: …]` dictionary would hash the raw string.
        var ordinal: Int {
            switch self {
            case .negation: return 0
            case .hypothetical: return 1
            case .intention: return 2
            case .cancellation: return 3
            case .future: return 4
            case .speech: return 5
            case .locative: return 6
            case .determiner: return 7
            case .preposition: return 8
            case .auxiliary: return 9
            case .passive: return 10
            case .subjectBreak: return 11
            case .leadingAdverbial: return 12
            case .nonName: return 13
            case .month: return 14
            case .weekday: return 15
            case .attribution: return 16
            case .irregularVerb: return 17
            case .nameParticle: return 18
            case .goalObject: return 19
            case .compoundModifier: return 20
            }
        }

        var bit: UInt32 { 1 << UInt32(ordinal) }

        /// The lists a title token keeps: `TitleText` packs them from `TitleWordBits.cueShift` (40)
        /// up to its mark bits (60), so only the first 20 fit; later lists serve other stages.
        static let titleBits: UInt32 = (1 << 20) - 1
    }

    /// Phrase tables indexed by `List.ordinal` (empty for a list the file does not define, which
    /// matches nothing, as no table did). Not optional: reading an optional element for a probe
    /// copied the whole table, retaining each of its arrays.
    private var tables: [PhraseTable<Int>] = Array(repeating: PhraseTable(), count: List.allCases.count)
    /// Single-word items: key → bit set of the lists holding it, so `contains(_:key:)` is one probe.
    private var words = WordTable<UInt32>()
    /// First word of any item → bit set of the lists with an item starting with it.
    private var starters = WordTable<UInt32>()
    private var isEmpty = true
    /// Any form of an irregular verb → its 3rd-person present ("gave" → "gives").
    public private(set) var thirdPersonOf: [String: String] = [:]
    /// The same map as a `WordTable`, for probes with a token's precomputed hash.
    private var thirdPersonTable = WordTable<String>()

    /// Parses `name<TAB>item, item…` lines. Cost: linear in the file size.
    public init(parsing text: String, fileName: String = "cues.tsv") throws {
        for (number, list, items) in try DataLines.namedLists(text, fileName: fileName, of: List.self) {
            if list == .irregularVerb {
                for item in items {
                    let forms = item.split(separator: "|").map { String($0.trimmingSpaces()).lowercased() }
                    guard forms.count == 4, !forms.contains(where: \.isEmpty) else {
                        throw LexiconParseError(file: fileName, line: number, reason: .invalidValue(item))
                    }
                    for form in forms where thirdPersonOf[form] == nil {
                        thirdPersonOf[form] = forms[1]
                        thirdPersonTable[form] = forms[1]
                    }
                }
                continue
            }
            for item in items {
                let keys = WordTokenizer.tokens(in: item).filter(\.isWord).map(\.key)
                tables[list.ordinal].add(item, value: keys.count)
                isEmpty = false
                if let first = WordTokenizer.tokens(in: item).first(where: { $0.isWord || $0.key == "&" })?.key {
                    starters[first] = (starters[first] ?? 0) | list.bit
                }
                if keys.count == 1, let key = keys.first { words[key] = (words[key] ?? 0) | list.bit }
            }
        }
        if isEmpty { throw LexiconParseError(file: fileName, line: 0, reason: .empty) }
    }

    /// The bundled `cues.tsv`.
    public static func bundled() throws -> CueLexicon {
        try CueLexicon(parsing: BundledResources.text(named: "cues.tsv"))
    }

    /// Token count of the cue of `list` starting at `index`, or nil.
    public func match(_ list: List, in tokens: [WordToken], at index: Int) -> Int? {
        guard index < tokens.count, let lists = starters.value(for: tokens[index]), lists & list.bit != 0 else { return nil }
        return tables[list.ordinal].longestMatch(in: tokens, at: index)?.length
    }

    /// Whether the single word `key` (lowercased) is in `list`.
    public func contains(_ list: List, key: String) -> Bool {
        guard let lists = words.value(forKey: key) else { return false }
        return lists & list.bit != 0
    }

    /// Whether the single word of `token` is in `list`; uses the token's precomputed hash.
    @inline(__always)
    public func contains(_ list: List, token: WordToken) -> Bool {
        guard let lists = words.value(for: token) else { return false }
        return lists & list.bit != 0
    }

    /// Whether the single word spelled by `bytes` (lowercased, `WordHash` `hash`) is in `list`.
    func contains<Bytes: Collection>(_ list: List, bytes: Bytes, hash: UInt64) -> Bool where Bytes.Element == UInt8 {
        guard let lists = words.value(forBytes: bytes, hash: hash) else { return false }
        return lists & list.bit != 0
    }

    /// Bit set (`List.bit`) of the lists holding the single word spelled by `bytes` (hash `hash`).
    func lists<Bytes: Collection>(bytes: Bytes, hash: UInt64) -> UInt32 where Bytes.Element == UInt8 {
        words.value(forBytes: bytes, hash: hash) ?? 0
    }

    /// `thirdPersonOf[key]` without SipHash: one `WordTable` probe.
    func thirdPerson(ofKey key: String) -> String? { thirdPersonTable.value(forKey: key) }

    /// `thirdPersonOf[token.key]` with the token's precomputed hash.
    func thirdPerson(of token: WordToken) -> String? { thirdPersonTable.value(for: token) }

    /// Bit set (`List.bit`) of the lists holding `token`'s word as a single-word item.
    @inline(__always)
    func lists(containing token: WordToken) -> UInt32 { words.value(for: token) ?? 0 }

    /// `match(_:in:at:)` for a caller that already checked `lists(startingWith:)`.
    func match(_ list: List, in tokens: [WordToken], startingAt index: Int) -> Int? {
        tables[list.ordinal].longestMatch(in: tokens, at: index)?.length
    }

    /// Bit set (`List.bit`) of the lists with an item starting with `token`'s word.
    @inline(__always)
    func lists(startingWith token: WordToken) -> UInt32 { starters.value(for: token) ?? 0 }

    /// Whether token `index` starts a cue of `list`.
    public func starts(_ list: List, in tokens: [WordToken], at index: Int) -> Bool {
        match(list, in: tokens, at: index) != nil
    }
}
