extension IssueClassifier {
    /// Issues (as small integers: positions in an id list) and their evidence words, in one flat
    /// list: every kept word with its issue in added order. The issues, in first-added order, are
    /// those of the words where each first occurs (a word is added with every new issue, and
    /// `keep` drops an issue with its words). A sentence earns few issues and words, so linear
    /// searches beat hashing, and one array serves where a list per issue allocated one each.
    struct Tally {
        private(set) var words: [(issue: Int, word: String)] = []

        /// Whether no issue was added (or all were dropped).
        var isEmpty: Bool { words.isEmpty }

        /// The issues in first-added order (an array made on each read: for tests and `Evidence`).
        var issues: [Int] {
            var out: [Int] = []
            forEachIssue { out.append($0) }
            return out
        }

        @inline(__always)
        func contains(_ issue: Int) -> Bool { words.contains { $0.issue == issue } }

        /// `issues.contains(where:)`, without the array (every issue has a word).
        func containsIssue(where test: (Int) -> Bool) -> Bool { words.contains { test($0.issue) } }

        /// Calls `body` with each issue in first-added order.
        func forEachIssue(_ body: (Int) -> Void) {
            for k in words.indices where isFirst(k) { body(words[k].issue) }
        }

        /// Whether word `k` is its issue's first.
        @inline(__always)
        func isFirst(_ k: Int) -> Bool {
            let issue = words[k].issue
            for j in 0..<k where words[j].issue == issue { return false }
            return true
        }

        /// Adds `word` to `issue`'s evidence unless an equal word up to case is already there.
        mutating func add(_ issue: Int, _ word: String) {
            // (A sentence earns a few words: room for them at once, not regrown from one.)
            if words.isEmpty { words.reserveCapacity(6) }
            for k in words.indices where words[k].issue == issue && Evidence.equalIgnoringCase(words[k].word, word) {
                return
            }
            words.append((issue, word))
        }

        /// Drops the issues `keep` rejects, with their words.
        mutating func keep(_ keep: (Int) -> Bool) {
            words.removeAll { !keep($0.issue) }
        }

        /// `issue`'s words in added order.
        func words(of issue: Int) -> [String] {
            // (Counted first: the list is allocated once, at its size.)
            var count = 0
            for k in words.indices where words[k].issue == issue { count += 1 }
            var out: [String] = []
            out.reserveCapacity(count)
            for k in words.indices where words[k].issue == issue { out.append(words[k].word) }
            return out
        }

        /// Adds to `other` the words of each issue `take` accepts, issue by issue in first-added
        /// order (`take` is asked when the issue's turn comes, after the issues before it were added).
        func addWords(to other: inout Tally, where take: (Int, Tally) -> Bool) {
            for k in words.indices where isFirst(k) {
                let issue = words[k].issue
                guard take(issue, other) else { continue }
                for j in k..<words.count where words[j].issue == issue { other.add(issue, words[j].word) }
            }
        }

        /// Issue id (`id(issue)`) → its words.
        func dictionary(_ id: (Int) -> String) -> [String: [String]] {
            // (No storage at all for a sentence without issues.)
            guard !words.isEmpty else { return [:] }
            var count = 0
            for k in words.indices where isFirst(k) { count += 1 }
            // (Allocated at its size: reserving grew the empty singleton.)
            var out = [String: [String]](minimumCapacity: count)
            for k in words.indices where isFirst(k) {
                let issue = words[k].issue
                out[id(issue)] = words(of: issue)
            }
            return out
        }
    }

    /// Issue id → evidence words, by id strings: a `Tally` over the ids in first-added order.
    struct Evidence {
        private var ids: [String] = []
        private var tally = Tally()

        var issues: [String] { tally.issues.map { ids[$0] } }

        func contains(_ issue: String) -> Bool { ids.firstIndex(of: issue).map(tally.contains) ?? false }

        /// Appends `word` to `issue`'s evidence unless an equal word up to case is already there.
        mutating func add(_ issue: String, _ word: String) {
            let index = ids.firstIndex(of: issue) ?? ids.count
            if index == ids.count { ids.append(issue) }
            tally.add(index, word)
        }

        /// Drops the issues `keep` rejects.
        mutating func keep(_ keep: (String) -> Bool) {
            let ids = self.ids
            tally.keep { keep(ids[$0]) }
        }

        var dictionary: [String: [String]] {
            let ids = self.ids
            return tally.dictionary { ids[$0] }
        }

        /// `a.lowercased() == b.lowercased()`; on the bytes when both are ASCII (then lowercasing
        /// is ASCII lowercasing and `==` byte equality). Cost: a pass over each, read in place.
        static func equalIgnoringCase(_ a: String, _ b: String) -> Bool {
            let answer = a.utf8.withContiguousStorageIfAvailable { x in
                b.utf8.withContiguousStorageIfAvailable { y -> Bool? in
                    for c in x where c >= 0x80 { return nil }
                    for c in y where c >= 0x80 { return nil }
                    guard x.count == y.count else { return false }
                    for k in 0..<x.count where AsciiWord.lower(x[k]) != AsciiWord.lower(y[k]) { return false }
                    return true
                } ?? nil
            }
            if case let known?? = answer { return known }
            let x = a.utf8, y = b.utf8
            guard AsciiWord.isASCII(a), AsciiWord.isASCII(b) else { return a.lowercased() == b.lowercased() }
            return x.count == y.count && x.elementsEqual(y) { AsciiWord.lower($0) == AsciiWord.lower($1) }
        }
    }
}
