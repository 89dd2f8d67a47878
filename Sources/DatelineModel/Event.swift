/// A dated (or undated-context) happening with everything the articles say about it.
public struct Event: Hashable, Codable, Sendable, Identifiable {
    /// Stable across runs: derived from the first mention's document and offset.
    public var id: String
    /// The most precise interval compatible with every mention.
    public var when: TimeSpan
    public var title: String
    public var summary: String
    /// Trigger class ("visit", "meeting", "sanction", …) that named the event.
    public var kind: String?
    public var issues: [String]
    public var actors: [String]
    public var places: [String]
    /// For each issue id, the words in the text that earned it.
    public var issueEvidence: [String: [String]]
    public var quotes: [Quote]
    public var mentions: [Mention]
    /// True when the sources give dates that do not overlap.
    public var dateConflict: Bool

    public init(id: String, when: TimeSpan, title: String, summary: String, kind: String? = nil,
                issues: [String] = [], actors: [String] = [], places: [String] = [],
                issueEvidence: [String: [String]] = [:], quotes: [Quote] = [], mentions: [Mention] = [],
                dateConflict: Bool = false) {
        self.id = id
        self.when = when
        self.title = title
        self.summary = summary
        self.kind = kind
        self.issues = issues
        self.actors = actors
        self.places = places
        self.issueEvidence = issueEvidence
        self.quotes = quotes
        self.mentions = mentions
        self.dateConflict = dateConflict
    }

    /// Distinct documents this event is told in, in mention order.
    public var documentIDs: [String] { mentions.map(\.document).distinctInOrder() }

    enum CodingKeys: String, CodingKey {
        case id, when, title, summary, kind, issues, actors, places, quotes, mentions
        case issueEvidence = "issue_evidence"
        case dateConflict = "date_conflict"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        when = try c.decodeIfPresent(TimeSpan.self, forKey: .when) ?? .undated
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
        kind = try c.decodeIfPresent(String.self, forKey: .kind)
        issues = try c.decodeIfPresent([String].self, forKey: .issues) ?? []
        actors = try c.decodeIfPresent([String].self, forKey: .actors) ?? []
        places = try c.decodeIfPresent([String].self, forKey: .places) ?? []
        issueEvidence = try c.decodeIfPresent([String: [String]].self, forKey: .issueEvidence) ?? [:]
        quotes = try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
        mentions = try c.decodeIfPresent([Mention].self, forKey: .mentions) ?? []
        dateConflict = try c.decodeIfPresent(Bool.self, forKey: .dateConflict) ?? false
    }
}

/// One label of the issue taxonomy.
public struct IssueLabel: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}
