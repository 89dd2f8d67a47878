/// One article as read from a file, before analysis: normalised text plus whatever metadata the file carried.
public struct ArticleRecord: Hashable, Sendable {
    /// File stem, or `stem#N` for the N-th (1-based) record of a JSON/JSONL file.
    public var id: String
    public var path: String
    /// Normalised text: BOM removed, LF line ends, valid UTF-8, no control characters or escape sequences.
    public var text: String
    /// Title from metadata (JSON `title`), if any.
    public var title: String?
    /// Raw date string from metadata (JSON `date`, `date_publish`, `published`), if any.
    public var dateString: String?
    public var url: String?
    public var source: String?

    public init(id: String, path: String, text: String, title: String? = nil, dateString: String? = nil,
                url: String? = nil, source: String? = nil) {
        self.id = id
        self.path = path
        self.text = text
        self.title = title
        self.dateString = dateString
        self.url = url
        self.source = source
    }
}
