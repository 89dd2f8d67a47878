/// The explicit publication-date sources of one article, as found, before any choice between them.
public struct PublicationEvidence: Hashable, Sendable {
    /// A source text and the dates read from it.
    public struct Source: Hashable, Sendable {
        /// The line or string the dates come from.
        public var text: String
        /// One reading, or two for an ambiguous numeric date; a dateline's reading has no year.
        public var readings: [PartialDate]
        /// ISO weekdays named in the same text ("Posted Monday 06/03/2024" → [1]).
        public var weekdays: [Int]

        public init(text: String, readings: [PartialDate], weekdays: [Int] = []) {
            self.text = text
            self.readings = readings
            self.weekdays = weekdays
        }
    }

    /// The record's metadata date string (JSON `date`, `date_publish`, `published`).
    public var metadata: Source?
    /// A "Published …" / "Posted …" line.
    public var publishedLine: Source?
    /// A date line or byline with a date under the headline ("Oct. 28, 2023 | 8:12 p.m. ET").
    public var bylineDate: Source?
    /// An "Updated …" line (publication is on or before it).
    public var updatedLine: Source?
    /// A wire dateline at the start of the story ("WASHINGTON, Jan 15 (Reuters) -").
    public var dateline: Source?
    /// The latest year of a copyright line ("© 2023 …").
    public var copyrightYear: Int?
    /// The numeric-date order the story's unambiguous dates show; gathered only when a source is an
    /// ambiguous numeric date, which it then decides when no weekday does.
    public var numericOrder: NumericDateOrder?

    public init(metadata: Source? = nil, publishedLine: Source? = nil, bylineDate: Source? = nil,
                updatedLine: Source? = nil, dateline: Source? = nil, copyrightYear: Int? = nil) {
        self.metadata = metadata
        self.publishedLine = publishedLine
        self.bylineDate = bylineDate
        self.updatedLine = updatedLine
        self.dateline = dateline
        self.copyrightYear = copyrightYear
    }

    public var isEmpty: Bool {
        metadata == nil && publishedLine == nil && bylineDate == nil && updatedLine == nil && dateline == nil
            && copyrightYear == nil
    }
}
