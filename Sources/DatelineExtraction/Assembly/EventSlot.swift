import DatelineModel

/// Where one event sits in a document: its sentence, the expression that dates it and the trigger
/// that names it. The analyzer fills in titles, entities and issues from here.
public struct EventSlot: Hashable, Sendable {
    public var sentence: Int
    /// The dating expression; nil for undated context.
    public var timex: TemporalExpression?
    public var trigger: TriggerMatch?
    /// The interval the document supports (the expression's, refined by a duration when one applies).
    public var span: TimeSpan
    /// UTF-8 byte range of the sentence that belongs to this event: the whole sentence, or, when the
    /// sentence dates several events, the stretch around this one's expression and trigger.
    public var segment: Range<Int>

    public init(sentence: Int, timex: TemporalExpression?, trigger: TriggerMatch?, span: TimeSpan, segment: Range<Int>) {
        self.sentence = sentence
        self.timex = timex
        self.trigger = trigger
        self.span = span
        self.segment = segment
    }
}
