import DatelineModel

/// An absolute date the article mentions, with the tense of its clause: the raw material of
/// publication-date bounds. A past-tense mention bounds publication from below (publication is on
/// or after its latest day); a future-tense one from above (publication is before its earliest day).
/// Present and unknown tense bound nothing.
public struct DatedObservation: Hashable, Sendable {
    public var span: TimeSpan
    public var tense: Tense
    /// The start of a state that still holds ("detained since December 2020"): it bounds publication
    /// from below but says nothing of how long ago it was.
    public var isOnset: Bool

    public init(span: TimeSpan, tense: Tense, isOnset: Bool = false) {
        self.span = span
        self.tense = tense
        self.isOnset = isOnset
    }
}

/// The interval publication must lie in, from dated observations; either side may be open.
public struct PublicationBounds: Hashable, Sendable {
    /// Publication is on or after this day.
    public var earliest: CalendarDate?
    /// Publication is on or before this day.
    public var latest: CalendarDate?

    public init(earliest: CalendarDate? = nil, latest: CalendarDate? = nil) {
        self.earliest = earliest
        self.latest = latest
    }

    /// Bounds from observations. When past and future mentions contradict each other, the future
    /// ones that conflict are dropped: "would"/"will" in reported speech mislabels tense more often
    /// than a past verb does.
    public init(_ observations: [DatedObservation]) {
        let past = observations.filter { $0.tense == .past }.compactMap { $0.span.latest ?? $0.span.earliest }
        let future = observations.filter { $0.tense == .future }.compactMap { $0.span.earliest ?? $0.span.latest }
        let lower = past.max()
        let upper = future.filter { day in lower.map { day > $0 } ?? true }.min()
        self.init(earliest: lower, latest: upper?.adding(days: -1))
    }

    public var isEmpty: Bool { earliest == nil && latest == nil }

    public func contains(_ day: CalendarDate) -> Bool {
        (earliest.map { day >= $0 } ?? true) && (latest.map { day <= $0 } ?? true)
    }

    /// `earliest ... latest` clipped to these bounds, or nil when nothing is left.
    public func clip(_ earliest: CalendarDate, _ latest: CalendarDate) -> (CalendarDate, CalendarDate)? {
        let lo = Swift.max(earliest, self.earliest ?? earliest)
        let hi = Swift.min(latest, self.latest ?? latest)
        return lo <= hi ? (lo, hi) : nil
    }
}
