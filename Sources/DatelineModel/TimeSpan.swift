/// An honest date interval: the earliest and latest day the text allows, and the unit it was named in.
///
/// Both bounds are inclusive. `nil` bounds are open; an undated span has both `nil`.
public struct TimeSpan: Hashable, Sendable {
    public var earliest: CalendarDate?
    public var latest: CalendarDate?
    public var granularity: Granularity
    /// How the date was reached ("dateline", "relative to publication", …); optional.
    public var basis: String?

    public init(earliest: CalendarDate?, latest: CalendarDate?, granularity: Granularity, basis: String? = nil) {
        self.earliest = earliest
        self.latest = latest
        self.granularity = granularity
        self.basis = basis
    }

    public static let undated = TimeSpan(earliest: nil, latest: nil, granularity: .undated)

    public static func day(_ date: CalendarDate) -> TimeSpan {
        TimeSpan(earliest: date, latest: date, granularity: .day)
    }

    public var isDated: Bool { earliest != nil || latest != nil }

    /// Number of days covered, or nil when a bound is open.
    public var width: Int? {
        guard let e = earliest, let l = latest else { return nil }
        return l.dayNumber - e.dayNumber + 1
    }

    /// True when the two intervals share at least one day (open bounds extend forever).
    public func overlaps(_ other: TimeSpan) -> Bool {
        guard isDated, other.isDated else { return false }
        let lo1 = earliest?.dayNumber ?? Int.min, hi1 = latest?.dayNumber ?? Int.max
        let lo2 = other.earliest?.dayNumber ?? Int.min, hi2 = other.latest?.dayNumber ?? Int.max
        return lo1 <= hi2 && lo2 <= hi1
    }

    /// True when every day of `self` lies inside `other`.
    public func isWithin(_ other: TimeSpan) -> Bool {
        guard isDated, other.isDated else { return false }
        let lo1 = earliest?.dayNumber ?? Int.min, hi1 = latest?.dayNumber ?? Int.max
        let lo2 = other.earliest?.dayNumber ?? Int.min, hi2 = other.latest?.dayNumber ?? Int.max
        return lo2 <= lo1 && hi1 <= hi2
    }

    /// Readable form that never claims more precision than the interval has.
    public var label: String { DateLabel.label(for: self) }
}

extension TimeSpan: Codable {
    enum CodingKeys: String, CodingKey { case earliest, latest, granularity, label, basis }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        earliest = try c.decodeIfPresent(CalendarDate.self, forKey: .earliest)
        latest = try c.decodeIfPresent(CalendarDate.self, forKey: .latest)
        granularity = try c.decodeIfPresent(Granularity.self, forKey: .granularity) ?? .undated
        basis = try c.decodeIfPresent(String.self, forKey: .basis)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        // Explicit nulls: readers of the format expect both keys.
        try c.encode(earliest, forKey: .earliest)
        try c.encode(latest, forKey: .latest)
        try c.encode(granularity, forKey: .granularity)
        try c.encode(label, forKey: .label)
        try c.encodeIfPresent(basis, forKey: .basis)
    }
}
