/// One sentence of one article that tells of an event, with the date that article supports.
public struct Mention: Hashable, Codable, Sendable {
    public var document: String
    public var sentence: String
    /// UTF-8 byte offset and length of the sentence in the document's normalised text.
    public var offset: Int
    public var length: Int
    /// The temporal expression that dates the event in this sentence, as written.
    public var timex: String?
    /// UTF-8 byte offset and length of `timex` in the normalised text, for highlighting.
    public var timexOffset: Int?
    public var timexLength: Int?
    public var when: TimeSpan?

    public init(document: String, sentence: String, offset: Int, length: Int, timex: String? = nil,
                timexOffset: Int? = nil, timexLength: Int? = nil, when: TimeSpan? = nil) {
        self.document = document
        self.sentence = sentence
        self.offset = offset
        self.length = length
        self.timex = timex
        self.timexOffset = timexOffset
        self.timexLength = timexLength
        self.when = when
    }

    enum CodingKeys: String, CodingKey {
        case document, sentence, offset, length, timex, when
        case timexOffset = "timex_offset"
        case timexLength = "timex_length"
    }

    /// Every key is written, with null where there is nothing, as docs/timeline-format.md lists them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(offset, forKey: .offset)
        try container.encode(length, forKey: .length)
        try container.encode(timex, forKey: .timex)
        try container.encode(timexOffset, forKey: .timexOffset)
        try container.encode(timexLength, forKey: .timexLength)
        try container.encode(when, forKey: .when)
    }
}

/// Words attributed to a speaker in the text.
public struct Quote: Hashable, Codable, Sendable {
    public var speaker: String?
    public var text: String

    public init(speaker: String?, text: String) {
        self.speaker = speaker
        self.text = text
    }
}
