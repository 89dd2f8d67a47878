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
        var out: [String] = []
        for m in mentions where m.kind == .place || m.kind == .government { Self.add(m.name, to: &out) }
        return out
    }

    /// People first, then organisations, then governments.
    public var actors: [String] {
        var out: [String] = []
        for kind in [EntityMention.Kind.person, .organization, .government] {
            for m in mentions where m.kind == kind { Self.add(m.name, to: &out) }
        }
        return out
    }

    /// Appends `name` unless present (a sentence names few entities: a linear search is cheapest).
    private static func add(_ name: String, to list: inout [String]) {
        if !list.contains(name) { list.append(name) }
    }

    /// The mention whose range contains byte `offset`, if any.
    public func mention(at offset: Int) -> EntityMention? {
        mentions.first { $0.range.contains(offset) }
    }

    private func names(of kind: EntityMention.Kind) -> [String] {
        var out: [String] = []
        for m in mentions where m.kind == kind { Self.add(m.name, to: &out) }
        return out
    }

    static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
