/// Incremental search over titles, summaries, actors and places of the listed events.
///
/// Search moves the cursor; it never hides events. A scan starts at a given item and stops at the
/// first match, so its cost is the distance to that match (haystacks are built once, lazily).
extension BrowserState {
    /// The query as bytes, ASCII-lowercased like the haystacks.
    static func needle(_ query: String) -> [UInt8] { query.utf8.map(TimelineCatalog.lowercased) }

    /// First item matching `query` scanning from `start` in `direction` (wrapping once), or nil.
    func findMatch(_ query: String, from start: Int, direction: Int) -> Int? {
        let needle = Self.needle(query)
        guard !needle.isEmpty, !visible.isEmpty else { return nil }
        let count = visible.count
        let items = visible.items
        let signature = SearchSignatures.needle(needle)
        let signatures = catalog.signatures
        return catalog.withHaystacks(events: timeline.events) { haystack in
            var item = (start % count + count) % count
            for _ in 0..<count {
                let position = items[item]
                if signatures.mayContain(position, signature), Self.contains(haystack(position), needle) { return item }
                item += direction
                if item == count { item = 0 } else if item < 0 { item = count - 1 }
            }
            return nil
        }
    }

    /// True when the event at `position` matches `query` (for highlighting visible rows).
    func matches(position: Int, query: String) -> Bool {
        let needle = Self.needle(query)
        guard !needle.isEmpty else { return false }
        return catalog.withHaystacks(events: timeline.events) { Self.contains($0(position), needle) }
    }

    /// Number of listed events matching `query`, or nil when counting would cost too much
    /// (over `countLimit` events): the count is only a convenience.
    func matchCount(_ query: String) -> Int? {
        let needle = Self.needle(query)
        guard !needle.isEmpty, visible.count <= Self.countLimit else { return nil }
        let generation = visibleGeneration
        if let last = catalog.lastMatchCount.withLock({ $0 }), last.query == query, last.generation == generation {
            return last.count
        }
        let signature = SearchSignatures.needle(needle)
        let signatures = catalog.signatures
        let count = catalog.withHaystacks(events: timeline.events) { haystack in
            visible.items.reduce(0) { $0 + (signatures.mayContain($1, signature) && Self.contains(haystack($1), needle) ? 1 : 0) }
        }
        catalog.lastMatchCount.withLock { $0 = (query, generation, count) }
        return count
    }

    static let countLimit = 20_000

    /// Naive substring test on bytes; needles are short, so this beats anything cleverer here.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return needle.isEmpty }
        let last = haystack.count - needle.count
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                var i = 0
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count && h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// Byte ranges of `query` in `text`, case-insensitive for ASCII (for highlighting).
    static func matchRanges(of query: String, in text: String) -> [Range<Int>] {
        let needle = needle(query)
        guard !needle.isEmpty else { return [] }
        let bytes = text.utf8.map(TimelineCatalog.lowercased)
        var ranges: [Range<Int>] = []
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) {
                ranges.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return ranges
    }

    // MARK: Prompt handling

    mutating func startSearch() {
        prompt = .search(SearchPrompt(originCursor: cursor, originTop: top, previousQuery: query))
    }

    /// A new query text while typing: jump to the first match at or after where the search began.
    /// When the new text extends the old one, events the old text skipped cannot match, so the
    /// scan resumes at the old match (or is skipped when the old text matched nothing).
    mutating func updateSearch(_ search: SearchPrompt, previousText: String) {
        var search = search
        query = search.text
        defer { prompt = .search(search) }
        if search.text.isEmpty {
            cursor = search.originCursor; top = search.originTop
            search.found = true
            return
        }
        let extends = !previousText.isEmpty && search.text.hasPrefix(previousText)
        if extends && !search.found {
            message = "no match for \(search.text)"
            return
        }
        let start = extends ? cursor : search.originCursor
        if let found = findMatch(search.text, from: start, direction: 1) {
            search.found = true
            select(item: found)
        } else {
            search.found = false
            cursor = search.originCursor; top = search.originTop
            message = "no match for \(search.text)"
        }
    }

    mutating func cancelSearch(_ search: SearchPrompt) {
        prompt = nil
        query = search.previousQuery
        cursor = search.originCursor
        top = search.originTop
        keepCursorVisible()
    }

    /// `n` / `N`: the next or previous match after the cursor, wrapping.
    mutating func nextMatch(_ direction: Int) {
        guard !query.isEmpty else { message = "no search: press / to search"; return }
        if let found = findMatch(query, from: cursor + direction, direction: direction) {
            if direction > 0 && found <= cursor { message = "search wrapped to the top" }
            if direction < 0 && found >= cursor { message = "search wrapped to the bottom" }
            select(item: found)
        } else {
            message = "no match for \(query)"
        }
    }
}
