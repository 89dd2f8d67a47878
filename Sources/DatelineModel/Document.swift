/// One article as Dateline read it. `text` is the normalised text every offset in the model refers to.
public struct Document: Hashable, Sendable, Identifiable {
    /// File stem, or `stem#N` for the N-th (1-based) record of a JSON/JSONL file.
    public var id: String
    public var path: String
    public var title: String
    public var url: String?
    public var source: String?
    public var published: PublicationDate?
    /// Normalised text (BOM removed, LF line ends, UTF-8, no control characters).
    public var text: String

    public init(id: String, path: String, title: String, url: String? = nil, source: String? = nil,
                published: PublicationDate? = nil, text: String) {
        self.id = id
        self.path = path
        self.title = title
        self.url = url
        self.source = source
        self.published = published
        self.text = text
    }
}

extension Document: Codable {
    // The export carries metadata only: the text stays in the source files.
    enum CodingKeys: String, CodingKey { case id, path, title, url, source, published }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        path = try c.decodeIfPresent(String.self, forKey: .path) ?? ""
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        url = try c.decodeIfPresent(String.self, forKey: .url)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        published = try c.decodeIfPresent(PublicationDate.self, forKey: .published)
        text = ""
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(path, forKey: .path)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(url, forKey: .url)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encode(published, forKey: .published)
    }
}
