extension IssueClassifier {
    /// Issues (as small integers: positions in an id list) and their evidence words, in two flat
    /// lists: the issues in first-added order, and every kept word with its issue in added order.
    /// A sentence earns few issues and words, so linear searches beat hashing, and two arrays
    /// serve where a list per issue allocated one array each.
    struct Tally {
        private(set) var issues: [Int] = []
        private(set) var words: [(issue: Int, word: String)] = []

        @inline(__always)
        func contains(_ issue: Int) -> Bool { issues.contains(issue) }

        /// Adds `word` to `issue`'s evidence unless an equal word up to case is already there.
        mutating func add(_ issue: Int, _ word: String) {
            guard issues.contains(issue) else {
                // (A sentence earns a few issues: room for them at once, not regrown from one.)
                if issues.isEmpty {
                    issues.reserveCapacity(4)
                    words.reserveCapacity(6)
                }
                issues.append(issue)
                words.append((issue, word))
                return
            }
            for k in words.indices where words[k].issue == issue && Evidence.equalIgnoringCase(words[k].word, word) {
                return
            }
            words.append((issue, word))
        }

        /// Drops the issues `keep` rejects, with their words.
        mutating func keep(_ keep: (Int) -> Bool) {
            issues.removeAll { !keep($0) }
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

        /// Issue id (`id(issue)`) → its words.
        func dictionary(_ id: (Int) -> String) -> [String: [String]] {
            // (No storage at all for a sentence without issues.)
            guard !issues.isEmpty else { return [:] }
            var out: [String: [String]] = [:]
            out.reserveCapacity(issues.count)
            for issue in issues { out[id(issue)] = words(of: issue) }
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
        /// is ASCII lowercasing and `==` byte equality).
        static func equalIgnoringCase(_ a: String, _ b: String) -> Bool {
            let x = a.utf8, y = b.utf8
            guard AsciiWord.isASCII(a), AsciiWord.isASCII(b) else { return a.lowercased() == b.lowercased() }
            return x.count == y.count && x.elementsEqual(y) { AsciiWord.lower($0) == AsciiWord.lower($1) }
        }
    }
}
