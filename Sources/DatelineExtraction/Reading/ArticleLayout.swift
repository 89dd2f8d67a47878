/// Where the story is in an article's normalised text: the headline, the story paragraphs, and the
/// page furniture around them. All ranges are UTF-8 byte ranges of the text, without line breaks
/// or surrounding spaces.
public struct ArticleLayout: Hashable, Sendable {
    /// One line that is not story text, and why.
    public struct BoilerplateLine: Hashable, Sendable {
        public var range: Range<Int>
        public var kind: BoilerplateLexicon.Kind

        public init(range: Range<Int>, kind: BoilerplateLexicon.Kind) {
            self.range = range
            self.kind = kind
        }
    }

    /// The headline as written (or the metadata title when the text does not repeat it).
    public var headline: String?
    /// The headline's line in the text; nil when the text has none or it came from metadata only.
    public var headlineRange: Range<Int>?
    /// Story paragraphs in text order; a paragraph may span several lines of hard-wrapped text.
    public var paragraphs: [Range<Int>]
    /// Non-story lines in text order, with their kind; kept as evidence (dates, copyright).
    public var boilerplateLines: [BoilerplateLine]

    /// Ranges of `boilerplateLines`.
    public var boilerplate: [Range<Int>] { boilerplateLines.map(\.range) }

    public init(headline: String? = nil, headlineRange: Range<Int>? = nil, paragraphs: [Range<Int>] = [],
                boilerplateLines: [BoilerplateLine] = []) {
        self.headline = headline
        self.headlineRange = headlineRange
        self.paragraphs = paragraphs
        self.boilerplateLines = boilerplateLines
    }
}

extension String {
    /// The text of a UTF-8 byte range (clamped to the string; never traps).
    public func utf8Slice(_ range: Range<Int>) -> String {
        let count = utf8.count
        let lower = Swift.max(0, Swift.min(range.lowerBound, count))
        let upper = Swift.max(lower, Swift.min(range.upperBound, count))
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let end = utf8.index(start, offsetBy: upper - lower)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
