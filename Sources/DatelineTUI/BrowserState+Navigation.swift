import DatelineModel

/// Cursor movement, scrolling and filtering in the list: every step O(log g) or O(matches).
extension BrowserState {
    /// Rows of context kept above and below the cursor.
    static let scrollContext = 3

    /// Moves the cursor to `item` (clamped) and scrolls so it stays visible with context.
    mutating func select(item: Int) {
        guard !visible.isEmpty else { cursor = 0; top = 0; return }
        let item = min(max(0, item), visible.count - 1)
        if item != cursor { detail = DetailPosition() }
        cursor = item
        keepCursorVisible()
    }

    /// Adjusts `top` so the cursor row has up to `scrollContext` rows around it on screen.
    mutating func keepCursorVisible() {
        let height = listHeight
        let maxTop = max(0, visible.rowCount - height)
        guard !visible.isEmpty else { top = 0; return }
        let row = visible.row(ofItem: cursor)
        let context = min(Self.scrollContext, (height - 1) / 2)
        if row - context < top { top = row - context }
        if row + context >= top + height { top = row + context - height + 1 }
        // The first event of the list shows its headings too.
        if cursor == 0 { top = 0 }
        top = min(max(0, top), maxTop)
    }

    mutating func moveCursor(by delta: Int) { select(item: cursor + delta) }

    /// Pages by a screenful of rows, keeping the cursor at the same place on screen.
    mutating func page(by direction: Int) {
        guard !visible.isEmpty else { return }
        let step = max(1, listHeight - 1) * direction
        let row = visible.row(ofItem: cursor) + step
        let target = row >= visible.rowCount ? visible.count - 1 : visible.item(atOrAfterRow: max(0, row))
        top = min(max(0, top + step), max(0, visible.rowCount - listHeight))
        if target != cursor { detail = DetailPosition() }
        cursor = target
        keepCursorVisible()
    }

    /// Scrolls the view (mouse wheel) and drags the cursor along when it would leave the rows
    /// the scroll context allows, without pulling the view back.
    mutating func scroll(by rows: Int) {
        guard !visible.isEmpty else { return }
        let height = listHeight
        let maxTop = max(0, visible.rowCount - height)
        top = min(max(0, top + rows), maxTop)
        let context = min(Self.scrollContext, (height - 1) / 2)
        let row = visible.row(ofItem: cursor)
        let low = top == 0 ? 0 : top + context
        let high = top == maxTop ? visible.rowCount - 1 : top + height - 1 - context
        var target = cursor
        if row < low {
            target = visible.item(atOrAfterRow: low)
        } else if row > high {
            target = visible.item(atOrAfterRow: high)
            if visible.row(ofItem: target) > high { target = max(0, target - 1) }
        }
        if target != cursor {
            cursor = target
            detail = DetailPosition()
        }
    }

    /// Next (`direction` 1) or previous (-1) group's first event; `[` first goes to the start of
    /// the current group.
    mutating func jumpGroup(_ direction: Int) {
        guard !visible.isEmpty else { return }
        let g = visible.groupIndex(ofItem: cursor)
        if direction > 0 {
            if g + 1 < visible.groups.count { select(item: visible.groups[g + 1].firstItem) }
        } else if cursor > visible.groups[g].firstItem {
            select(item: visible.groups[g].firstItem)
        } else if g > 0 {
            select(item: visible.groups[g - 1].firstItem)
        }
    }

    /// Replaces the filter and rebuilds the visible list, keeping the selected event (or the
    /// nearest one after it). O(matching events + groups).
    mutating func apply(filter newFilter: Filter) {
        let keep = selectedPosition
        filter = newFilter
        visibleGeneration += 1
        if newFilter.isEmpty {
            visible = catalog.all
        } else {
            let index = timeline.index
            var positions: [Int]?
            for (keys, table) in [(newFilter.issues, index.byIssue), (newFilter.actors, index.byActor),
                                  (newFilter.documents, index.byDocument)] where !keys.isEmpty {
                let matching = Self.union(keys.sorted().compactMap { table[$0] })
                positions = positions.map { Self.intersect($0, matching) } ?? matching
            }
            visible = VisibleList(positions: positions ?? [], rankOf: catalog.rankOf, keys: catalog.keys)
        }
        cursor = keep.map { visible.nearestItem(toPosition: $0, rankOf: catalog.rankOf) } ?? 0
        if let keep, visible.item(ofPosition: keep, rankOf: catalog.rankOf) == nil { detail = DetailPosition() }
        keepCursorVisible()
    }

    /// Toggles one value of a filter.
    mutating func toggle(_ value: String, in kind: FilterKind) {
        var changed = filter
        if changed[kind].contains(value) { changed[kind].remove(value) } else { changed[kind].insert(value) }
        apply(filter: changed)
    }

    /// Positions in any of the ascending lists, ascending, without duplicates: pairwise merges,
    /// O(m log k) for m positions in k lists (the model's k-way union re-scans every list per element).
    static func union(_ lists: [[Int]]) -> [Int] {
        var lists = lists
        while lists.count > 1 {
            var merged: [[Int]] = []
            merged.reserveCapacity((lists.count + 1) / 2)
            var i = 0
            while i + 1 < lists.count {
                merged.append(mergeTwo(lists[i], lists[i + 1]))
                i += 2
            }
            if i < lists.count { merged.append(lists[i]) }
            lists = merged
        }
        return lists.first ?? []
    }

    private static func mergeTwo(_ a: [Int], _ b: [Int]) -> [Int] {
        [Int](unsafeUninitializedCapacity: a.count + b.count) { out, count in
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    var i = 0, j = 0, k = 0
                    while i < a.count && j < b.count {
                        let x = a[i], y = b[j]
                        if x <= y { out[k] = x; i += 1; if x == y { j += 1 } } else { out[k] = y; j += 1 }
                        k += 1
                    }
                    while i < a.count { out[k] = a[i]; i += 1; k += 1 }
                    while j < b.count { out[k] = b[j]; j += 1; k += 1 }
                    count = k
                }
            }
        }
    }

    /// Positions in both ascending lists. O(a + b).
    static func intersect(_ a: [Int], _ b: [Int]) -> [Int] {
        var result: [Int] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { result.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return result
    }

    /// New terminal size: keeps the selection on screen and re-wraps the reader.
    mutating func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        keepCursorVisible()
        if case .reader(var reader)? = overlay {
            reader.rewrap(for: self)
            overlay = .reader(reader)
        }
    }
}
