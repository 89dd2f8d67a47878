/// The calendar unit named by the expression that dates an event (CONVENTIONS §7), not the width of its interval.
public enum Granularity: String, Codable, Sendable, CaseIterable, Comparable {
    case day, week, month, season, quarter, year, decade, undated

    /// Finer units sort first.
    var rank: Int {
        switch self {
        case .day: 0
        case .week: 1
        case .month: 2
        case .season: 3
        case .quarter: 4
        case .year: 5
        case .decade: 6
        case .undated: 7
        }
    }

    public static func < (lhs: Granularity, rhs: Granularity) -> Bool { lhs.rank < rhs.rank }
}
