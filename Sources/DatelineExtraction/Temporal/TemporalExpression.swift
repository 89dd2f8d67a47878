import DatelineModel

/// A temporal expression found in a sentence, recognised and (where possible) resolved to an interval.
public struct TemporalExpression: Hashable, Sendable {
    /// TIMEX3 type.
    public enum Kind: String, Sendable, Hashable { case date = "DATE", time = "TIME", duration = "DURATION", set = "SET" }

    /// The expression as written.
    public var text: String
    /// UTF-8 byte range in the sentence's text.
    public var range: Range<Int>
    public var kind: Kind
    /// TIMEX3 value: `2024-04-26`, `2024-04`, `2023-W18`, `2024-SP`, `2023-Q3`, `P3D`, `PRESENT_REF`, …
    public var value: String
    /// TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, …
    public var mod: String?
    /// The resolved interval; `.undated` when it cannot be resolved.
    public var span: TimeSpan
    /// Whether the expression can date an event by itself (false for durations, sets, vague spans, modifiers).
    public var datesEvents: Bool
    /// Whether the interval depends on the publication date ("last week", "on Friday").
    public var isRelativeToPublication: Bool
    /// For an offset from an event ("two days after the meeting"): the TIMEX3 DURATION that TimeML tags
    /// ("two days", `P2D`), while the expression itself is the resolved DATE. Nil otherwise.
    public var offset: Offset?

    /// The duration part of an anchored offset, as TimeML annotates it.
    public struct Offset: Hashable, Sendable {
        /// TIMEX3 duration value, e.g. `P2D`.
        public var value: String
        /// UTF-8 byte range of the duration words, in the same text as `TemporalExpression.range`.
        public var range: Range<Int>

        public init(value: String, range: Range<Int>) {
            self.value = value
            self.range = range
        }
    }

    public init(text: String, range: Range<Int>, kind: Kind, value: String, mod: String? = nil,
                span: TimeSpan, datesEvents: Bool, isRelativeToPublication: Bool, offset: Offset? = nil) {
        self.offset = offset
        self.text = text
        self.range = range
        self.kind = kind
        self.value = value
        self.mod = mod
        self.span = span
        self.datesEvents = datesEvents
        self.isRelativeToPublication = isRelativeToPublication
    }
}
