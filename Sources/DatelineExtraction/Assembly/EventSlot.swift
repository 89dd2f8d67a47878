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

    public init(sentence: Int, timex: TemporalExpression?, trigger: TriggerMatch?, span: TimeSpan) {
        self.sentence = sentence
        self.timex = timex
        self.trigger = trigger
        self.span = span
    }
}
