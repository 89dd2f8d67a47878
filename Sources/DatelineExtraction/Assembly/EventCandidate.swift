import DatelineModel

/// One event as a single sentence of a single article tells it, before merging across articles.
public struct EventCandidate: Hashable, Sendable {
    public var mention: Mention
    /// The date this article supports (also in `mention.when`); `.undated` for context events.
    public var when: TimeSpan
    public var title: String
    public var kind: String?
    public var actors: [String]
    public var places: [String]
    public var issueEvidence: [String: [String]]
    public var quotes: [Quote]
    /// Lowercased content words of the sentence (stop words removed) for matching across articles,
    /// packed in one byte buffer (`ContentWordList.words` gives them as Strings).
    public var contentWords: ContentWordList

    public init(mention: Mention, when: TimeSpan, title: String, kind: String? = nil, actors: [String] = [],
                places: [String] = [], issueEvidence: [String: [String]] = [:], quotes: [Quote] = [],
                contentWords: [String] = []) {
        self.init(mention: mention, when: when, title: title, kind: kind, actors: actors, places: places,
                  issueEvidence: issueEvidence, quotes: quotes, contentWords: ContentWordList(contentWords))
    }

    public init(mention: Mention, when: TimeSpan, title: String, kind: String? = nil, actors: [String] = [],
                places: [String] = [], issueEvidence: [String: [String]] = [:], quotes: [Quote] = [],
                contentWords: ContentWordList) {
        self.mention = mention
        self.when = when
        self.title = title
        self.kind = kind
        self.actors = actors
        self.places = places
        self.issueEvidence = issueEvidence
        self.quotes = quotes
        self.contentWords = contentWords
    }

    public var documentID: String { mention.document }
}
