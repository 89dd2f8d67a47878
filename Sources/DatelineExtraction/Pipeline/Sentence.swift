/// A sentence of a document's normalised text.
public struct Sentence: Hashable, Sendable {
    public var text: String
    /// UTF-8 byte range of `text` in the document's normalised text.
    public var range: Range<Int>
    /// Index of the paragraph it belongs to (0-based, headline excluded).
    public var paragraph: Int

    public init(text: String, range: Range<Int>, paragraph: Int) {
        self.text = text
        self.range = range
        self.paragraph = paragraph
    }
}
