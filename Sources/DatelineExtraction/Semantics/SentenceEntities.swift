/// One name found in a sentence.
public struct EntityMention: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case person, organization
        /// A country or capital standing for its government ("Beijing said", "China's decision").
        case government
        /// A country, city or region as a location, or a demonym ("Chinese").
        case place
    }

    public var kind: Kind
    /// UTF-8 byte range in the sentence (a possessive `'s` excluded).
    public var range: Range<Int>
    /// As written ("Blinken").
    public var text: String
    /// Normalised ("Antony Blinken", "China", "United Nations").
    public var name: String

    public init(kind: Kind, range: Range<Int>, text: String, name: String) {
        self.kind = kind
        self.range = range
        self.text = text
        self.name = name
    }
}

/// The people, organisations, governments and places of one sentence, each list deduplicated in text order.
public struct SentenceEntities: Hashable, Sendable {
    public var mentions: [EntityMention]

    public init(mentions: [EntityMention] = []) {
        self.mentions = mentions
    }

    public var people: [String] { names(of: .person) }
    public var organizations: [String] { names(of: .organization) }
    public var governments: [String] { names(of: .government) }
    /// Countries (including governments and demonyms) and cities/regions.
    public var places: [String] {
        Self.unique(mentions.compactMap { m in
            switch m.kind {
            case .place: return m.name
            case .government: return m.name
            case .person, .organization: return nil
            }
        })
    }

    /// People first, then organisations, then governments.
    public var actors: [String] { Self.unique(people + organizations + governments) }

    /// The mention whose range contains byte `offset`, if any.
    public func mention(at offset: Int) -> EntityMention? {
        mentions.first { $0.range.contains(offset) }
    }

    private func names(of kind: EntityMention.Kind) -> [String] {
        Self.unique(mentions.filter { $0.kind == kind }.map(\.name))
    }

    static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
