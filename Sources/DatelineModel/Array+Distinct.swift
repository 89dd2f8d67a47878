extension Array where Element: Hashable {
    /// The elements without repeats, first occurrences in order.
    ///
    /// - Complexity: O(n²) comparisons up to 16 elements (an event's issues, actors, places or
    ///   documents: cheaper than hashing into a `Set`), O(n) hashing above. No copy when there are
    ///   no repeats.
    public func distinctInOrder() -> [Element] {
        if count <= 16 {
            var isDistinct = true
            for i in indices.dropFirst() where self[..<i].contains(self[i]) { isDistinct = false; break }
            if isDistinct { return self }
            var result: [Element] = []
            for x in self where !result.contains(x) { result.append(x) }
            return result
        }
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
