/// The events the list shows, in display order, with the year and month headings between them.
///
/// Rows are headings and events; `items` index events. Row↔item lookups binary-search the groups,
/// so they cost O(log g) however many events there are.
struct VisibleList: Sendable {
    struct Group: Sendable, Equatable {
        /// `GroupKey` of the group.
        var key: Int
        var firstItem: Int
        var count: Int
        var firstRow: Int
        /// Year heading (when the year changes) plus month heading (for month groups).
        var headingRows: Int
        /// Events in the whole year (for the year heading), when this group opens the year.
        var yearCount: Int

        var isUndated: Bool { key == GroupKey.undated }
        var isMonth: Bool { !isUndated && GroupKey.month(key) != 0 }
        var opensYear: Bool { headingRows == 2 || (headingRows == 1 && !isMonth) }
        var firstEventRow: Int { firstRow + headingRows }
    }

    /// A row of the list.
    enum Row: Equatable {
        case yearHeading(group: Int)
        case monthHeading(group: Int)
        case event(item: Int)
    }

    /// Event positions (into `timeline.events`) in display order.
    let items: [Int]
    let groups: [Group]
    let rowCount: Int

    var count: Int { items.count }
    var isEmpty: Bool { items.isEmpty }

    /// Groups `positions` (ascending) by key with a stable counting sort. O(m + number of keys).
    init(positions: [Int], rankOf: [Int32], keys: [Int]) {
        var counts = [Int](repeating: 0, count: keys.count)
        for position in positions { counts[Int(rankOf[position])] += 1 }
        var starts = [Int](repeating: 0, count: keys.count)
        var running = 0
        for rank in keys.indices { starts[rank] = running; running += counts[rank] }
        var items = [Int](repeating: 0, count: positions.count)
        var next = starts
        for position in positions {
            let rank = Int(rankOf[position])
            items[next[rank]] = position
            next[rank] += 1
        }
        var groups: [Group] = []
        var row = 0
        var previousYear: Int?
        for rank in keys.indices where counts[rank] > 0 {
            let key = keys[rank]
            let undated = key == GroupKey.undated
            let year = GroupKey.year(key)
            let newYear = undated || year != previousYear
            let headings = undated ? 1 : (newYear ? 1 : 0) + (GroupKey.month(key) != 0 ? 1 : 0)
            if newYear, let last = groups.indices.last, !groups[last].isUndated {
                // Close the previous year's count.
                var open = last
                while open > 0 && !groups[open].opensYear { open -= 1 }
                groups[open].yearCount = groups[open...last].reduce(0) { $0 + $1.count }
            }
            groups.append(Group(key: key, firstItem: starts[rank], count: counts[rank], firstRow: row,
                                headingRows: headings, yearCount: 0))
            row += headings + counts[rank]
            previousYear = undated ? nil : year
        }
        if let last = groups.indices.last, !groups[last].isUndated {
            var open = last
            while open > 0 && !groups[open].opensYear { open -= 1 }
            groups[open].yearCount = groups[open...last].reduce(0) { $0 + $1.count }
        }
        self.items = items
        self.groups = groups
        self.rowCount = row
    }

    /// Index of the group holding `item`. O(log g).
    func groupIndex(ofItem item: Int) -> Int { lastGroup(startingAtOrBefore: item, by: \.firstItem) }

    /// Index of the group whose rows include `row`. O(log g).
    func groupIndex(ofRow row: Int) -> Int { lastGroup(startingAtOrBefore: row, by: \.firstRow) }

    /// The last group whose `start` is at or before `value` (groups are sorted by both starts), 0 if none.
    private func lastGroup(startingAtOrBefore value: Int, by start: (Group) -> Int) -> Int {
        var low = 0, high = groups.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if start(groups[mid]) <= value { low = mid } else { high = mid - 1 }
        }
        return max(0, low)
    }

    func row(ofItem item: Int) -> Int {
        guard !groups.isEmpty else { return 0 }
        let group = groups[groupIndex(ofItem: item)]
        return group.firstEventRow + (item - group.firstItem)
    }

    /// What is drawn at `row`, or nil past the end. O(log g).
    func content(ofRow row: Int) -> Row? {
        guard row >= 0, row < rowCount, !groups.isEmpty else { return nil }
        let g = groupIndex(ofRow: row)
        let group = groups[g]
        let offset = row - group.firstRow
        if offset < group.headingRows {
            if group.headingRows == 2 { return offset == 0 ? .yearHeading(group: g) : .monthHeading(group: g) }
            return group.isMonth ? .monthHeading(group: g) : .yearHeading(group: g)
        }
        return .event(item: group.firstItem + offset - group.headingRows)
    }

    /// The first event at or below `row` (the last event when past the end).
    func item(atOrAfterRow row: Int) -> Int {
        guard !items.isEmpty else { return 0 }
        if case .event(let item)? = content(ofRow: max(0, row)) { return item }
        if row >= rowCount { return items.count - 1 }
        let group = groups[groupIndex(ofRow: max(0, row))]
        return group.firstItem
    }

    /// Where the event at `position` is listed, or nil when it is filtered out. O(log m).
    func item(ofPosition position: Int, rankOf: [Int32]) -> Int? {
        let key = (rankOf[position], position)
        var low = 0, high = items.count
        while low < high {
            let mid = (low + high) / 2
            let probe = (rankOf[items[mid]], items[mid])
            if probe < key { low = mid + 1 } else { high = mid }
        }
        return low < items.count && items[low] == position ? low : nil
    }

    /// First item at or after `position` in display order (for keeping a place when filtering).
    func nearestItem(toPosition position: Int, rankOf: [Int32]) -> Int {
        let key = (rankOf[position], position)
        var low = 0, high = items.count
        while low < high {
            let mid = (low + high) / 2
            if (rankOf[items[mid]], items[mid]) < key { low = mid + 1 } else { high = mid }
        }
        return min(low, max(0, items.count - 1))
    }
}
