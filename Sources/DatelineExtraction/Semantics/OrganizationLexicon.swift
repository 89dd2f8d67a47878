/// Known organisations and the name patterns that mark others, from `organizations.txt`.
public struct OrganizationLexicon: Sendable {
    private(set) var known = PhraseTable<String>()
    /// Last words that make a capitalised sequence an organisation ("Ministry", "Technology").
    public private(set) var heads: Set<String> = []
    /// `heads` again, probed with a token's precomputed hash.
    private var headTable = WordTable<Bool>()
    /// First words (phrases) that start one ("Ministry of").
    private(set) var leads = PhraseTable<Int>()

    /// Parses "Canonical | alias | alias" lines plus "head:" and "lead:" lines.
    public init(parsing text: String, fileName: String = "organizations.txt") throws {
        var count = 0
        for (number, fields) in DataLines(text: text) {
            let line = fields.joined(separator: " ")
            if line.hasPrefix("head:") || line.hasPrefix("lead:") {
                let items = DataLines.list(String(line.dropFirst(5)))
                guard !items.isEmpty else {
                    throw LexiconParseError(file: fileName, line: number, reason: .emptyField(index: 1))
                }
                for item in items {
                    if line.hasPrefix("head:") {
                        let head = WordTokenizer.tokens(in: item).filter(\.isWord).map(\.key).joined(separator: " ")
                        heads.insert(head)
                        headTable[head] = true
                    } else {
                        leads.add(item, value: WordTokenizer.tokens(in: item).filter(\.isWord).count)
                    }
                }
                continue
            }
            let names = line.split(separator: "|").map { String($0.trimmingSpaces()) }
            guard let canonical = names.first, !canonical.isEmpty, !names.contains(where: \.isEmpty) else {
                throw LexiconParseError(file: fileName, line: number, reason: .invalidValue(line))
            }
            for name in names { known.add(name, value: canonical) }
            count += 1
        }
        if count == 0 { throw LexiconParseError(file: fileName, line: 0, reason: .empty) }
    }

    public static func bundled() throws -> OrganizationLexicon {
        try OrganizationLexicon(parsing: BundledResources.text(named: "organizations.txt"))
    }

    /// A known organisation at `index` (capitalised first word): canonical name and token count.
    public func knownMatch(in tokens: [WordToken], at index: Int) -> (name: String, length: Int)? {
        guard index < tokens.count, tokens[index].isCapitalized,
              let hit = known.longestMatch(in: tokens, at: index) else { return nil }
        return (hit.value, hit.length)
    }

    /// Whether `token` is an organisation head word, with or without a trailing period ("Co.", "Inc").
    func isHead(_ token: WordToken) -> Bool {
        if headTable.value(for: token) != nil { return true }
        guard token.keyLastByte == UInt8(ascii: "."), !headTable.isEmpty else { return false }
        return token.keyBits.withBytes { key in
            let stem = UnsafeBufferPointer(rebasing: key.dropLast())
            return headTable.value(forBytes: stem, hash: WordHash.of(bytes: stem)) != nil
        }
    }

    /// Length of an organisation-starting phrase ("Ministry of") at `index`.
    func leadLength(in tokens: [WordToken], at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].isCapitalized else { return nil }
        return leads.longestMatch(in: tokens, at: index)?.length
    }
}
