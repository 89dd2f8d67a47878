/// Abbreviations and sentence-starting words for `SentenceSplitter`
/// (parsed from `Resources/abbreviations.txt`; see that file for the sections).
public struct AbbreviationLexicon: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case title, month, number, other
    }

    /// Lowercased abbreviation (no final period) → kind. A word in two sections keeps the first.
    public private(set) var kinds: [String: Kind] = [:]
    /// Lowercased words that usually begin a sentence.
    public private(set) var starters: Set<String> = []

    /// Parses the lexicon text; lines outside a known section are ignored.
    public init(parsing text: String) {
        var section: String?
        for rawLine in text.split(separator: "\n") {
            let line = rawLine.trimming(" \r\t")
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                section = String(line.dropFirst().dropLast())
                continue
            }
            let word = line.lowercased()
            if section == "starter" {
                starters.insert(word)
            } else if let section, let kind = Kind(rawValue: section), kinds[word] == nil {
                kinds[word] = kind
            }
        }
    }

    /// The bundled `abbreviations.txt`.
    public static func bundled() throws -> AbbreviationLexicon {
        AbbreviationLexicon(parsing: try BundledResources.text(named: "abbreviations.txt"))
    }

    public func kind(of word: String) -> Kind? { kinds[word.lowercased()] }

    public func isStarter(_ word: String) -> Bool { starters.contains(word.lowercased()) }
}
