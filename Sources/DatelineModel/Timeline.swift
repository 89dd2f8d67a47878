/// The finished chronology: documents, taxonomy and events in display order, with lookup indexes.
///
/// Events are sorted dated first by (earliest, latest), then undated context. The indexes hold
/// positions into `events`, in ascending order, so a filter is a merge of sorted lists, not a scan.
public struct Timeline: Sendable, Equatable {
    public static let format = "dateline.timeline"
    public static let version = 1

    public var documents: [Document]
    public var issues: [IssueLabel]
    public var events: [Event]
    /// Messages about input that was skipped or repaired (not part of the JSON format).
    public var warnings: [String]
    public private(set) var index: TimelineIndex

    public init(documents: [Document], issues: [IssueLabel], events: [Event], warnings: [String] = []) {
        self.documents = documents
        self.issues = issues
        self.events = events
        self.warnings = warnings
        self.index = TimelineIndex(events: events)
    }

    public func document(id: String) -> Document? {
        index.documentPosition(id, in: documents).map { documents[$0] }
    }
}

extension Timeline: Codable {
    enum CodingKeys: String, CodingKey { case format, version, documents, issues, events }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let format = try c.decode(String.self, forKey: .format)
        guard format == Timeline.format else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: c, debugDescription: "not a \(Timeline.format) file")
        }
        self.init(documents: try c.decode([Document].self, forKey: .documents),
                  issues: try c.decodeIfPresent([IssueLabel].self, forKey: .issues) ?? [],
                  events: try c.decode([Event].self, forKey: .events))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Timeline.format, forKey: .format)
        try c.encode(Timeline.version, forKey: .version)
        try c.encode(documents, forKey: .documents)
        try c.encode(issues, forKey: .issues)
        try c.encode(events, forKey: .events)
    }
}
