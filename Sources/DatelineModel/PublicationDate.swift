/// When an article was published, as an interval with the evidence it rests on.
public struct PublicationDate: Hashable, Codable, Sendable {
    public var earliest: CalendarDate
    public var latest: CalendarDate
    /// Where the date came from: `metadata`, `published_line`, `byline_date`, `dateline`,
    /// `copyright_year`, `text_bounds` (see docs/timeline-format.md).
    public var basis: String

    public init(earliest: CalendarDate, latest: CalendarDate, basis: String) {
        self.earliest = min(earliest, latest)
        self.latest = max(earliest, latest)
        self.basis = basis
    }

    public init(exactly day: CalendarDate, basis: String) {
        self.init(earliest: day, latest: day, basis: basis)
    }

    /// The single day, when the evidence pins one.
    public var exactDay: CalendarDate? { earliest == latest ? earliest : nil }

    public var span: TimeSpan {
        TimeSpan(earliest: earliest, latest: latest, granularity: exactDay == nil ? .year : .day, basis: basis)
    }
}
