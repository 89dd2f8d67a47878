extension Array where Element: Hashable {
    /// The elements without repeats, first occurrences in order.
    ///
    /// - Complexity: O(n²) comparisons up to 16 elements (an event's issues, actors, places or
    ///   documents: cheaper than hashing into a `Set`), O(n) hashing above. No copy when there are
    ///   no repeats.
    // (Inlinable: callers in other modules get it specialised for their element type; unspecialised,
    // every comparison went through witness tables and cost a hundred times a String comparison.)
    @inlinable
    public func distinctInOrder() -> [Element] {
        if count < 2 { return self }
        if count <= 16 {
            var firstRepeat = -1
            search: for i in 1..<count {
                for k in 0..<i where self[k] == self[i] {
                    firstRepeat = i
                    break search
                }
            }
            if firstRepeat < 0 { return self }
            var result = Array(self[..<firstRepeat])
            for i in (firstRepeat + 1)..<count where !result.contains(self[i]) { result.append(self[i]) }
            return result
        }
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
