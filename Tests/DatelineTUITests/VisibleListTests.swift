import DatelineModel
import Testing
@testable import DatelineTUI

@Suite struct VisibleListTests {
    /// Reference model: sort positions by (group key, position) and lay rows out one by one.
    static func referenceRows(_ events: [Event], positions: [Int]) -> [VisibleListTests.RefRow] {
        let sorted = positions.sorted { (GroupKey.of(events[$0].when), $0) < (GroupKey.of(events[$1].when), $1) }
        var rows: [RefRow] = []
        var previousKey: Int?
        for position in sorted {
            let key = GroupKey.of(events[position].when)
            if key != previousKey {
                if key == GroupKey.undated {
                    rows.append(.heading("undated"))
                } else {
                    if previousKey == nil || GroupKey.year(previousKey ?? 0) != GroupKey.year(key) || previousKey == GroupKey.undated {
                        rows.append(.heading("year \(GroupKey.year(key))"))
                    }
                    if GroupKey.month(key) != 0 { rows.append(.heading("month \(GroupKey.month(key))")) }
                }
                previousKey = key
            }
            rows.append(.event(position))
        }
        return rows
    }

    enum RefRow: Equatable { case heading(String), event(Int) }

    static func rows(_ list: VisibleList) -> [RefRow] {
        (0..<list.rowCount).compactMap { row in
            switch list.content(ofRow: row) {
            case .yearHeading(let g)?:
                let group = list.groups[g]
                return .heading(group.isUndated ? "undated" : "year \(GroupKey.year(group.key))")
            case .monthHeading(let g)?: return .heading("month \(GroupKey.month(list.groups[g].key))")
            case .event(let item)?: return .event(list.items[item])
            case nil: return nil
            }
        }
    }

    @Test(arguments: [[0, 1, 2, 3, 4, 5, 6, 7, 8], [0, 5, 8], [2, 3, 4], [8], [], [5, 6]])
    func layoutMatchesReferenceModel(_ positions: [Int]) {
        let state = Fixture.state()
        let list = VisibleList(positions: positions, rankOf: state.catalog.rankOf, keys: state.catalog.keys)
        #expect(Self.rows(list) == Self.referenceRows(state.timeline.events, positions: positions))
        for item in 0..<list.count {
            #expect(list.content(ofRow: list.row(ofItem: item)) == .event(item: item))
            #expect(list.item(ofPosition: list.items[item], rankOf: state.catalog.rankOf) == item)
        }
    }

    @Test func yearOnlyEventsComeFirstInTheirYearAndUndatedLast() {
        let state = Fixture.state()
        let ids = state.visible.items.map { state.timeline.events[$0].id }
        // e6 is "2023 (after May 9)": before February 2023's events although it starts in May.
        #expect(ids == ["e1", "e2", "e6", "e3", "e4", "e5", "e7", "e8", "e9"])
        #expect(state.visible.groups.last?.isUndated == true)
    }

    @Test func yearHeadingsCountTheWholeYear() {
        let state = Fixture.state()
        let opening = state.visible.groups.filter { $0.opensYear && !$0.isUndated }
        #expect(opening.map(\.yearCount) == [2, 4, 2])
    }

    @Test(arguments: [
        (TimeSpan.day(Fixture.day(2024, 4, 26)), 2024 * 13 + 4),
        (Fixture.span(Fixture.day(2024, 1, 1), Fixture.day(2024, 12, 31), .year), 2024 * 13),
        (Fixture.span(Fixture.day(2024, 3, 1), Fixture.day(2024, 5, 31), .season), 2024 * 13),
        (Fixture.span(Fixture.day(2024, 1, 29), Fixture.day(2024, 2, 4), .week), 2024 * 13 + 1),
        (TimeSpan(earliest: Fixture.day(2024, 5, 10), latest: nil, granularity: .day), 2024 * 13 + 5),
        (TimeSpan(earliest: nil, latest: Fixture.day(2024, 5, 10), granularity: .day), 2024 * 13),
        (TimeSpan.undated, GroupKey.undated),
    ])
    func groupKeys(_ span: TimeSpan, _ key: Int) {
        #expect(GroupKey.of(span) == key)
    }

    @Test(arguments: [
        ("2023-02", 2023 * 13 + 2), ("feb 2023", 2023 * 13 + 2), ("February 2023", 2023 * 13 + 2),
        ("2023 feb", 2023 * 13 + 2), ("2024", 2024 * 13), ("2023-02-14", 2023 * 13 + 2), ("Feb 14, 2023", 2023 * 13 + 2),
    ])
    func dateQueries(_ text: String, _ key: Int) {
        #expect(DateQuery.groupKey(text) == key)
    }

    @Test(arguments: ["", "feb", "2023-13", "yesterday", "99 2023"])
    func unreadableDateQueries(_ text: String) {
        #expect(DateQuery.groupKey(text) == nil)
    }
}

@Suite struct UnionTests {
    @Test(arguments: [
        [[Int]](), [[1, 3, 5]], [[1, 3, 5], [2, 3, 6]], [[], [4]], [[1, 2], [2, 3], [3, 4], [0, 9], [5]],
    ])
    func unionMatchesASetUnion(_ lists: [[Int]]) {
        #expect(BrowserState.union(lists) == Array(Set(lists.flatMap { $0 })).sorted())
        #expect(BrowserState.intersect(lists.first ?? [], lists.last ?? []) ==
                Array(Set(lists.first ?? []).intersection(lists.last ?? [])).sorted())
    }
}
